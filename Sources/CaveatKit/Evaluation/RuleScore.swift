/// How one rule did on a labelled set, counted per document: a document where the rule fired and was expected is a
/// true positive, fired but not expected a false positive, expected but silent a false negative.
public struct RuleScore: Sendable, Hashable, Codable {
    public var rule: String
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int
    public var trueNegatives: Int

    public init(rule: String, truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0,
                trueNegatives: Int = 0) {
        self.rule = rule
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }

    /// Documents the rule was judged on.
    public var documents: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

    /// TP / (TP + FP); `nil` when the rule never fired, since precision is then undefined.
    public var precision: Double? {
        let fired = truePositives + falsePositives
        return fired == 0 ? nil : Double(truePositives) / Double(fired)
    }

    /// TP / (TP + FN); `nil` when no document expects the rule.
    public var recall: Double? {
        let expected = truePositives + falseNegatives
        return expected == 0 ? nil : Double(truePositives) / Double(expected)
    }

    /// The harmonic mean of precision and recall; `nil` when either is undefined.
    public var f1: Double? {
        guard let precision, let recall else { return nil }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// Adds another score's counts (for totals over rules).
    public mutating func add(_ other: RuleScore) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
        trueNegatives += other.trueNegatives
    }
}
