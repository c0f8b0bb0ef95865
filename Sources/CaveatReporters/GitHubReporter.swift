import CaveatEngine
import CaveatDocument

/// GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub turns into annotations on the
/// pull request's diff.
///
/// GitHub shows at most 10 annotations of each level per step (50 per job) and drops the rest, so the reporter
/// emits at most `ReporterOptions.maxAnnotations` of each level (`error`, `warning`, `notice`); when findings were
/// left out it spends one notice slot on a summary saying how many. Annotations never fail a job by themselves:
/// the exit code does.
public struct GitHubReporter: Reporter {
    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "github" }
    /// The usual file extension.
    public var fileExtension: String { "txt" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// One pending annotation.
    private struct Annotation {
        var level: String
        var properties: [(String, String)]
        var message: String
    }

    /// The whole report for `run`.
    public func render(_ run: LintRun) -> String {
        var annotations: [Annotation] = []
        for file in run.files {
            let path = run.reportPath(file.path)
            for error in file.errors {
                var properties = [("file", path)]
                if let location = error.location {
                    properties += [("line", String(location.line)), ("col", String(location.column))]
                }
                properties.append(("title", "caveat: \(error.code)"))
                annotations.append(Annotation(level: error.isFatal ? "error" : "warning", properties: properties,
                                              message: error.message))
            }
            for finding in file.findings {
                let span = finding.span
                var message = finding.message
                if let suggestion = finding.suggestion { message += "\nSuggested: \(suggestion.replacement)" }
                for related in finding.related {
                    message += "\nNote (line \(related.span.start.line)): \(related.message)"
                }
                annotations.append(Annotation(
                    level: GitHubReporter.level(finding.severity),
                    properties: [("file", path), ("line", String(span.start.line)), ("col", String(span.start.column)),
                                 ("endLine", String(span.end.line)), ("endColumn", String(span.end.column)),
                                 ("title", "caveat \(finding.ruleID)")],
                    message: message))
            }
        }
        let cap = max(0, options.maxAnnotations)
        var emitted: [String: Int] = [:]
        var omitted = 0
        var out = ""
        let total = annotations.count
        // When anything will be left out, one notice slot is kept for the summary.
        let noticeCount = annotations.filter { $0.level == "notice" }.count
        let overflow = Dictionary(grouping: annotations, by: \.level).contains { $0.value.count > cap }
        let noticeCap = overflow || noticeCount > cap ? max(0, cap - 1) : cap
        for annotation in annotations {
            let limit = annotation.level == "notice" ? noticeCap : cap
            guard emitted[annotation.level, default: 0] < limit else { omitted += 1; continue }
            emitted[annotation.level, default: 0] += 1
            let properties = annotation.properties.map { "\($0.0)=\(GitHubReporter.escapeProperty($0.1))" }
            out += "::\(annotation.level) \(properties.joined(separator: ","))::"
                + GitHubReporter.escapeData(annotation.message) + "\n"
        }
        if omitted > 0 && cap > 0 {
            let summary = "\(omitted) of \(total) annotations not shown (at most \(cap) per level); "
                + RunSummary(run).line + ". See the full report (--report sarif=… or --format text)."
            out += "::notice title=caveat summary::" + GitHubReporter.escapeData(summary) + "\n"
        }
        return out
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escaping of a command's message (`%`, CR, LF), as the Actions runner's `escapeData`.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaping of a property value: as data, plus `:` and `,`, which separate properties.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
