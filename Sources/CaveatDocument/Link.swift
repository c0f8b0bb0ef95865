/// A hyperlink inside a block: its target and the span of its text.
public struct Link: Sendable, Hashable {
    /// The `href` as written, entities decoded (`tel:+15625731504`, `mailto:...`, `https://...`).
    public var target: String
    /// The link text as a UTF-8 byte range of the block text (may be empty, e.g. an image link).
    public var textRange: Range<Int>
    /// Where the `href` attribute value sits in the source (offsets in `SourceText.utf8`), when known.
    public var targetSourceRange: Range<Int>?

    public init(target: String, textRange: Range<Int>, targetSourceRange: Range<Int>? = nil) {
        self.target = target
        self.textRange = textRange
        self.targetSourceRange = targetSourceRange
    }

    /// The URL scheme in lower case (`tel`, `mailto`, `https`, ...), or `nil` for a relative link.
    public var scheme: String? {
        guard let colon = target.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let candidate = target[..<colon]
        guard !candidate.isEmpty,
              candidate.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
        else { return nil }
        return candidate.lowercased()
    }
}
