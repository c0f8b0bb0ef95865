import CaveatEngine
import CaveatDocument

/// reviewdog's Diagnostic Format as JSON Lines (`reviewdog -f=rdjsonl`): one diagnostic per line.
///
/// reviewdog counts columns in UTF-8 bytes (1-based, end exclusive), not in characters, so columns are recomputed
/// from byte offsets: the finding's offset minus the offset where its line starts. Suggestions become one-click
/// fixes in GitHub pull-request reviews.
public struct RDJSONLReporter: Reporter {
    public let options: ReporterOptions
    public var name: String { "rdjsonl" }
    public var fileExtension: String { "jsonl" }

    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    public func render(_ run: LintRun) -> String {
        var out = ""
        for file in run.files {
            let path = run.reportPath(file.path)
            let source = file.document?.source
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
                    "location": ["path": .string(path), "range": range(finding.span, source)],
                    "severity": .string(RDJSONLReporter.severity(finding.severity)),
                    "source": ["name": "caveat", "url": .string(options.docsURL)],
                    "code": ["value": .string(finding.ruleID), "url": .string(options.ruleURL(finding.ruleID))],
                ]
                if let suggestion = finding.suggestion {
                    diagnostic["suggestions"] = [["range": range(suggestion.span, source),
                                                  "text": .string(suggestion.replacement)]]
                }
                if !finding.related.isEmpty {
                    diagnostic["related_locations"] = .array(finding.related.map { related in
                        ["message": .string(related.message),
                         "location": ["path": .string(path), "range": range(related.span, source)]]
                    })
                }
                out += JSONValue.object(diagnostic).compact() + "\n"
            }
        }
        return out
    }

    private func range(_ span: SourceSpan, _ source: SourceText?) -> JSONValue {
        ["start": position(span.start, source), "end": position(span.end, source)]
    }

    /// 1-based line and 1-based UTF-8 byte column. Without the source (not expected for a finding) the scalar
    /// column is the best available answer.
    private func position(_ location: SourceLocation, _ source: SourceText?) -> JSONValue {
        var column = location.column
        if let source, location.line >= 1, location.line <= source.lineCount {
            let lineStart = source.originalOffset(of: source.lineStarts[location.line - 1])
            column = location.offset - lineStart + 1
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
