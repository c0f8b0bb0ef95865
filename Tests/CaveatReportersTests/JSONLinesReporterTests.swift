import Foundation
import Testing
import CaveatEngine
import TestSupport
@testable import CaveatReporters

@Suite struct JSONLinesReporterTests {
    static let schemaPath = Paths.root.appendingPathComponent("schemas/report-jsonl.schema.json").path

    func lines(_ run: LintRun = SampleRun.run()) throws -> [JSON] {
        try JSONLinesReporter().render(run).split(separator: "\n").map { try JSON.parse(String($0)) }
    }

    @Test func everyLineValidatesAgainstTheShippedSchema() throws {
        let schema = try JSON.parse(try String(contentsOfFile: Self.schemaPath, encoding: .utf8))
        let validator = JSONSchemaValidator(schema: schema)
        var run = SampleRun.run()
        run.fixedSinceBaseline = [Baseline.Entry(rule: "dosing-claim", path: "a.md", sentence: "take 1 mg.")]
        let text = JSONLinesReporter().render(run)
        for line in text.split(separator: "\n") {
            #expect(validator.validate(try JSON.parse(String(line))) == [], "\(line)")
            if let python = try PythonJSONSchema.validate(instance: String(line), schemaPath: Self.schemaPath) {
                #expect(python == [])
            }
        }
        // A finding with an unknown severity, or a line of no known type, must fail.
        let finding = try #require(text.split(separator: "\n").first { $0.contains("\"type\":\"finding\"") })
        #expect(!validator.validate(try JSON.parse(finding.replacingOccurrences(of: "\"warning\"", with: "\"hint\"")))
            .isEmpty || !finding.contains("\"warning\""))
        #expect(!validator.validate(try JSON.parse(#"{"type":"file","path":"a"}"#)).isEmpty)
    }

    @Test func oneLinePerFindingAndErrorThenTheSummary() throws {
        let lines = try lines()
        // 3 findings in the article, 4 in the clinic page, 1 error for the missing file, 1 summary.
        #expect(lines.count == 9)
        #expect(lines.map { $0["type"]?.string ?? "" } == Array(repeating: "finding", count: 7) + ["error", "summary"])
        #expect(lines[0]["path"] == .string("articles/stopping-lorazepam.md"))
        #expect(lines[0]["rule"] == .string("missing-withdrawal-seizure-warning"))
        #expect(lines[2]["start"] == .object(["line": .number(6, isInteger: true), "column": .number(35, isInteger: true),
                                              "offset": .number(261, isInteger: true)]))
        #expect(lines[2]["sectionPath"] == .array([.string("Stopping lorazepam: what to expect"), .string("Tapering")]))
        #expect(lines[3]["path"] == .string("articles/clinic page.txt"))
        #expect(lines[7] == .object(["type": .string("error"), "path": .string("articles/missing.html"),
                                     "code": .string("not-found"), "message": .string("No such file or directory"),
                                     "fatal": .bool(true)]))
        let totals = try #require(lines[8]["totals"])
        #expect(totals["findings"]?.int == 7 && totals["files"]?.int == 3 && totals["suppressed"]?.int == 1)
        #expect(totals["inputErrors"]?.int == 1 && totals["skippedRecords"]?.int == 0)
        #expect(lines[8]["tool"]?["version"] == .string("1.2.3"))
    }

    @Test func findingsCarryTheJSONReportsFieldsAndFingerprints() throws {
        let report = try JSON.parse(JSONReporter().render(SampleRun.run()))
        let jsonFindings = (report["files"]?.array ?? []).flatMap { $0["findings"]?.array ?? [] }
        let lineFindings = try lines().filter { $0["type"] == .string("finding") }
        #expect(jsonFindings.count == lineFindings.count)
        for (json, line) in zip(jsonFindings, lineFindings) {
            guard case .object(var members) = line else { Issue.record("not an object"); continue }
            members["type"] = nil
            #expect(JSON.object(members) == json)
        }
        // The clinic page repeats one sentence: occurrences keep distinct fingerprints.
        let prints = lineFindings.compactMap { $0["fingerprint"]?.string }
        #expect(Set(prints).count == prints.count)
    }

    @Test func streamedPiecesAreTheWholeReport() {
        let run = SampleRun.run()
        let reporter = JSONLinesReporter()
        var context = run
        context.files = []
        var streamed = reporter.header(context)
        var summary = RunSummary()
        var state = ReportStreamState()
        for file in run.files {
            streamed += reporter.block(for: file, in: context, state: &state)
            summary.add(file)
        }
        streamed += reporter.footer(context, summary: summary, state: state)
        #expect(streamed == reporter.render(run))
        #expect(summary == RunSummary(run))
    }

    @Test func skippedArchiveRecordsAreCounted() throws {
        var run = SampleRun.run()
        run.skippedRecords = 12
        let summary = try #require(try lines(run).last)
        #expect(summary["totals"]?["skippedRecords"]?.int == 12)
        #expect(RunSummary(run).line.hasSuffix("; 1 input error; 12 archive records skipped"))
    }
}
