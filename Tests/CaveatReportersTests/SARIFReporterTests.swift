import Foundation
import Testing
import CaveatDocument
import CaveatEngine
import TestSupport
@testable import CaveatReporters

@Suite struct SARIFReporterTests {
    static let schemaPath = Paths.shared?.appendingPathComponent("schemas/sarif-schema-2.1.0.json").path

    func render(_ run: LintRun = SampleRun.run()) throws -> JSON {
        try JSON.parse(SARIFReporter().render(run))
    }

    @Test(.enabled(if: schemaPath != nil, "needs ../shared/schemas"))
    func validatesAgainstTheSARIFSchema() throws {
        let schemaText = try String(contentsOfFile: Self.schemaPath!, encoding: .utf8)
        let validator = JSONSchemaValidator(schema: try JSON.parse(schemaText))
        let output = SARIFReporter().render(SampleRun.run())
        #expect(validator.validate(try JSON.parse(output)) == [])
        // The validator must be able to fail: a result without a message is invalid.
        var broken = try JSON.parse(output)
        if case .object(var log) = broken, case .array(var runs)? = log["runs"], case .object(var run) = runs[0],
           case .array(var results)? = run["results"], case .object(var result) = results[0] {
            result["message"] = .string("not an object")
            result["level"] = .string("fatal")
            results[0] = .object(result); run["results"] = .array(results); runs[0] = .object(run)
            log["runs"] = .array(runs); broken = .object(log)
        }
        let problems = validator.validate(broken)
        #expect(problems.contains { $0.hasPrefix("/runs/0/results/0/level") })
        #expect(problems.contains { $0.hasPrefix("/runs/0/results/0/message") })
    }

    @Test(.enabled(if: schemaPath != nil, "needs ../shared/schemas"))
    func pythonJSONSchemaAgreesWhenInstalled() throws {
        guard let errors = try PythonJSONSchema.validate(instance: SARIFReporter().render(SampleRun.run()),
                                                         schemaPath: Self.schemaPath!) else { return }
        #expect(errors == [])
    }

