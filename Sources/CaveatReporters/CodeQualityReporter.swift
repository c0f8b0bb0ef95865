import CaveatEngine
import CaveatDocument

/// GitLab Code Quality (a Code Climate subset): a JSON array of issues that GitLab shows in merge requests
/// (`artifacts:reports:codequality`). Severities: error → `critical`, warning → `major`, info → `info`.
public struct CodeQualityReporter: Reporter {
    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "codequality" }
    /// The usual file extension.
    public var fileExtension: String { "json" }

    /// A reporter with the given settings.
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The whole report for `run`.
    public func render(_ run: LintRun) -> String {
        var issues: [JSONValue] = []
        for file in run.files {
            let path = run.reportPath(file.path)
            let fingerprints = Fingerprint.fingerprints(of: file.findings, path: path)
            for (finding, fingerprint) in zip(file.findings, fingerprints) {
                issues.append([
                    "type": "issue",
                    "check_name": .string(finding.ruleID),
                    "description": .string(finding.message),
                    "categories": ["Bug Risk"],
                    "severity": .string(CodeQualityReporter.severity(finding.severity)),
                    "fingerprint": .string(fingerprint),
                    "location": [
                        "path": .string(path),
                        "lines": ["begin": .int(finding.span.start.line), "end": .int(finding.span.end.line)],
                    ],
                ])
            }
        }
        return JSONValue.array(issues).pretty() + "\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "critical"
        case .warning: "major"
        case .info: "info"
        }
    }
}
