/// One occurrence of a compiled phrase in a text.
public struct PhraseMatch: Sendable, Hashable {
    /// The id the caller gave the phrase when compiling the matcher.
    public var phrase: Int32
    /// UTF-8 byte range in the original (not normalised) text.
    public var range: Range<Int>

    /// A match of phrase `phrase` at `range`.
    public init(phrase: Int32, range: Range<Int>) {
        self.phrase = phrase
        self.range = range
    }
}
