import Foundation
import Testing
import CaveatEngine
import TestSupport
@testable import CaveatReporters

@Suite struct JSONReporterTests {
    static let schemaPath = Paths.root.appendingPathComponent("schemas/report.schema.json").path

    @Test func validatesAgainstTheShippedSchema() throws {
        let schema = try JSON.parse(try String(contentsOfFile: Self.schemaPath, encoding: .utf8))
        let validator = JSONSchemaValidator(schema: schema)
        var run = SampleRun.run()
        run.fixedSinceBaseline = [Baseline.Entry(rule: "dosing-claim", path: "a.md", sentence: "take 1 mg.")]
        let report = try JSON.parse(JSONReporter().render(run))
        #expect(validator.validate(report) == [])
        if let python = try PythonJSONSchema.validate(instance: JSONReporter().render(run), schemaPath: Self.schemaPath) {
            #expect(python == [])
        }
        // A report with an unknown severity must fail.
        let broken = try JSON.parse(JSONReporter().render(run).replacingOccurrences(of: "\"info\"", with: "\"hint\""))
        #expect(!validator.validate(broken).isEmpty)
    }

    @Test func reportsFindingsTotalsAndErrors() throws {
        let report = try JSON.parse(JSONReporter().render(SampleRun.run()))
        #expect(report["caveatReport"]?.int == 1)
        #expect(report["tool"]?["version"] == .string("1.2.3"))
        let totals = try #require(report["totals"])
        #expect(totals["findings"]?.int == 7)
        #expect(totals["bySeverity"] == .object(["error": .number(1, isInteger: true), "warning": .number(3, isInteger: true),
                                                 "info": .number(3, isInteger: true)]))
        #expect(totals["suppressed"]?.int == 1 && totals["inputErrors"]?.int == 1 && totals["files"]?.int == 3)
        let finding = try #require(report["files"]?[0]?["findings"]?[2])
        #expect(finding["start"] == .object(["line": .number(6, isInteger: true), "column": .number(35, isInteger: true),
                                              "offset": .number(261, isInteger: true)]))
        #expect(finding["sectionPath"] == .array([.string("Stopping lorazepam: what to expect"), .string("Tapering")]))
        let missing = try #require(report["files"]?[2])
        #expect(missing["errors"]?[0]?["code"] == .string("not-found"))
        #expect(missing["errors"]?[0]?["fatal"] == .bool(true))
    }

    @Test func jsonValueEscapesAndSortsKeys() {
        let value: JSONValue = ["b": "quote \" back \\ nl \n tab \t bell \u{07} sep \u{2028}", "a": [1, true, .null],
                                "B": [:], "é": []]
        #expect(value.compact()
                    == #"{"B":{},"a":[1,true,null],"b":"quote \" back \\ nl \n tab \t bell \u0007 sep \u2028","é":[]}"#)
    }
}
