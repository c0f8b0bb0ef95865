/// Per-run choices that change which rules run and how they report.
public struct LintOptions: Sendable {
    /// Run only these rule ids (`nil`: all).
    public var only: Set<String>?
    /// Never run these rule ids.
    public var disabled: Set<String>
    /// Report these rules at another severity.
    public var severityOverrides: [String: Severity]
    /// Extra allow-list entries for every rule (public helplines, the site's own address...).
    public var allow: [String]
    /// Threshold overrides for `density` and `metric` rules, by rule id.
    public var thresholds: [String: Double]

    /// Options; the defaults run every rule as written.
    public init(only: Set<String>? = nil, disabled: Set<String> = [], severityOverrides: [String: Severity] = [:],
                allow: [String] = [], thresholds: [String: Double] = [:]) {
        self.only = only
        self.disabled = disabled
        self.severityOverrides = severityOverrides
        self.allow = allow
        self.thresholds = thresholds
    }
}
