/// A compiled pattern: one building block plus optional filters (see docs/rule-format.md, section 4).
struct Pattern: Sendable {
    indirect enum Source: Sendable {
        /// Phrase and lexicon terms, as ids in the rule set's shared `PhraseMatcher`.
        case phrases([Int32])
        case regex(any RegexMatching)
        case detectors([String])
        case all(positive: [Pattern], negative: [Pattern], within: Scope)
        case any([Pattern])
    }

    /// Where an occurrence must start.
    enum Position: String, Sendable {
        case sentenceStart = "sentence-start"
        case blockStart = "block-start"
    }

    var source: Source
    /// Keep only occurrences that open their sentence (or block): nothing but punctuation before them.
    var position: Position?
    var context: ContextFilter?
    var near: NearFilter?
    /// Occurrences of this pattern to ignore (a pattern-level allow-list, e.g. helplines for a phone part only).
    var allow: AllowList?
    /// Drop occurrences inside an occurrence of another pattern (a brand name inside a URL).
    var notInside: InsideFilter?
    /// Keep occurrences only when the next block is (or is not) of some kinds.
    var nextBlock: NextBlockFilter?

    /// Phrase ids of which at least one must occur in a document for the pattern to match anything, or `nil`
    /// when that cannot be told from phrases alone (regexes, detectors). Lets the linter skip rules cheaply.
    var necessaryPhrases: Set<Int32>? {
        switch source {
        case .phrases(let ids):
            return Set(ids)
        case .any(let parts):
            var union = Set<Int32>()
            for part in parts {
                guard let ids = part.necessaryPhrases else { return nil }
                union.formUnion(ids)
            }
            return union
        case .all(let positive, _, _):
            // Every positive part is necessary; the smallest set skips the most.
            return positive.compactMap(\.necessaryPhrases).min { $0.count < $1.count }
        case .regex, .detectors:
            return nil
        }
    }

    /// Whether the pattern or any part of it needs context analysis.
    var usesContext: Bool {
        if context != nil { return true }
        if let near, near.pattern.usesContext { return true }
        if let notInside, notInside.pattern.usesContext { return true }
        switch source {
        case .all(let positive, let negative, _): return (positive + negative).contains { $0.usesContext }
        case .any(let parts): return parts.contains { $0.usesContext }
        default: return false
        }
    }
}
