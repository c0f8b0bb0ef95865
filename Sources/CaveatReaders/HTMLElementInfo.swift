import CaveatDocument

/// What an HTML element means for text extraction.
struct HTMLElementInfo: Sendable {
    enum Layout: Sendable {
        /// Text flows through it (`b`, `a`, `span`...).
        case inline
        /// It starts and ends blocks; text directly inside becomes blocks of `kind`.
        case block
        /// Nothing inside is text (`script`, `style`, `svg`...).
        case ignored
    }

    var layout: Layout
    var kind: BlockKind
    var level: Int
    /// The chrome region the element itself stands for (`nav`, `aside`...), if any.
    var region: Region?

    static let inline = HTMLElementInfo(layout: .inline, kind: .paragraph, level: 0, region: nil)

    /// Known elements; anything else is treated as inline so that custom tags never split words.
    static func info(for name: String) -> HTMLElementInfo {
        catalog[name] ?? .inline
    }

    private static let catalog: [String: HTMLElementInfo] = {
        var table: [String: HTMLElementInfo] = [:]
        func block(_ kind: BlockKind, level: Int = 0, region: Region? = nil, _ names: String...) {
            for name in names { table[name] = HTMLElementInfo(layout: .block, kind: kind, level: level, region: region) }
        }
        block(.paragraph, "p", "div", "section", "article", "main", "body", "html", "address", "center", "dd", "dt",
              "dl", "details", "summary", "fieldset", "legend", "figure", "hgroup", "hr", "ul", "ol", "menu", "dir",
              "table", "thead", "tbody", "tfoot", "tr", "colgroup", "option", "optgroup", "select", "textarea",
              "frameset", "noframes", "head", "search")
        block(.listItem, "li")
        block(.tableCell, "td", "th")
        block(.blockquote, "blockquote")
        block(.preformatted, "pre", "listing", "xmp", "plaintext")
        block(.caption, "figcaption", "caption")
        block(.title, "title")
        for level in 1...6 { block(.heading, level: level, "h\(level)") }
        block(.paragraph, region: .navigation, "nav")
        block(.paragraph, region: .header, "header")
        block(.paragraph, region: .footer, "footer")
        block(.paragraph, region: .aside, "aside")
        block(.paragraph, region: .form, "form")
        block(.paragraph, region: .banner, "dialog")
        for name in ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "math",
                     "canvas", "audio", "video", "map", "frame"] {
            table[name] = HTMLElementInfo(layout: .ignored, kind: .paragraph, level: 0, region: nil)
        }
        return table
    }()
}