    @Test func runDeclaresColumnKindAndToolRules() throws {
        let run = try #require(try render()["runs"]?[0])
        #expect(run["columnKind"] == .string("unicodeCodePoints"))
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.array)
        #expect(rules.map { $0["id"]?.string } == SampleRun.rules.map(\.id))
        let seizure = rules[0]
        #expect(seizure["name"] == .string("MissingWithdrawalSeizureWarning"))
        #expect(seizure["helpUri"] == .string(ReporterOptions.defaultDocsURL + "#missing-withdrawal-seizure-warning"))
        #expect(seizure["defaultConfiguration"]?["level"] == .string("error"))
        #expect(seizure["properties"]?["precision"] == .string("high"))
        #expect(seizure["properties"]?["tags"] == .array(["safety", "health", "withdrawal"].map(JSON.string)))
        #expect(seizure["help"]?["markdown"]?.string?.contains("**How to fix:** Add that stopping") == true)
        #expect(rules[3]["defaultConfiguration"]?["level"] == .string("note"))
    }

    @Test func resultsPointAtTheExactSpan() throws {
        let results = try #require(try render()["runs"]?[0]?["results"]?.array)
        // The article's 3 findings and its suppressed one, then the clinic's 4.
        #expect(results.count == 8)
        let first = results[0]
        #expect(first["ruleId"] == .string("missing-withdrawal-seizure-warning"))
        #expect(first["ruleIndex"] == .number(0, isInteger: true))
        #expect(first["level"] == .string("error"))
        let location = try #require(first["locations"]?[0]?["physicalLocation"])
        #expect(location["artifactLocation"]?["uri"] == .string("articles/stopping-lorazepam.md"))
        #expect(location["artifactLocation"]?["uriBaseId"] == .string("%SRCROOT%"))
        let region = try #require(location["region"])
        #expect([region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]]
                    .map { $0?.int } == [4, 10, 4, 31])
        #expect(region["snippet"]?["text"] == .string("stop taking lorazepam"))
        #expect(region["byteOffset"]?.int == 97 && region["byteLength"]?.int == 21)
        let related = try #require(first["relatedLocations"]?[0])
        #expect(related["physicalLocation"]?["region"]?["startLine"]?.int == 3)
        #expect(related["message"]?["text"] == .string("no seizure warning anywhere in this section"))
        // Columns are code points: "Café" before the number counts 4, not 5.
        let phone = results[2]["locations"]?[0]?["physicalLocation"]?["region"]
        #expect(phone?["startColumn"]?.int == 35)
        // A space in a path is percent-encoded.
        #expect(results[4]["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]
                    == .string("articles/clinic%20page.txt"))
        #expect(results[1]["fixes"]?[0]?["artifactChanges"]?[0]?["replacements"]?[0]?["insertedContent"]?["text"]
                    == .string("Take the dose your prescriber sets"))
        #expect(results[4]["suppressions"] == nil)
        #expect(results[3]["suppressions"]?[0]?["kind"] == .string("inSource"))
        #expect(results[3]["ruleId"] == .string("promotional-contact"))
    }

    @Test func inputErrorsBecomeNotificationsAndFailTheExecution() throws {
        let invocation = try #require(try render()["runs"]?[0]?["invocations"]?[0])
        #expect(invocation["executionSuccessful"] == .bool(false))
        let notification = try #require(invocation["toolExecutionNotifications"]?[0])
        #expect(notification["descriptor"]?["id"] == .string("not-found"))
        #expect(notification["level"] == .string("error"))
        var clean = SampleRun.run()
        clean.files.removeLast()
        #expect(try render(clean)["runs"]?[0]?["invocations"]?[0]?["executionSuccessful"] == .bool(true))
    }

    @Test func fingerprintsSurviveLinesAddedAboveAndDistinguishRepeats() throws {
        func prints(_ text: String) throws -> (lines: [Int], prints: [String]) {
            let doc = FixtureDocument(path: "articles/clinic page.txt", text: text, format: .text)
            let blocks = doc.document.blocks.indices.filter { doc.document.blocks[$0].text.hasPrefix("Self-medicate") }
            let findings = blocks.map { doc.finding("self-medication", .info, "m", on: "Self-medicate", inBlock: $0) }
            let run = LintRun(files: [FileReport(path: doc.path, document: doc.document, findings: findings)],
                              rules: SampleRun.rules, toolVersion: "1", basePath: "/repo", workingDirectory: "/repo")
            let results = try #require(try JSON.parse(SARIFReporter().render(run))["runs"]?[0]?["results"]?.array)
            return (results.compactMap { $0["locations"]?[0]?["physicalLocation"]?["region"]?["startLine"]?.int },
                    results.compactMap { $0["partialFingerprints"]?["caveat/v1"]?.string })
        }
        let before = try prints(SampleRun.clinicText)
        let after = try prints("New intro line.\n\nAnother added paragraph.\n" + SampleRun.clinicText)
        #expect(before.lines == [2, 3, 4])
        #expect(after.lines == [5, 6, 7])
        #expect(before.prints == after.prints)
        // Identical sentences get different fingerprints (occurrence index); spacing and case do not matter.
        #expect(Set(before.prints).count == 3)
        #expect(Fingerprint.normalize("Self-medicate   with X: it's 100% FINE.") == "self-medicate with x: it's 100% fine.")
    }

    @Test func categoryAndAbsolutePathsOutsideTheBase() throws {
        var run = SampleRun.run()
        run.files[0].path = "/elsewhere/a b.md"
        let output = SARIFReporter(options: ReporterOptions(category: "caveat/articles")).render(run)
        let sarifRun = try #require(try JSON.parse(output)["runs"]?[0])
        #expect(sarifRun["automationDetails"]?["id"] == .string("caveat/articles"))
        #expect(sarifRun["results"]?[0]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]
                    == .object(["uri": .string("file:///elsewhere/a%20b.md")]))
        #expect(sarifRun["originalUriBaseIds"]?["%SRCROOT%"]?["uri"] == .string("file:///repo/"))
    }
}
