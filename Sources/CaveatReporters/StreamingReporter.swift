public import CaveatEngine

/// A reporter whose output can be written document by document: a header, one block per document as soon as that
/// document is linted, and a footer. The driver uses these pieces to keep memory flat on runs of any size; the
/// whole-run `render` is the same pieces joined, so streamed and buffered output are the same bytes.
///
/// In the streaming pieces, `run` carries the run's settings (rules, tool version, base path) but no files.
public protocol StreamingReporter: Reporter {
    /// What comes before the first document (may be empty).
    func header(_ run: LintRun) -> String
    /// One document's part of the report.
    func block(for file: FileReport, in run: LintRun) -> String
    /// What closes the report, given the counts of the whole run.
    func footer(_ run: LintRun, summary: RunSummary) -> String
}

extension StreamingReporter {
    /// The whole report: the header, every document's block in order, the footer.
    public func render(_ run: LintRun) -> String {
        var out = header(run)
        for file in run.files { out += block(for: file, in: run) }
        out += footer(run, summary: RunSummary(run))
        return out
    }
}
