/// One token of a block, as a UTF-8 byte range of the block's text.
///
/// Stored as 32-bit offsets so that a 50 MB page's tokens stay small.
public struct Token: Sendable, Hashable {
    /// What the token is made of.
    public enum Kind: UInt8, Sendable, Hashable, Codable {
        /// Letters, possibly with inner apostrophes or hyphens (`don't`, `self-medicate`) and digits (`b12`).
        case word
        /// Digits, possibly with a decimal point or thousands separators (`0.5`, `1,000`).
        case number
        /// Sentence and clause punctuation (`.`, `,`, `;`, `:`, `!`, `?`, quotes, brackets, dashes).
        case punctuation
        /// Anything else (`%`, `$`, `µ`, `×`, `/`, `+`, emoji).
        case symbol
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.kind = kind
    }

    /// The byte range in the block text.
    public var range: Range<Int> { Int(start)..<Int(end) }
}
