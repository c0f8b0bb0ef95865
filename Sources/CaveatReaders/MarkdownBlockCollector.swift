import CaveatDocument

/// Walks cmark-gfm's syntax tree of a Markdown file and turns its leaf blocks into block drafts.
///
/// Kinds follow the rendered page: a paragraph's kind is that of its innermost container (`list-item` in a
/// list item or footnote, `blockquote` in a block quote, else `paragraph`), so `> ## Key point` is a heading
/// inside a quote and a list item's second paragraph is still a list item; headings, code blocks and table
/// cells keep their own kinds at any depth. Raw HTML blocks are read by `HTMLReader` (`MarkdownHTMLBlock`).
/// Positions: cmark-gfm's line and column of each block locate it, and `MarkdownInlineAligner` (inline
/// content) or `MarkdownLiteralLines` (code and HTML, line by line) map every byte of text to the source.
struct MarkdownBlockCollector {
    /// The innermost container a block sits in.
    enum Container {
        case listItem(task: Bool)
        case blockquote
        case footnote
    }

    let source: SourceText
    /// The 0-based index of the source line cmark-gfm calls line 1 (the first line after any front matter).
    let firstLine: Int
    private(set) var drafts: [BlockDraft] = []
    /// For each draft: whether it is a one-line top-level paragraph with blank lines around it.
    private(set) var standalone: [Bool] = []
    private(set) var directives: [DirectiveComment] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var hasHeadings = false
    /// Inline text that could not be lined up with the source (tests watch this).
    private(set) var alignmentFailures = 0
    private var entities = MarkdownEntityDecoder()
    /// How many block quotes enclose the node being read (the `>` markers each continuation line may carry).
    private var quoteDepth = 0
    private var lines: MarkdownLiteralLines

    /// The cmark-gfm line of the paragraph `MarkdownReader` adds after the file to keep unreferenced
    /// footnotes; nothing from it on is read as text.
    let syntheticLine: Int?

    init(source: SourceText, firstLine: Int, syntheticLine: Int? = nil) {
        self.source = source
        self.firstLine = firstLine
        self.syntheticLine = syntheticLine
        self.lines = MarkdownLiteralLines(source: source, firstLine: firstLine)
    }

    mutating func collect(_ node: MarkdownNode, container: Container? = nil) {
        if let syntheticLine, node.startLine >= syntheticLine, node.kind == .paragraph { return }
        switch node.kind {
        case .blockQuote:
            quoteDepth += 1
            for child in node.children { collect(child, container: .blockquote) }
            quoteDepth -= 1
        case .item:
            let task = MarkdownBlockCollector.isTask(node)
            for child in node.children { collect(child, container: .listItem(task: task)) }
        case .footnoteDefinition:
            for child in node.children { collect(child, container: .footnote) }
        case .table:
            table(node)
        case .paragraph:
            let (kind, element): (BlockKind, String) = switch container {
            case .listItem(let task): (.listItem, task ? "md-task-item" : "md-list-item")
            case .blockquote: (.blockquote, "md-blockquote")
            case .footnote: (.listItem, "md-footnote")
            case nil: (.paragraph, "md-paragraph")
            }
            var range: Range<Int>?
            // A paragraph whose last lines became a table's header loses its position in cmark-gfm 0.29; it
            // runs from where the table says it starts to the line before the header.
            if node.startLine == 0, let table = node.next, table.kind == .table {
                let header = MarkdownBlockCollector.headerLine(of: table)
                range = lines.offset(line: table.startLine, column: table.startColumn)..<lines.contentEnd(line: header - 1)
            }
            inline(node, kind: kind, element: element, standalone: container == nil && isStandalone(node),
                   range: range)
        case .heading:
            hasHeadings = true
            inline(node, kind: .heading, level: node.headingLevel, element: isATX(node) ? "md-heading" : "md-setext-heading")
        case .tableCell:
            inline(node, kind: .tableCell, element: "md-table-cell", exactEnd: true)
        case .codeBlock:
            code(node)
        case .htmlBlock:
            html(node, container: container)
        case .thematicBreak:
            break
        default:
            for child in node.children { collect(child, container: container) }
        }
    }

    // MARK: Leaf blocks

