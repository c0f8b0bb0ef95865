/// What a rule does with what its patterns find.
public enum RuleKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Flags each occurrence, optionally unless a companion occurs nearby.
    case match
    /// When a trigger occurs, a companion must occur within a scope.
    case require
    /// Flags a phrase repeated beyond a number per 1,000 words.
    case density
    /// Flags a document whose readability score passes a threshold.
    case metric
}
