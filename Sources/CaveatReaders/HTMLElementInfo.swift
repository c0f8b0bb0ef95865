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

    /// Elements the reader treats specially, so hot paths compare a byte instead of a string.
    enum Tag: UInt8, Sendable {
        case other, document, html, head, body, title, meta, link, time, br, img, a, main, article, p, div
    }

    var layout: Layout
    var kind: BlockKind
    var level: Int
    /// The chrome region the element itself stands for (`nav`, `aside`...), if any.
    var region: Region?

    var name = ""
    var tag = Tag.other

    static let inline = HTMLElementInfo(layout: .inline, kind: .paragraph, level: 0, region: nil)

    /// Known elements; anything else is treated as inline so that custom tags never split words.
    static func info(for name: String) -> HTMLElementInfo {
        var info = catalog[name] ?? .inline
        info.name = name
        info.tag = Tag(name: name)
        return info
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

extension HTMLElementInfo.Tag {
    init(name: String) {
        switch name {
        case "html": self = .html
        case "head": self = .head
        case "body": self = .body
        case "title": self = .title
        case "meta": self = .meta
        case "link": self = .link
        case "time": self = .time
        case "br": self = .br
        case "img": self = .img
        case "a": self = .a
        case "main": self = .main
        case "article": self = .article
        case "p": self = .p
        case "div": self = .div
        default: self = .other
        }
    }
}
