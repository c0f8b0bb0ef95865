/// What kind of text a block holds.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The page title (`<title>`, or the first heading-like line of a text file when it has no `#` heading).
    case title
    case heading
    case paragraph
    case listItem = "list-item"
    case tableCell = "table-cell"
    case blockquote
    case preformatted
    case caption
    /// Alternative text of an image.
    case altText = "alt-text"
}
