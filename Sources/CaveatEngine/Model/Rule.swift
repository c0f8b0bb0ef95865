public import CaveatDocument

/// One loaded, compiled rule.
public struct Rule: Sendable {
    /// What reporters and documentation show.
    public let info: RuleInfo
    /// What the rule does with its patterns.
    public let kind: RuleKind
    /// The texts it must flag and must pass.
    public let examples: RuleExamples
    /// The file the rule came from (`Rules/withdrawal.json` for a built-in rule).
    public let file: String
    /// Page regions the rule looks at.
    public let regions: Set<Region>
    /// Block kinds the rule looks at.
    public let blockKinds: Set<BlockKind>
    /// Allow-list entries as written in the rule.
    public let allow: [String]

    let message: MessageTemplate
    let replacement: MessageTemplate?
    let evaluation: RuleEvaluation

    /// Phrase ids of which one must occur for the rule to fire (`nil`: the rule always runs).
    var necessaryPhrases: Set<Int32>? {
        switch evaluation {
        case .match(let pattern, _, _), .density(let pattern, _, _, _, _): pattern.necessaryPhrases
        case .require(let trigger, _, _): trigger.necessaryPhrases
        case .metric: nil
        }
    }

    /// The threshold of a `density` or `metric` rule.
    public var threshold: Double? {
        switch evaluation {
        case .density(_, let threshold, _, _, _), .metric(_, let threshold, _): threshold
        default: nil
        }
    }
}
