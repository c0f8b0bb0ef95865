/// A comment addressed to caveat (`<!-- caveat-disable RULE -- reason -->`), kept with its position so
/// the engine can apply suppressions. Readers keep only comments whose text starts with `caveat-`.
public struct DirectiveComment: Sendable, Hashable {
    /// The comment's text between `<!--` and `-->`, trimmed.
    public var text: String
    /// The whole comment, `<!--` to `-->`, as offsets in `SourceText.utf8`.
    public var sourceRange: Range<Int>

    public init(text: String, sourceRange: Range<Int>) {
        self.text = text
        self.sourceRange = sourceRange
    }
}
