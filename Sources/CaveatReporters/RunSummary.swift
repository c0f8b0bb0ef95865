public import CaveatEngine

/// The one-line summary every human-facing report ends or starts with.
public struct RunSummary: Sendable, Hashable {
    /// Counted findings (not suppressed, not accepted by the baseline).
    public var findings: Int
    /// Counted findings per severity, every severity present.
    public var bySeverity: [Severity: Int]
    public var filesWithFindings: Int
    public var filesChecked: Int
    /// Findings silenced by inline comments.
    public var suppressed: Int
    /// Findings accepted by the baseline.
    public var baselined: Int
    /// Baseline entries no finding matches any more.
    public var fixedSinceBaseline: Int
    public var inputErrors: Int
    /// Archive records that were not documents (a WARC's non-HTML responses, requests, metadata), skipped.
    public var skippedRecords: Int = 0

    /// The counts of a run with nothing in it yet; `add(_:)` counts documents in as they are linted.
    public init() {
        bySeverity = [.error: 0, .warning: 0, .info: 0]
        findings = 0
        filesWithFindings = 0
        filesChecked = 0
        suppressed = 0
        baselined = 0
        fixedSinceBaseline = 0
        inputErrors = 0
    }

    /// Counts one more document, so a streaming run needs no list of its reports.
    public mutating func add(_ file: FileReport) {
        for finding in file.findings { bySeverity[finding.severity, default: 0] += 1 }
        findings += file.findings.count
        if !file.findings.isEmpty { filesWithFindings += 1 }
        filesChecked += 1
        suppressed += file.suppressed.count
        inputErrors += file.errors.count
    }

    /// The counts of a run.
    public init(_ run: LintRun) {
        bySeverity = run.countsBySeverity
        findings = bySeverity.values.reduce(0, +)
        filesWithFindings = run.filesWithFindings
        filesChecked = run.files.count
        suppressed = run.suppressedCount
        baselined = run.baselinedCount
        fixedSinceBaseline = run.fixedSinceBaseline.count
        inputErrors = run.allErrors.count
        skippedRecords = run.skippedRecords
    }

    /// "3 findings (1 error, 2 warnings) in 2 files; 1 suppressed" — severities most serious first, zero counts
    /// left out, the clauses after `;` only when non-zero.
    public var line: String {
        var text: String
        if findings == 0 {
            text = "no findings in \(RunSummary.plural(filesChecked, "file"))"
        } else {
            let parts = Severity.allCases.reversed().compactMap { severity -> String? in
                let count = bySeverity[severity, default: 0]
                return count == 0 ? nil : RunSummary.plural(count, severity.rawValue)
            }
            text = "\(RunSummary.plural(findings, "finding")) (\(parts.joined(separator: ", "))) in "
                + RunSummary.plural(filesWithFindings, "file")
        }
        var extras: [String] = []
        if suppressed > 0 { extras.append("\(suppressed) suppressed") }
        if baselined > 0 { extras.append("\(baselined) in baseline") }
        if fixedSinceBaseline > 0 { extras.append("\(fixedSinceBaseline) fixed since baseline") }
        if inputErrors > 0 { extras.append(RunSummary.plural(inputErrors, "input error")) }
        if skippedRecords > 0 { extras.append("\(RunSummary.plural(skippedRecords, "archive record")) skipped") }
        if !extras.isEmpty { text += "; " + extras.joined(separator: "; ") }
        return text
    }

    /// "1 error", "2 warnings", "1 info", "3 infos" would be odd: `info` stays `info`.
    static func plural(_ count: Int, _ noun: String) -> String {
        if count == 1 || noun == "info" { return "\(count) \(noun)" }
        return "\(count) \(noun)s"
    }
}