    private mutating func inline(_ node: MarkdownNode, kind: BlockKind, level: Int = 0, element: String,
                                 standalone: Bool = false, exactEnd: Bool = false, range: Range<Int>? = nil) {
        let start = range?.lowerBound ?? lines.offset(line: node.startLine, column: node.startColumn)
        let end = range?.upperBound ?? (exactEnd ? min(lines.offset(line: node.endLine, column: node.endColumn) + 1,
                                                       lines.contentEnd(line: node.endLine))
            : lines.contentEnd(line: node.endLine))
        var aligner = MarkdownInlineAligner(source: source.utf8, range: start..<max(start, end), quoteDepth: quoteDepth,
                                            entities: entities)
        if kind == .heading, element == "md-heading" { aligner.skipHeadingMarker() }
        aligner.align(childrenOf: node)
        entities = aligner.entities
        alignmentFailures += aligner.failures
        directives.append(contentsOf: aligner.directives)
        var (text, map) = aligner.finish()
        if kind == .heading { (text, map) = MarkdownBlockCollector.withoutAttributes(text, map) }
        if !text.isEmpty {
            append(BlockDraft(kind: kind, level: level, region: .body, text: text, map: map, element: element,
                              links: aligner.links), standalone: standalone)
        }
        for image in aligner.images {
            append(BlockDraft(kind: .altText, region: .body, text: image.text, map: image.map, element: "md-image"))
        }
    }

    /// A table: one block per cell, each read between its pipes on its row's line. (cmark-gfm 0.29's cell
    /// columns are off when a row has no leading pipe, and when the header row was cut from the end of a
    /// paragraph they count from the paragraph's start.)
    private mutating func table(_ node: MarkdownNode) {
        let headerLine = MarkdownBlockCollector.headerLine(of: node)
        for (index, row) in node.children.enumerated() {
            let line = index == 0 ? headerLine : row.startLine
            let ranges = lines.cellRanges(line: line)
            for (number, cell) in row.children.filter({ $0.kind == .tableCell }).enumerated() {
                if number < ranges.count {
                    inline(cell, kind: .tableCell, element: "md-table-cell", range: ranges[number])
                } else if cell.startLine > 0 {
                    inline(cell, kind: .tableCell, element: "md-table-cell", exactEnd: true)
                }
            }
        }
    }

    /// The line of a table's header row: the line before the delimiter row, which is the line before the first
    /// body row or, without body rows, the table's last line.
    static func headerLine(of table: MarkdownNode) -> Int {
        let body = table.children.dropFirst().first { $0.kind == .tableRow }
        return (body.map { $0.startLine - 1 } ?? table.endLine) - 1
    }

    private mutating func code(_ node: MarkdownNode) {
        let fenced = node.fence != nil
        let contentLine = fenced ? node.startLine + 1 : node.startLine
        var literal = realLines(of: node.literal, fromLine: contentLine)
        while literal.last == 0x0A { literal.removeLast() }
        if fenced, !lines.closesFence(node) {
            diagnostics.append(Diagnostic(severity: .warning, code: "md-unclosed-fence",
                                          message: "code fence opened here is never closed",
                                          location: source.location(at: lines.offset(line: node.startLine, column: 1))))
        }
        let origins = lines.origins(of: literal, fromLine: contentLine)
        var builder = CollapsingTextBuilder(source: source.utf8)
        var index = 0
        // Leading blank lines are not text.
        while index < literal.count, literal[index] == 0x0A { index += 1 }
        while index < literal.count {
            if literal[index] == 0x0A {
                builder.lineBreak(origins.range(of: index))
                index += 1
                continue
            }
            var end = index + 1
            while end < literal.count, literal[end] != 0x0A, origins.start[end] == origins.start[end - 1] + 1 { end += 1 }
            if origins.isExact(index..<end, in: source.utf8, literal: literal) {
                builder.verbatim(origins.start[index], length: end - index)
            } else {
                for position in index..<end {
                    let from = origins.start[position]
                    if origins.isExact(position..<(position + 1), in: source.utf8, literal: literal) {
                        builder.verbatim(from, length: 1)
                        continue
                    }
                    // A space from a tab that cmark-gfm expanded maps to the tab; anything else was not found.
                    if literal[position] != 0x20 || from >= source.utf8.count || source.utf8[from] != 0x09 {
                        alignmentFailures += 1
                    }
                    builder.atomic(literal[position..<(position + 1)], source: origins.range(of: position))
                }
            }
            index = end
        }
        let (text, map) = builder.finish()
        if !text.isEmpty {
            append(BlockDraft(kind: .preformatted, region: .body, text: text, map: map, element: "md-code"))
        }
    }

