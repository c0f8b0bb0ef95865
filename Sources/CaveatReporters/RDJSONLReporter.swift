import CaveatEngine
import CaveatDocument

/// reviewdog's Diagnostic Format as JSON Lines (`reviewdog -f=rdjsonl`): one diagnostic per line.
///
/// reviewdog counts columns in UTF-8 bytes (1-based, end exclusive), not in characters, so columns are recomputed
/// from byte offsets: the finding's offset minus the offset where its line starts. Suggestions become one-click
/// fixes in GitHub pull-request reviews.
public struct RDJSONLReporter: Reporter {
    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "rdjsonl" }
    /// The usual file extension.
    public var fileExtension: String { "jsonl" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The whole report for `run`.
    public func render(_ run: LintRun) -> String {
        var out = ""
        for file in run.files {
            let path = run.reportPath(file.path)
            let source = file.document?.source
            let lines = file.sourceLines
            for error in file.errors {
                var location: [String: JSONValue] = ["path": .string(path)]
                if let start = error.location {
                    location["range"] = ["start": ["line": .int(start.line), "column": .int(start.column)]]
                }
                let diagnostic: JSONValue = [
                    "message": .string(error.message),
                    "location": .object(location),
                    "severity": .string(error.isFatal ? "ERROR" : "WARNING"),
                    "source": ["name": "caveat"],
                    "code": ["value": .string(error.code)],
                ]
                out += diagnostic.compact() + "\n"
            }
            for finding in file.findings {
                var diagnostic: [String: JSONValue] = [
                    "message": .string(finding.message),
                    "location": ["path": .string(path), "range": range(finding.span, source, lines)],
                    "severity": .string(RDJSONLReporter.severity(finding.severity)),
                    "source": ["name": "caveat", "url": .string(options.docsURL)],
                    "code": ["value": .string(finding.ruleID), "url": .string(options.ruleURL(finding.ruleID))],
                ]
                if let suggestion = finding.suggestion {
                    diagnostic["suggestions"] = [["range": range(suggestion.span, source, lines),
                                                  "text": .string(suggestion.replacement)]]
                }
                if !finding.related.isEmpty {
                    diagnostic["related_locations"] = .array(finding.related.map { related in
                        ["message": .string(related.message),
                         "location": ["path": .string(path), "range": range(related.span, source, lines)]]
                    })
                }
                out += JSONValue.object(diagnostic).compact() + "\n"
            }
        }
        return out
    }

    private func range(_ span: SourceSpan, _ source: SourceText?, _ lines: SourceLines) -> JSONValue {
        ["start": position(span.start, source, lines), "end": position(span.end, source, lines)]
    }

    /// 1-based line and 1-based UTF-8 byte column. Without the source (not expected for a finding) the scalar
    /// column is the best available answer.
    private func position(_ location: SourceLocation, _ source: SourceText?, _ lines: SourceLines) -> JSONValue {
        var column = location.column
        if let source, location.line >= 1, location.line <= source.lineCount {
            let lineStart = source.originalOffset(of: source.lineStarts[location.line - 1])
            column = location.offset - lineStart + 1
        } else if let line = lines[location.line] {
            column = location.offset - line.startOffset + 1
        }
        return ["line": .int(location.line), "column": .int(column)]
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "ERROR"
        case .warning: "WARNING"
        case .info: "INFO"
        }
    }
}
