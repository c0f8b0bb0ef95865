/// The kind-specific part of a compiled rule.
enum RuleEvaluation: Sendable {
    case match(pattern: Pattern, unless: Pattern?, scope: Scope)
    case require(trigger: Pattern, companion: Pattern, scope: Scope)
    case density(pattern: Pattern, threshold: Double, minCount: Int, anchorFirst: Bool)
    case metric(ReadabilityMetric, threshold: Double, minWords: Int)
}