    private mutating func html(_ node: MarkdownNode, container: Container?) {
        let literal = realLines(of: node.literal, fromLine: node.startLine)
        let origins = lines.origins(of: literal, fromLine: node.startLine)
        let fragment = MarkdownHTMLBlock.read(literal, origins: origins, path: source.path)
        directives.append(contentsOf: fragment.directives)
        for var draft in fragment.drafts {
            if draft.kind == .paragraph {
                switch container {
                case .listItem, .footnote: draft.kind = .listItem
                case .blockquote: draft.kind = .blockquote
                case nil: break
                }
            }
            append(draft)
        }
    }

    /// A code or HTML literal without the lines that come from the synthetic paragraph (an unclosed fence or
    /// HTML block runs to the end of what was parsed).
    private func realLines(of literal: [UInt8], fromLine line: Int) -> [UInt8] {
        guard let syntheticLine else { return literal }
        var kept = syntheticLine - line
        guard kept > 0 else { return [] }
        var index = 0
        while index < literal.count {
            if literal[index] == 0x0A {
                kept -= 1
                if kept == 0 { return Array(literal[...index]) }
            }
            index += 1
        }
        return literal
    }

    private mutating func append(_ draft: BlockDraft, standalone: Bool = false) {
        drafts.append(draft)
        self.standalone.append(standalone)
    }

    /// A heading without a trailing attribute list (`## Dosing {#dosing .big}`, as Pandoc, kramdown and Hugo
    /// write anchors and classes): not prose, and not part of the section title.
    static func withoutAttributes(_ text: String, _ map: TextMap) -> (String, TextMap) {
        let bytes = Array(text.utf8)
        guard bytes.last == 0x7D, let open = bytes.lastIndex(of: 0x7B), open > 0, bytes[open - 1] == 0x20,
              open + 1 < bytes.count - 1 else { return (text, map) }
        let inner = bytes[(open + 1)..<(bytes.count - 1)]
        guard let first = inner.first, first == 0x23 || first == 0x2E || inner.contains(0x3D),
              !inner.contains(0x7B) else { return (text, map) }
        var length = open - 1
        while length > 0, bytes[length - 1] == 0x20 { length -= 1 }
        guard length > 0 else { return (text, map) }
        let segments = map.segments.compactMap { segment -> TextMap.Segment? in
            guard segment.textStart < length else { return nil }
            var clipped = segment
            if segment.textStart + segment.textLength > length {
                clipped.textLength = length - segment.textStart
                if segment.isVerbatim { clipped.sourceLength = clipped.textLength }
            }
            return clipped
        }
        return (String(decoding: bytes[..<length], as: UTF8.self), TextMap(segments: segments))
    }

    // MARK: Tests on nodes

    /// Whether an item is a task-list item (`- [ ] ...`; its text starts after the `[ ]` marker).
    private static func isTask(_ node: MarkdownNode) -> Bool { node.typeName == "tasklist" }

    /// An ATX heading starts with its `#` run; a setext heading with its text.
    private func isATX(_ node: MarkdownNode) -> Bool {
        var offset = lines.offset(line: node.startLine, column: node.startColumn)
        let bytes = source.utf8
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
        var hashes = 0
        while offset < bytes.count, bytes[offset] == 0x23 { offset += 1; hashes += 1 }
        return hashes == node.headingLevel
            && (offset == bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]))
    }

    /// A one-line paragraph with blank lines (or the file's edges) before and after it.
    private func isStandalone(_ node: MarkdownNode) -> Bool {
        guard node.startLine == node.endLine else { return false }
        return lines.isBlank(line: node.startLine - 1) && lines.isBlank(line: node.startLine + 1)
    }
}
