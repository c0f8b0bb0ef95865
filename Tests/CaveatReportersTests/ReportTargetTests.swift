import Foundation
import Testing
@testable import CaveatReporters

@Suite struct ReportTargetTests {
    @Test func parsesFormatAndPath() throws {
        #expect(try ReportTarget(parsing: "sarif=out/caveat.sarif") == ReportTarget(format: "sarif", path: "out/caveat.sarif"))
        // Only the first `=` separates: paths may contain more.
        #expect(try ReportTarget(parsing: "json=a=b.json").path == "a=b.json")
        #expect(try ReportTarget(parsing: "text=-").path == "-")
    }

    @Test func rejectsBadArguments() {
        #expect(throws: ReportTargetError(message: "unknown report format 'xml' (expected one of: text, json, jsonl, sarif, "
                                            + "github, junit, rdjsonl, markdown, html, codequality)")) {
            try ReportTarget(parsing: "xml=a.xml")
        }
        #expect(throws: ReportTargetError(message: "expected FORMAT=PATH in 'sarif', such as sarif=caveat.sarif")) {
            try ReportTarget(parsing: "sarif")
        }
        #expect(throws: ReportTargetError(message: "missing path after 'junit='")) { try ReportTarget(parsing: "junit=") }
    }

    @Test func severalReportsFromOneRun() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-targets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = SampleRun.run()
        for format in ["sarif", "junit", "html"] {
            try ReportTarget(format: format, path: directory.appendingPathComponent("r.\(format)").path)
                .write(run, options: ReporterOptions())
        }
        let sarif = try String(contentsOf: directory.appendingPathComponent("r.sarif"), encoding: .utf8)
        #expect(sarif == SARIFReporter().render(run))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["r.html", "r.junit", "r.sarif"])
    }

    @Test func baselineLoadNamesTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-baseline-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: BaselineError(message: "\(path): cannot read baseline file")) { try Baseline.load(from: path) }
        try ReportWriter.write("{\"caveatBaseline\": 7, \"entries\": []}", to: path)
        #expect(throws: BaselineError(message: "\(path): unsupported baseline version 7 (this caveat reads version 1)")) {
            try Baseline.load(from: path)
        }
        try ReportWriter.write(Baseline(run: SampleRun.run()).encoded(), to: path)
        #expect(try Baseline.load(from: path).entries.count == 7)
    }
}
