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
        if !extras.isEmpty { text += "; " + extras.joined(separator: "; ") }
        return text
    }

    /// "1 error", "2 warnings", "1 info", "3 infos" would be odd: `info` stays `info`.
    static func plural(_ count: Int, _ noun: String) -> String {
        if count == 1 || noun == "info" { return "\(count) \(noun)" }
        return "\(count) \(noun)s"
    }
}
