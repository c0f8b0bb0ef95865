import Foundation
import Testing
import TestSupport

/// `.caveat.json` discovery and strictness, through the CLI.
@Suite struct ConfigurationTests {
    private func setUp() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("rules/test.json", Scratch.ruleFile)
        try scratch.write("articles/a.txt", "Quit cold turkey with a miracle cure.\n")
        try scratch.write("articles/drafts/b.txt", "A miracle cure.\n")
        return scratch
    }

    @Test func theNearestConfigurationAppliesItsRulesAndIgnores() throws {
        let scratch = try setUp()
        try scratch.write("articles/.caveat.json", """
            { "caveat": 1, "rulePaths": ["../rules/test.json"], "rules": { "disable": ["test-cold-turkey"],
              "severity": { "test-miracle": "warning" } }, "ignore": ["drafts/**"], "failOn": "warning" }
            """)
        let result = try CaveatCLI.run(["lint", "--no-builtin-rules", "articles"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("articles/a.txt:1:25: warning: Avoid 'miracle cure'. [test-miracle]"))
        #expect(!result.stdout.contains("test-cold-turkey"))
        #expect(!result.stdout.contains("drafts"))
    }

    @Test func aMisspeltKeyIsAnErrorWithASuggestion() throws {
        let scratch = try setUp()
        try scratch.write("articles/.caveat.json", "{ \"caveat\": 1, \"rules\": { \"disabel\": [] } }")
        let result = try CaveatCLI.run(["lint", "--no-builtin-rules", "--rules", "rules/test.json", "articles/a.txt"],
                                       in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(
            "articles/.caveat.json: /rules/disabel: unknown key 'disabel' (did you mean 'disable'?)"))
    }

    @Test func anExplicitConfigWinsAndNoConfigIgnoresFiles() throws {
        let scratch = try setUp()
        try scratch.write("articles/.caveat.json", "{ \"caveat\": 1, \"rules\": { \"disable\": [\"test-miracle\"] } }")
        try scratch.write("strict.json", "{ \"caveat\": 1, \"failOn\": \"warning\" }")
        let base = ["lint", "--no-builtin-rules", "--rules", "rules/test.json"]
        let nearest = try CaveatCLI.run(base + ["articles/a.txt"], in: scratch.url)
        #expect(!nearest.stdout.contains("test-miracle"))
        let explicit = try CaveatCLI.run(base + ["--config", "strict.json", "articles/a.txt"], in: scratch.url)
        #expect(explicit.stdout.contains("[test-miracle]"))
        #expect(explicit.status == 1)
        let none = try CaveatCLI.run(base + ["--no-config", "articles/a.txt"], in: scratch.url)
        #expect(none.stdout.contains("[test-miracle]"))
    }
}
