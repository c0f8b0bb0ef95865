/// One unit of text on the page: a heading, a paragraph, a list item, a table cell, alt text...
///
/// All ranges inside a block (sentences, tokens, links) are UTF-8 byte offsets into `text.utf8`.
/// `map` turns any such range back into source offsets, which `SourceText` turns into lines and columns.
public struct Block: Sendable {
    public var kind: BlockKind
    /// Heading level 1 to 6 for headings, 0 otherwise.
    public var level: Int
    public var region: Region
    /// The extracted text: inline markup removed, entities decoded, runs of white space collapsed to one
    /// space (kept as line breaks in preformatted blocks), no-break spaces turned into plain spaces.
    public var text: String
    /// From `text.utf8` offsets to `SourceText.utf8` offsets.
    public var map: TextMap
    /// The element or construct the block came from (`p`, `li`, `h2`, `td`, `img@alt`, `md-heading`, `line`...).
    public var element: String
    public var links: [Link]
    /// Index of the innermost section containing the block, in `Document.sections`.
    public var section: Int?
    public var sentences: [Sentence]
    public var tokens: [Token]

    public init(kind: BlockKind, level: Int = 0, region: Region, text: String, map: TextMap, element: String,
                links: [Link] = [], section: Int? = nil, sentences: [Sentence] = [], tokens: [Token] = []) {
        self.kind = kind
        self.level = level
        self.region = region
        self.text = text
        self.map = map
        self.element = element
        self.links = links
        self.section = section
        self.sentences = sentences
        self.tokens = tokens
    }

    /// The source range (offsets in `SourceText.utf8`) of a range of the block text.
    public func sourceRange(ofText range: Range<Int>) -> Range<Int> {
        map.sourceRange(ofText: range)
    }

    /// The source range of the whole block text.
    public var sourceRange: Range<Int> {
        map.sourceRange(ofText: 0..<text.utf8.count)
    }

    /// The text of a byte range of the block.
    public func substring(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}
