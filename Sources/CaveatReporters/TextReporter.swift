public import CaveatEngine
import CaveatDocument

/// Compiler-style diagnostics for people at a terminal:
///
///     articles/a.txt:3:6: error: Dosing instructions without supervision. [dosing-claim]
///     Take 5 mg three times a day.
///          ^~~~
///     articles/a.txt:1:3: note: the section that discusses stopping
///
/// followed by one summary line. Paths are shown as the user gave them, so editors can jump to them.
public struct TextReporter: StreamingReporter {
    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "text" }
    /// The usual file extension.
    public var fileExtension: String { "txt" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// Nothing precedes the first file.
    public func header(_ run: LintRun) -> String { "" }

    /// One file's errors and findings, each with its caret snippet, suggestion and related notes.
    public func block(for file: FileReport, in run: LintRun, state: inout ReportStreamState) -> String {
        let ansi = ANSI(enabled: options.color)
        var out = ""
        for error in file.errors {
            let place = error.location.map { "\(file.path):\($0.line):\($0.column)" } ?? file.path
            let label = error.isFatal ? ansi.severity("error", ANSI.red) : ansi.severity("warning", ANSI.yellow)
            out += "\(ansi.bold(place + ":")) \(label): \(error.message) [\(error.code)]\n"
        }
        for finding in file.findings {
            let place = "\(file.path):\(finding.span.start.line):\(finding.span.start.column):"
            out += "\(ansi.bold(place)) \(label(finding.severity, ansi)): \(finding.message) "
                + "\(ansi.dim("[" + finding.ruleID + "]"))\n"
            if let snippet = Self.snippet(for: finding, in: file) {
                out += snippet.line + "\n" + ansi.caret(snippet.carets) + "\n"
            }
            if let suggestion = finding.suggestion {
                out += "\(ansi.bold(place)) \(ansi.severity("note", ANSI.cyan)): suggested replacement: "
                    + "\"\(suggestion.replacement)\"\n"
            }
            for related in finding.related {
                let relatedPlace = "\(file.path):\(related.span.start.line):\(related.span.start.column):"
                out += "\(ansi.bold(relatedPlace)) \(ansi.severity("note", ANSI.cyan)): \(related.message)\n"
            }
        }
        return out
    }

    /// Baseline entries fixed since the baseline, then the summary line.
    public func footer(_ run: LintRun, summary: RunSummary, state: ReportStreamState) -> String {
        let ansi = ANSI(enabled: options.color)
        var out = ""
        for entry in run.fixedSinceBaseline {
            out += "\(ansi.bold(entry.path + ":")) fixed since baseline: [\(entry.rule)] \"\(entry.sentence)\"\n"
        }
        out += summary.line + "\n"
        return out
    }

    private func label(_ severity: Severity, _ ansi: ANSI) -> String {
        switch severity {
        case .error: ansi.severity("error", ANSI.red)
        case .warning: ansi.severity("warning", ANSI.yellow)
        case .info: ansi.severity("info", ANSI.cyan)
        }
    }

    /// The caret snippet from the document when it was kept, else from the lines kept with the report.
    static func snippet(for finding: Finding, in file: FileReport) -> CaretSnippet? {
        if let source = file.document?.source { return CaretSnippet(source: source, span: finding.span) }
        guard let line = file.sourceLines[finding.span.start.line] else { return nil }
        return CaretSnippet(lineText: line.text, span: finding.span)
    }
}
