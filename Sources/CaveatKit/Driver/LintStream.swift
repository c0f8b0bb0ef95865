import CaveatEngine
import CaveatReporters

/// One streaming report of a run: standard output, or a report file being written.
struct ReportSink {
    let reporter: any StreamingReporter
    /// `nil` for standard output.
    let file: ReportFileStream?
    let request: ReportRequest?

    init(reporter: any StreamingReporter) {
        self.reporter = reporter
        file = nil
        request = nil
    }

    init(reporter: any StreamingReporter, request: ReportRequest) throws(ReportWriteError) {
        self.reporter = reporter
        self.request = request
        file = request.path == "-" ? nil : try ReportFileStream(path: request.path)
    }
}

/// The streaming side of `caveat lint`: writes each document's part of every report as it comes and keeps only
/// counts, so memory does not grow with the number of documents.
struct LintStream {
    private let sinks: [ReportSink]
    /// Each sink's state, in the order of `sinks`.
    private var states: [ReportStreamState]
    private let context: LintRun
    private let errorsToStandardError: Bool
    private var summary = RunSummary()
    /// Whether a document's findings reached its fail-on level.
    private(set) var fails = false
    private(set) var hasFatalErrors = false
    /// Input-error lines for standard error (machine formats carry them inside too).
    private(set) var errorLines: [String] = []
    /// Report files that could not be written.
    private(set) var writeProblems: [String] = []

    /// Writes the reports' headers.
    init(sinks: [ReportSink], context: LintRun, errorsToStandardError: Bool, emit: (String) -> Void) {
        self.sinks = sinks
        states = Array(repeating: ReportStreamState(), count: sinks.count)
        self.context = context
        self.errorsToStandardError = errorsToStandardError
        for sink in sinks { write(sink.reporter.header(context), to: sink, emit: emit) }
    }

    /// Writes one document's part of every report, and counts it.
    mutating func add(_ report: FileReport, failLevel: FailLevel, emit: (String) -> Void) {
        summary.add(report)
        if report.findings.contains(where: { failLevel.fails($0.severity) }) { fails = true }
        if report.errors.contains(where: \.isFatal) { hasFatalErrors = true }
        if errorsToStandardError { errorLines += report.errors.map(\.line) }
        for (index, sink) in sinks.enumerated() {
            write(sink.reporter.block(for: report, in: context, state: &states[index]), to: sink, emit: emit)
        }
    }

    /// Writes the footers and publishes the report files.
    mutating func finish(skippedRecords: Int, emit: (String) -> Void) {
        summary.skippedRecords = skippedRecords
        for (index, sink) in sinks.enumerated() {
            write(sink.reporter.footer(context, summary: summary, state: states[index]), to: sink, emit: emit)
            guard let file = sink.file, let request = sink.request else { continue }
            do {
                try file.commit()
            } catch {
                writeProblems.append("\(request.path): cannot write the \(request.format) report: \(error.message)")
            }
        }
    }

    private func write(_ text: String, to sink: ReportSink, emit: (String) -> Void) {
        guard !text.isEmpty else { return }
        if let file = sink.file { file.write(text) } else { emit(text) }
    }
}
