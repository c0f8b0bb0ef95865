/// The kind-specific part of a compiled rule.
enum RuleEvaluation: Sendable {
    case match(pattern: Pattern, unless: Pattern?, scope: Scope)
    case require(trigger: Pattern, companion: Pattern, scope: Scope)
    /// `perText`: count each distinct matched text (normalised) on its own.
    case density(pattern: Pattern, threshold: Double, minCount: Int, anchorFirst: Bool, perText: Bool)
    case metric(ReadabilityMetric, threshold: Double, minWords: Int)
}
