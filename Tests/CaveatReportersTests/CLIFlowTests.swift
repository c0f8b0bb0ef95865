import Foundation
import Testing
import CaveatEngine
@testable import CaveatReporters

/// The sequence docs/reports.md gives the CLI: write a baseline, apply it on the next run, write several reports.
@Suite struct CLIFlowTests {
    @Test func baselineThenSeveralReports() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-flow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let baselinePath = directory.appendingPathComponent("caveat-baseline.json").path

        // First run: --write-baseline.
        try ReportWriter.write(Baseline(run: SampleRun.run()).encoded(), to: baselinePath)

        // Next run: one more finding appears, one disappears.
        var next = SampleRun.run()
        let extra = SampleRun.article.finding("dosing-claim", .warning, "Gives a dose.", on: "Many people take")
        next.files[0].findings.insert(extra, at: 0)
        next.files[1].findings.removeLast()
        next = try Baseline.load(from: baselinePath).apply(to: next).run
        #expect(next.allFindings.map(\.message) == ["Gives a dose."])
        #expect(next.baselinedCount == 6)
        #expect(next.fixedSinceBaseline.map(\.rule) == ["self-medication"])
        #expect(RunSummary(next).line
                    == "1 finding (1 warning) in 1 file; 1 suppressed; 6 in baseline; 1 fixed since baseline; 1 input error")

        for argument in ["sarif=\(directory.path)/out/caveat.sarif", "junit=\(directory.path)/out/junit.xml",
                         "markdown=\(directory.path)/out/comment.md"] {
            try ReportTarget(parsing: argument).write(next, options: ReporterOptions(maxAnnotations: 5))
        }
        let comment = try String(contentsOfFile: "\(directory.path)/out/comment.md", encoding: .utf8)
        #expect(comment.contains("<summary>1 fixed since baseline</summary>"))
        let sarif = try JSON.parse(try String(contentsOfFile: "\(directory.path)/out/caveat.sarif", encoding: .utf8))
        // The suppressed finding is still reported to code scanning, as suppressed.
        #expect(sarif["runs"]?[0]?["results"]?.array?.count == 2)
    }
}
