import CaveatDocument
public import CaveatEngine

/// The `jsonl` report: JSON Lines for pipelines that process findings as they come (Spark, `jq`, log shippers).
///
/// Each line is one compact JSON object with a `type`: a `finding` (the fields of a finding in the `json` report,
/// fingerprint included), an input `error` (with the `path` it concerns), and one closing `summary` with the run's
/// totals. A document's lines are written as soon as it is linted, documents in input order, so the output is the
/// same for the same input whatever the number of jobs. Schema: `schemas/report-jsonl.schema.json`.
public struct JSONLinesReporter: StreamingReporter {
    /// The schema version written in the summary line as `caveatReport`.
    public static let schemaVersion = 1

    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "jsonl" }
    /// The usual file extension.
    public var fileExtension: String { "jsonl" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// No header: every line stands alone.
    public func header(_ run: LintRun) -> String { "" }

    /// The document's input errors, then its findings in position order, one line each.
    public func block(for file: FileReport, in run: LintRun, state: inout ReportStreamState) -> String {
        let path = run.reportPath(file.path)
        let json = JSONReporter(options: options)
        var out = ""
        for error in file.errors {
            guard case .object(var object) = json.inputError(error) else { continue }
            object["type"] = "error"
            object["path"] = .string(path)
            out += JSONValue.object(object).compact() + "\n"
        }
        let fingerprints = Fingerprint.fingerprints(of: file.findings, path: path)
        for (finding, fingerprint) in zip(file.findings, fingerprints) {
            guard case .object(var object) = json.finding(path: path, finding, fingerprint: fingerprint) else { continue }
            object["type"] = "finding"
            out += JSONValue.object(object).compact() + "\n"
        }
        return out
    }

    /// The closing line: the totals of the `json` report, plus skipped archive records.
    public func footer(_ run: LintRun, summary: RunSummary, state: ReportStreamState) -> String {
        let line: JSONValue = [
            "type": "summary",
            "caveatReport": .int(JSONLinesReporter.schemaVersion),
            "tool": ["name": "caveat", "version": .string(run.toolVersion)],
            "totals": [
                "findings": .int(summary.findings),
                "bySeverity": ReportJSON.severityCounts(summary.bySeverity),
                "files": .int(summary.filesChecked),
                "filesWithFindings": .int(summary.filesWithFindings),
                "suppressed": .int(summary.suppressed),
                "baselined": .int(summary.baselined),
                "inputErrors": .int(summary.inputErrors),
                "skippedRecords": .int(summary.skippedRecords),
            ],
            "fixedSinceBaseline": .array(run.fixedSinceBaseline.map(ReportJSON.baselineEntry)),
        ]
        return line.compact() + "\n"
    }
}
