public import CaveatEngine

/// A reporter whose output can be written document by document: a header, one block per document as soon as that
/// document is linted, and a footer. The driver uses these pieces to keep memory flat on runs of any size; the
/// whole-run `render` is the same pieces joined, so streamed and buffered output are the same bytes.
///
/// In the streaming pieces, `run` carries the run's settings (rules, tool version, base path) but no files.
public protocol StreamingReporter: Reporter {
    /// What comes before the first document (may be empty).
    func header(_ run: LintRun) -> String
    /// One document's part of the report; `state` carries what the format must remember between documents.
    func block(for file: FileReport, in run: LintRun, state: inout ReportStreamState) -> String
    /// What closes the report, given the counts of the whole run.
    func footer(_ run: LintRun, summary: RunSummary, state: ReportStreamState) -> String
}

/// What a streaming report remembers between documents: a few counters and the items it must write at the end
/// (SARIF's tool notifications for input errors). Stays small whatever the number of documents without errors.
public struct ReportStreamState: Sendable {
    /// Items written so far (a format with separators needs to know whether one came before).
    public var itemsWritten = 0
    /// Items kept for the footer.
    public var deferredItems: [JSONValue] = []
    /// Whether an input could not be linted.
    public var sawFatalError = false

    public init() {}
}

extension StreamingReporter {
    /// The whole report: the header, every document's block in order, the footer.
    public func render(_ run: LintRun) -> String {
        var out = header(run)
        var state = ReportStreamState()
        for file in run.files { out += block(for: file, in: run, state: &state) }
        out += footer(run, summary: RunSummary(run), state: state)
        return out
    }
}
