import CaveatEngine
import CaveatDocument

/// The `json` report: caveat's own documented, versioned schema (`"caveatReport": 1`,
/// `schemas/report.schema.json`, described in docs/reports.md). Keys are sorted and files and findings keep the
/// run's order, so the output is byte-for-byte reproducible.
public struct JSONReporter: Reporter {
    /// The schema version written as `caveatReport`; bumped on any incompatible change.
    public static let schemaVersion = 1

    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "json" }
    /// The usual file extension.
    public var fileExtension: String { "json" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The whole report for `run`.
    public func render(_ run: LintRun) -> String {
        let summary = RunSummary(run)
        let files: [JSONValue] = run.files.map { file in
            let path = run.reportPath(file.path)
            let fingerprints = Fingerprint.fingerprints(of: file.findings, path: path)
            return [
                "path": .string(path),
                "findings": .array(zip(file.findings, fingerprints).map { finding(path: path, $0, fingerprint: $1) }),
                "suppressed": .int(file.suppressed.count),
                "errors": .array(file.errors.map(inputError)),
            ]
        }
        let value: JSONValue = [
            "caveatReport": .int(JSONReporter.schemaVersion),
            "tool": ["name": "caveat", "version": .string(run.toolVersion)],
            "files": .array(files),
            "totals": [
                "findings": .int(summary.findings),
                "bySeverity": ReportJSON.severityCounts(summary.bySeverity),
                "files": .int(summary.filesChecked),
                "filesWithFindings": .int(summary.filesWithFindings),
                "suppressed": .int(summary.suppressed),
                "baselined": .int(summary.baselined),
                "inputErrors": .int(summary.inputErrors),
            ],
            "fixedSinceBaseline": .array(run.fixedSinceBaseline.map(ReportJSON.baselineEntry)),
        ]
        return value.pretty() + "\n"
    }

    /// One finding as the `finding` definition of the schema (also each finding line of `jsonl`).
    func finding(path: String, _ finding: Finding, fingerprint: String) -> JSONValue {
        var object: [String: JSONValue] = [
            "rule": .string(finding.ruleID),
            "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message),
            "path": .string(path),
            "start": ReportJSON.location(finding.span.start),
            "end": ReportJSON.location(finding.span.end),
            "excerpt": .string(finding.excerpt),
            "sentence": .string(finding.sentence),
            "sectionPath": .array(finding.sectionPath.map(JSONValue.string)),
            "related": .array(finding.related.map { related in
                ["message": .string(related.message), "start": ReportJSON.location(related.span.start),
                 "end": ReportJSON.location(related.span.end)]
            }),
            "fingerprint": .string(fingerprint),
            "docs": .string(options.ruleURL(finding.ruleID)),
        ]
        if let suggestion = finding.suggestion {
            object["suggestion"] = ["replacement": .string(suggestion.replacement),
                                    "start": ReportJSON.location(suggestion.span.start),
                                    "end": ReportJSON.location(suggestion.span.end)]
        }
        return .object(object)
    }

    /// One input error as the `inputError` definition of the schema.
    func inputError(_ error: InputError) -> JSONValue {
        var object: [String: JSONValue] = ["code": .string(error.code), "message": .string(error.message),
                                           "fatal": .bool(error.isFatal)]
        if let location = error.location { object["location"] = ReportJSON.location(location) }
        return .object(object)
    }
}
