/// A context trigger found in a sentence and the part of the sentence it governs.
public struct ContextCue: Sendable, Hashable {
    public var category: ContextCategory
    /// UTF-8 byte range of the trigger phrase in `Block.text`.
    public var trigger: Range<Int>
    /// UTF-8 byte range of the governed words in `Block.text`: from the first to the last word in scope
    /// (edge punctuation excluded). For a bidirectional cue it includes the trigger itself. Empty when the
    /// trigger governs nothing (e.g. "not" at the very end of a sentence).
    public var scope: Range<Int>
    public var direction: ContextDirection

    public init(category: ContextCategory, trigger: Range<Int>, scope: Range<Int>, direction: ContextDirection) {
        self.category = category
        self.trigger = trigger
        self.scope = scope
        self.direction = direction
    }

    /// Whether the cue applies to a target range: the target lies (partly) in scope and is not the trigger.
    public func governs(_ target: Range<Int>) -> Bool {
        if target.isEmpty { return scope.contains(target.lowerBound) && !trigger.contains(target.lowerBound) }
        return scope.overlaps(target) && !trigger.overlaps(target)
    }
}
