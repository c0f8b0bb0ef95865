import Foundation
import Testing
import TestSupport

/// `caveat lint` end to end: output lines, exit codes, bad input, configuration, reports.
@Suite struct LintCommandTests {
    private func setUp() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("rules/test.json", Scratch.ruleFile)
        return scratch
    }

    private let rules = ["--no-builtin-rules", "--rules", "rules/test.json", "--no-config"]

    @Test func printsCompilerStyleLinesWithTheSourceLineAndACaret() throws {
        let scratch = try setUp()
        try scratch.write("a.txt", "Title line\n\nSome people quit cold turkey. 👍 Then a miracle cure.\n")
        let result = try CaveatCLI.run(["lint"] + rules + ["a.txt"], in: scratch.url)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("a.txt:3:18: warning: 'cold turkey' suggests stopping at once. [test-cold-turkey]"))
        #expect(lines.contains("a.txt:3:40: error: Avoid 'miracle cure'. [test-miracle]"))
        let caretIndex = try #require(lines.firstIndex { $0.contains("[test-cold-turkey]") })
        #expect(lines[caretIndex + 1] == "Some people quit cold turkey. 👍 Then a miracle cure.")
        #expect(lines[caretIndex + 2] == String(repeating: " ", count: 17) + "^~~~~~~~~~~")
    }

    @Test func failOnDecidesTheExitCode() throws {
        let scratch = try setUp()
        try scratch.write("a.txt", "They quit cold turkey.\n")
        // Only a warning: the default level (error) passes, --fail-on warning fails, never always passes.
        #expect(try CaveatCLI.run(["lint"] + rules + ["a.txt"], in: scratch.url).status == 0)
        #expect(try CaveatCLI.run(["lint"] + rules + ["--fail-on", "warning", "a.txt"], in: scratch.url).status == 1)
        #expect(try CaveatCLI.run(["lint"] + rules + ["--fail-on", "never", "a.txt"], in: scratch.url).status == 0)
    }

    @Test func badInputIsReportedAndTheOtherFilesAreStillLinted() throws {
        let scratch = try setUp()
        try scratch.write("good.txt", "A miracle cure.\n")
        try scratch.write("binary.txt", Data([0x41, 0x00, 0x42, 0x0A]))
        try scratch.write("empty.txt", "")
        let result = try CaveatCLI.run(["lint"] + rules + ["missing.html", "binary.txt", "empty.txt", "good.txt"],
                                       in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout.contains("missing.html: error: no such file or directory [not-found]"))
        #expect(result.stdout.contains("binary.txt: error:"))
        #expect(result.stdout.contains("[binary-file]"))
        #expect(result.stdout.contains("good.txt:1:3: error: Avoid 'miracle cure'. [test-miracle]"))
        #expect(!result.stdout.contains("empty.txt"))
    }

    @Test func machineFormatsStillNameBadInputOnStandardError() throws {
        let scratch = try setUp()
        try scratch.write("good.txt", "A miracle cure.\n")
        let result = try CaveatCLI.run(["lint"] + rules + ["--format", "json", "nope.txt", "good.txt"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr == "nope.txt: error: no such file or directory [not-found]\n")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["caveatReport"] as? Int == 1)
    }

    @Test func invalidUTF8IsAnInputErrorButTheFileIsLinted() throws {
        let scratch = try setUp()
        try scratch.write("latin.txt", Data("A miracle cure for caf".utf8) + Data([0xE9, 0x0A]))
        let result = try CaveatCLI.run(["lint"] + rules + ["latin.txt"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout.contains("[invalid-encoding]"))
        #expect(result.stdout.contains("latin.txt:1:3: error: Avoid 'miracle cure'. [test-miracle]"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let scratch = try setUp()
        #expect(try CaveatCLI.run(["lint"], in: scratch.url).status == 2)
        #expect(try CaveatCLI.run(["lint", "--format", "xml", "a.txt"], in: scratch.url).status == 2)
        #expect(try CaveatCLI.run(["lint", "--fail-on", "sometimes", "a.txt"], in: scratch.url).status == 2)
        let unknown = try CaveatCLI.run(["lint"] + rules + ["--only", "test-miracel", "a.txt"], in: scratch.url)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule 'test-miracel' (did you mean 'test-miracle'?)"))
    }

    @Test func brokenRuleFilesStopTheRunWithLocatedErrors() throws {
        let scratch = try setUp()
        try scratch.write("a.txt", "Text.\n")
        try scratch.write("bad.json", "{ \"caveat\": 1, \"rules\": [ }")
        let result = try CaveatCLI.run(["lint", "--no-config", "--rules", "bad.json", "a.txt"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bad.json:1:"))
    }

    @Test func readsStandardInputInTheGivenFormat() throws {
        let scratch = try setUp()
        let html = "<html><body><nav>miracle cure</nav><main><p>Try a miracle cure.</p></main></body></html>"
        let result = try CaveatCLI.run(["lint"] + rules + ["--stdin-format", "html", "--stdin-path", "page.html", "-"],
                                       stdin: html, in: scratch.url)
        #expect(result.status == 1)
        // The navigation is page chrome, so only the article's occurrence is reported.
        #expect(result.stdout.contains("page.html:1:51: error: Avoid 'miracle cure'. [test-miracle]"))
        #expect(result.stdout.components(separatedBy: "[test-miracle]").count == 2)
    }

    @Test func writesEveryRequestedReport() throws {
        let scratch = try setUp()
        try scratch.write("a.txt", "A miracle cure.\n")
        let result = try CaveatCLI.run(["lint"] + rules + ["--report", "sarif=out/caveat.sarif", "--report",
                                                           "junit=out/caveat.xml", "a.txt"], in: scratch.url)
        #expect(result.status == 1)
        let sarif = try Data(contentsOf: scratch.url.appendingPathComponent("out/caveat.sarif"))
        let object = try JSONSerialization.jsonObject(with: sarif) as? [String: Any]
        #expect(object?["version"] as? String == "2.1.0")
        let junit = try String(contentsOf: scratch.url.appendingPathComponent("out/caveat.xml"), encoding: .utf8)
        #expect(junit.contains("test-miracle"))
    }

    @Test func allowEntriesExemptANumberFromTheBuiltInPromotionRule() throws {
        let scratch = try setUp()
        try scratch.write("a.txt", "Call our nurse line at (201) 555-0123 today.\n")
        let base = ["lint", "--no-config", "--only", "promotional-contact", "--fail-on", "warning"]
        let flagged = try CaveatCLI.run(base + ["a.txt"], in: scratch.url)
        #expect(flagged.status == 1)
        #expect(flagged.stdout.contains("a.txt:1:24: warning: Promotional contact in the article body: '(201) 555-0123'."))
        let allowed = try CaveatCLI.run(base + ["--allow", "201-555-0123", "a.txt"], in: scratch.url)
        #expect(allowed.status == 0)
        #expect(!allowed.stdout.contains("[promotional-contact]"))
    }

    @Test func baselineAcceptsKnownFindingsEvenWhenTheyMove() throws {
        let scratch = try setUp()
        try scratch.write("a.txt", "A miracle cure.\n")
        let written = try CaveatCLI.run(["lint"] + rules + ["--write-baseline", "baseline.json", "a.txt"], in: scratch.url)
        #expect(written.status == 1)
        try scratch.write("a.txt", "New first paragraph.\n\nA miracle cure.\n")
        #expect(try CaveatCLI.run(["lint"] + rules + ["--baseline", "baseline.json", "a.txt"], in: scratch.url).status == 0)
        try scratch.write("a.txt", "A miracle cure.\n\nAnother miracle cure, said again.\n")
        let grown = try CaveatCLI.run(["lint"] + rules + ["--baseline", "baseline.json", "a.txt"], in: scratch.url)
        #expect(grown.status == 1)
        #expect(grown.stdout.contains("a.txt:3:9: error: Avoid 'miracle cure'. [test-miracle]"))
    }
}
