import Testing
import CaveatDocument
import CaveatEngine
@testable import CaveatReporters

/// The driver drops documents after linting and keeps only the lines findings touch (`FileReport.sourceLines`);
/// the text and rdjsonl reports must not change.
@Suite struct DroppedDocumentTests {
    func dropped() -> LintRun {
        var run = SampleRun.run()
        for index in run.files.indices {
            guard let document = run.files[index].document else { continue }
            run.files[index].sourceLines = SourceLines(source: document.source,
                                                       findings: run.files[index].findings + run.files[index].suppressed)
            run.files[index].document = nil
        }
        return run
    }

    @Test func textAndRDJSONLAreUnchanged() {
        let run = dropped()
        #expect(run.files.allSatisfy { $0.document == nil })
        #expect(TextReporter().render(run) == TextReporter().render(SampleRun.run()))
        #expect(RDJSONLReporter().render(run) == RDJSONLReporter().render(SampleRun.run()))
    }

    @Test func withoutLinesTheTextReportStillNamesEveryFinding() {
        var run = dropped()
        for index in run.files.indices { run.files[index].sourceLines = SourceLines() }
        let lines = TextReporter().render(run).split(separator: "\n")
        #expect(lines.filter { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": info: ") }.count == 8)
        #expect(!lines.contains { $0.contains("^") })
    }
}
