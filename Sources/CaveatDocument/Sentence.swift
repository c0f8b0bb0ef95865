/// One sentence of a block, as a UTF-8 byte range of the block's text.
public struct Sentence: Sendable, Hashable {
    /// Start offset in `Block.text.utf8`.
    public var start: Int32
    /// End offset (exclusive) in `Block.text.utf8`, trailing whitespace excluded.
    public var end: Int32

    public init(start: Int, end: Int) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }

    /// The byte range in the block text.
    public var range: Range<Int> { Int(start)..<Int(end) }
}
