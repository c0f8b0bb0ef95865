/// Every key the loader accepts, per kind of object. The JSON Schema must list exactly these (a test checks).
enum RuleKeys {
    static let ruleFile = ["caveat", "rules", "description", "$schema"]
    static let lexiconFile = ["caveat", "lexicon", "description", "source", "include", "terms", "$schema"]
    static let term = ["term", "kind", "generic"]
    static let termKinds = ["generic", "brand", "slang", "class", "other"]
    static let common = [
        "id", "title", "kind", "severity", "category", "message", "rationale", "references", "tags", "precision",
        "fix", "replacement", "regions", "blocks", "allow", "examples",
    ]
    static let perKind: [RuleKind: [String]] = [
        .match: ["match", "unless", "scope"],
        .require: ["when", "require", "scope"],
        .density: ["match", "threshold", "min_count", "anchor", "per"],
        .metric: ["metric", "threshold", "min_words"],
    ]
    /// All rule keys, in documentation order.
    static var rule: [String] {
        var keys = common
        for kind in RuleKind.allCases {
            for key in perKind[kind] ?? [] where !keys.contains(key) { keys.append(key) }
        }
        return keys
    }
    static let examples = ["flag", "pass"]
    static let buildingBlocks = ["phrases", "lexicon", "regex", "detector", "all", "any", "not"]
    static let pattern = buildingBlocks + [
        "exact", "case_sensitive", "within", "context", "unless_context", "require_context", "near", "at", "allow",
        "not_inside", "next_block",
    ]
    static let near = pattern + ["words"]
    static let nextBlock = ["kinds", "is"]
    static let precisions = ["very-high", "high", "medium", "low"]
    static let anchors = ["beyond-threshold", "first"]
    /// Values of a density rule's `per`.
    static let densityGroups = ["pattern", "text"]
    /// Values of a pattern's `at`.
    static let positions = ["sentence-start", "block-start"]
    static let scopeNames = ["sentence", "paragraph", "block", "section", "document"]
}
