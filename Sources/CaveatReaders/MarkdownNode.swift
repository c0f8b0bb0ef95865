internal import CCmarkGFM

/// A node of cmark-gfm's syntax tree, read through the C API (the tree stays owned by its document).
struct MarkdownNode {
    /// What a node is, core and GFM-extension types alike.
    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
        case thematicBreak, footnoteDefinition, table, tableRow, tableCell
        case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image
        case footnoteReference, strikethrough
        case other
    }

    let pointer: OpaquePointer

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: .footnoteDefinition
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference
        default: extensionKind
        }
    }

    /// GFM extension nodes get their type numbers when the extensions register, so they are told by name.
    private var extensionKind: Kind {
        guard let name = cmark_node_get_type_string(pointer) else { return .other }
        switch String(cString: name) {
        case "table": return .table
        case "table_header", "table_row": return .tableRow
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        // A task-list item ("- [ ] ...") is an item whose type the extension renamed.
        case "tasklist": return .item
        default: return .other
        }
    }

    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }

    /// The children, first to last.
    var children: some Sequence<MarkdownNode> {
        sequence(first: firstChild) { $0?.next }.lazy.compactMap { $0 }
    }

    /// The node's literal text (text, code, HTML, footnote label) as UTF-8 bytes; empty when it has none.
    var literal: [UInt8] {
        guard let literal = cmark_node_get_literal(pointer) else { return [] }
        return literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            var length = 0
            while start[length] != 0 { length += 1 }
            return Array(UnsafeBufferPointer(start: start, count: length))
        }
    }

    /// The link or image destination.
    var url: String {
        cmark_node_get_url(pointer).map { String(cString: $0) } ?? ""
    }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// 1-based source line and byte column where the node starts and ends (block nodes are exact).
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }
}

extension MarkdownNode {
    /// cmark-gfm's name for the node's type (`paragraph`, `table_cell`, `tasklist`...).
    var typeName: String? { cmark_node_get_type_string(pointer).map { String(cString: $0) } }
}

extension MarkdownNode {
    /// A fenced code block's fence: its length and character (`` ` `` or `~`); `nil` for indented code.
    var fence: (length: Int, character: UInt8)? {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(pointer, &length, &offset, &character) != 0 else { return nil }
        return (Int(length), UInt8(bitPattern: character))
    }
}
