import CaveatDocument

/// Lines up the inline content cmark-gfm parsed for one leaf block (paragraph, heading, table cell) with the
/// source, and builds the block's text and `TextMap` from it.
///
/// cmark-gfm gives exact source positions for blocks only, so the aligner walks the inline nodes and the
/// source side by side from the block's start, the way `HTMLSourceAligner` walks libxml2's text: text bytes
/// equal to the source map one for one; a backslash escape maps its character to the character; a
/// character reference (`&frac12;`, `&#8217;`) maps as a whole to its decoded text; emphasis, strikethrough,
/// code-span and link delimiters, link destinations and titles, and the line ends and container markers
/// (`>`, indentation) of soft and hard breaks are stepped over, as the node types say they must be there.
/// White space is collapsed by `CollapsingTextBuilder`, and images' descriptions become separate alt texts.
struct MarkdownInlineAligner {
    let source: [UInt8]
    /// The next source byte to explain.
    private(set) var cursor: Int
    private let limit: Int
    /// The block quotes around the block: a continuation line starts with up to this many `>` markers.
    private let quoteDepth: Int
    var entities: MarkdownEntityDecoder
    /// The block's text; while an image description is read, its alt text is on top.
    private var builders: [CollapsingTextBuilder]
    private(set) var links: [Link] = []
    private(set) var images: [(text: String, map: TextMap)] = []
    private(set) var directives: [DirectiveComment] = []
    /// Text that could not be found in the source at all (mapped to an empty range where it should be).
    private(set) var failures = 0

    init(source: [UInt8], range: Range<Int>, quoteDepth: Int = 0, entities: MarkdownEntityDecoder) {
        self.source = source
        self.quoteDepth = quoteDepth
        self.cursor = range.lowerBound
        self.limit = min(range.upperBound, source.count)
        self.entities = entities
        self.builders = [CollapsingTextBuilder(source: source)]
    }

    /// The block's text and map.
    func finish() -> (String, TextMap) { builders[0].finish() }

    /// Skips an ATX heading's opening `#` run and the white space around it.
    mutating func skipHeadingMarker() {
        skip { $0 == 0x20 || $0 == 0x09 }
        skip { $0 == 0x23 }
        skip { $0 == 0x20 || $0 == 0x09 }
    }

    /// Aligns the inline children of `node`.
    mutating func align(childrenOf node: MarkdownNode) {
        for child in node.children { align(child) }
    }

    private mutating func align(_ node: MarkdownNode) {
        switch node.kind {
        case .text:
            align(text: node.literal)
        case .softBreak:
            lineEnd(hard: false)
        case .lineBreak:
            lineEnd(hard: true)
        case .code:
            codeSpan(node.literal)
        case .htmlInline:
            inlineHTML(node.literal)
        case .emphasis, .strong, .strikethrough:
            delimited(node)
        case .link:
            link(node)
        case .image:
            image(node)
        case .footnoteReference:
            // `[^label]`: the marker is not prose (an HTML page shows a superscript number there).
            skipSpaces()
            if cursor + 1 < limit, source[cursor] == 0x5B, source[cursor + 1] == 0x5E {
                skipBracketed()
            }
        default:
            align(childrenOf: node)
        }
    }

    // MARK: Text

    /// Aligns literal text, writing it to the current builder.
    private mutating func align(text literal: [UInt8], emit: Bool = true) {
        var index = 0
        var runStart = cursor
        let count = literal.count
        while index < count {
            guard cursor < limit else {
                flush(runStart, emit: emit)
                lost(literal[index...], emit: emit)
                return
            }
            let byte = source[cursor]
            let wanted = literal[index]
            if byte == 0x5C, cursor + 1 < limit, source[cursor + 1] == wanted, isASCIIPunctuation(wanted) {
                flush(runStart, emit: emit)
                if emit { write(cursor + 1..<cursor + 2) }
                cursor += 2
                index += 1
                runStart = cursor
                continue
            }
            // A reference the text holds as written (the autolink extension re-reads text raw) copies as is.
            if byte == 0x26, let length = MarkdownEntityDecoder.referenceLength(source, at: cursor, limit: limit),
               !literal[index...].starts(with: source[cursor..<(cursor + length)]),
               let decoded = entities.decode(source[cursor..<(cursor + length)]),
               literal[index...].starts(with: decoded) {
                flush(runStart, emit: emit)
                if emit { writeDecoded(decoded, cursor..<(cursor + length)) }
                cursor += length
                index += decoded.count
                runStart = cursor
                continue
            }
            if byte == wanted {
                cursor += 1
                index += 1
                continue
            }
            flush(runStart, emit: emit)
            if wanted == 0x20 || wanted == 0x09, byte != 0x20, byte != 0x09 {
                // White space cmark-gfm kept at the start of a line after a hard break: the break's own space
                // already stands for it.
                if emit { builders[builders.count - 1].space(cursor..<cursor) }
                index += 1
                runStart = cursor
                continue
            }
            if !resynchronize(literal[index...]) {
                lost(literal[index...], emit: emit)
                return
            }
            runStart = cursor
        }
        flush(runStart, emit: emit)
    }

    /// After a mismatch: steps over layout (white space, line ends, `>`) or, failing that, moves to the next
    /// place where the rest of the text starts. Returns `false` when it is nowhere ahead.
    private mutating func resynchronize(_ rest: ArraySlice<UInt8>) -> Bool {
        let byte = source[cursor]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3E {
            cursor += 1
            return true
        }
        // Search for a short prefix of plain bytes (references and escapes would not match literally).
        var probe = 0
        for byte in rest.prefix(8) {
            guard byte != 0x26, byte != 0x5C, byte < 0x80 else { break }
            probe += 1
        }
        // A long prefix first (a single byte matches too early too easily), then the first byte alone (the
        // prefix may hold a character written as a reference further on).
        if probe > 1, let found = find(rest.prefix(probe)) {
            cursor = found
            return true
        }
        let needle = rest.prefix(1)
        var position = cursor + 1
        while position < limit {
            if position + needle.count <= limit, source[position] == needle.first!,
               source[position..<(position + needle.count)].elementsEqual(needle) {
                cursor = position
                return true
            }
            // The text may start with a character written as a reference or an escape.
            if source[position] == 0x26,
               let length = MarkdownEntityDecoder.referenceLength(source, at: position, limit: limit),
               let decoded = entities.decode(source[position..<(position + length)]), rest.starts(with: decoded) {
                cursor = position
                return true
            }
            if source[position] == 0x5C, position + 1 < limit, source[position + 1] == rest.first {
                cursor = position
                return true
            }
            position += 1
        }
        return false
    }

    private func find(_ needle: ArraySlice<UInt8>) -> Int? {
        var position = cursor + 1
        while position + needle.count <= limit {
            if source[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    private mutating func flush(_ runStart: Int, emit: Bool) {
        if emit, runStart < cursor { write(runStart..<cursor) }
    }

    /// Text nowhere in the source: kept, mapped to an empty range at the cursor.
    private mutating func lost(_ rest: ArraySlice<UInt8>, emit: Bool) {
        failures += 1
        if emit, !rest.isEmpty { builders[builders.count - 1].atomic(rest, source: cursor..<cursor) }
    }

    /// Copies source bytes into the text, white space as collapsible space.
    private mutating func write(_ range: Range<Int>) {
        var position = range.lowerBound
        var runStart = position
        while position < range.upperBound {
            let width = TextLineRules.whitespaceLength(source, position, range.upperBound)
            if width > 0 {
                builders[builders.count - 1].verbatim(runStart, length: position - runStart)
                builders[builders.count - 1].space(position..<(position + width))
                position += width
                runStart = position
            } else {
                position += 1
            }
        }
        builders[builders.count - 1].verbatim(runStart, length: range.upperBound - runStart)
    }

    /// A decoded character reference: white space (`&nbsp;`) collapses like a space, anything else is atomic.
    private mutating func writeDecoded(_ decoded: [UInt8], _ range: Range<Int>) {
        if TextLineRules.whitespaceLength(decoded, 0, decoded.count) == decoded.count {
            builders[builders.count - 1].space(range)
        } else {
            builders[builders.count - 1].atomic(decoded, source: range)
        }
    }

    /// A soft or hard line break: trailing spaces or a backslash, the line end, and the next line's
    /// container markers and indentation.
    private mutating func lineEnd(hard: Bool) {
        let start = cursor
        skip { $0 == 0x20 || $0 == 0x09 }
        if hard, cursor < limit, source[cursor] == 0x5C { cursor += 1 }
        skipLineEnd()
        skipContainerMarkers()
        builders[builders.count - 1].space(start..<cursor, hard: hard)
    }

    // MARK: Constructs

    private mutating func delimited(_ node: MarkdownNode) {
        skipSpaces()
        var delimiter: UInt8 = 0
        var length = 0
        if cursor < limit, source[cursor] == 0x2A || source[cursor] == 0x5F || source[cursor] == 0x7E {
            delimiter = source[cursor]
            let wanted = node.kind == .emphasis ? 1 : 2
            while length < wanted, cursor < limit, source[cursor] == delimiter { cursor += 1; length += 1 }
        }
        align(childrenOf: node)
        var closed = 0
        while closed < length, cursor < limit, source[cursor] == delimiter { cursor += 1; closed += 1 }
    }

    private mutating func codeSpan(_ literal: [UInt8]) {
        skipSpaces()
        var fence = 0
        while cursor < limit, source[cursor] == 0x60 { cursor += 1; fence += 1 }
        var index = 0
        var runStart = cursor
        while index < literal.count {
            guard cursor < limit else {
                flush(runStart, emit: true)
                lost(literal[index...], emit: true)
                return
            }
            let byte = source[cursor]
            let wanted = literal[index]
            if byte == wanted {
                cursor += 1
                index += 1
                continue
            }
            flush(runStart, emit: true)
            if wanted == 0x20, byte == 0x0A || byte == 0x0D {
                // A line end inside a code span reads as a space.
                let start = cursor
                skipLineEnd()
                skipContainerMarkers()
                builders[builders.count - 1].space(start..<cursor)
                index += 1
            } else if wanted == 0x20 || wanted == 0x09, byte != 0x20, byte != 0x09 {
                builders[builders.count - 1].space(cursor..<cursor)
                index += 1
            } else if byte == 0x5C, cursor + 1 < limit, source[cursor + 1] == wanted {
                // `\|` in a table cell: the table extension unescapes it before the code span is read.
                write(cursor + 1..<cursor + 2)
                cursor += 2
                index += 1
            } else if !resynchronize(literal[index...]) {
                lost(literal[index...], emit: true)
                return
            }
            runStart = cursor
        }
        flush(runStart, emit: true)
        // The space stripped before the closing backticks, and the backticks themselves.
        var probe = cursor
        while probe < limit, source[probe] == 0x20 || source[probe] == 0x0A || source[probe] == 0x0D { probe += 1 }
        var closing = 0
        while probe < limit, source[probe] == 0x60, closing < fence { probe += 1; closing += 1 }
        if closing == fence { cursor = probe }
    }

    private mutating func inlineHTML(_ literal: [UInt8]) {
        skipSpaces()
        let start = cursor
        align(text: literal, emit: false)
        let range = start..<cursor
        let lowered = literal.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }.filter { $0 != 0x20 && $0 != 0x2F }
        if lowered == Array("<br>".utf8) {
            builders[builders.count - 1].space(range, hard: true)
        } else if literal.starts(with: "<!--".utf8), range.count >= 7 {
            let text = TextLineRules.trimmedText((range.lowerBound + 4)..<(range.upperBound - 3), in: source)
            if TextLineRules.isDirective(text) { directives.append(DirectiveComment(text: text, sourceRange: range)) }
        }
    }

    private mutating func link(_ node: MarkdownNode) {
        skipSpaces()
        let opener: UInt8 = cursor < limit ? source[cursor] : 0
        if opener == 0x5B || opener == 0x3C { cursor += 1 }
        let contentStart = cursor
        let textStart = builders[builders.count - 1].position
        align(childrenOf: node)
        let textEnd = builders[builders.count - 1].count
        var target: Range<Int>?
        switch opener {
        case 0x5B:
            target = closeBracket()
        case 0x3C:
            target = contentStart..<cursor
            if cursor < limit, source[cursor] == 0x3E { cursor += 1 }
        default:
            // An extended autolink (`www.example.org`): the text is the destination.
            target = contentStart..<cursor
        }
        // Links inside an image description are part of its alt text only.
        guard builders.count == 1 else { return }
        links.append(Link(target: node.url, textRange: min(textStart, textEnd)..<textEnd, targetSourceRange: target))
    }

    private mutating func image(_ node: MarkdownNode) {
        skipSpaces()
        if cursor + 1 < limit, source[cursor] == 0x21, source[cursor + 1] == 0x5B { cursor += 2 }
        // An image inside an image description adds its own description to the outer one.
        guard builders.count == 1 else {
            align(childrenOf: node)
            _ = closeBracket()
            return
        }
        builders.append(CollapsingTextBuilder(source: source))
        align(childrenOf: node)
        let alt = builders.removeLast()
        _ = closeBracket()
        let (text, map) = alt.finish()
        if !text.isEmpty { images.append((text, map)) }
    }

    /// Steps over the `]` ending a link's text and what follows it: `(destination "title")`, `[label]` or
    /// nothing (a shortcut reference). Returns the destination's source range for an inline link.
    private mutating func closeBracket() -> Range<Int>? {
        guard cursor < limit, source[cursor] == 0x5D else { return nil }
        cursor += 1
        guard cursor < limit else { return nil }
        if source[cursor] == 0x5B {
            skipBracketed()
            return nil
        }
        guard source[cursor] == 0x28 else { return nil }
        var position = cursor + 1
        skipLinkSpace(&position)
        var destination = position..<position
        if position < limit, source[position] == 0x3C {
            var end = position + 1
            while end < limit, source[end] != 0x3E, source[end] != 0x0A {
                end += source[end] == 0x5C ? 2 : 1
            }
            guard end < limit, source[end] == 0x3E else { return nil }
            destination = (position + 1)..<end
            position = end + 1
        } else {
            var depth = 0
            let start = position
            while position < limit {
                let byte = source[position]
                if byte <= 0x20 { break }
                if byte == 0x5C, position + 1 < limit { position += 2; continue }
                if byte == 0x28 { depth += 1 }
                if byte == 0x29 { if depth == 0 { break }; depth -= 1 }
                position += 1
            }
            destination = start..<min(position, limit)
        }
        skipLinkSpace(&position)
        if position < limit, source[position] == 0x22 || source[position] == 0x27 || source[position] == 0x28 {
            let closer: UInt8 = source[position] == 0x28 ? 0x29 : source[position]
            position += 1
            while position < limit, source[position] != closer { position += source[position] == 0x5C ? 2 : 1 }
            guard position < limit else { return nil }
            position += 1
            skipLinkSpace(&position)
        }
        guard position < limit, source[position] == 0x29 else { return nil }
        cursor = position + 1
        return destination
    }

    /// White space inside link syntax, which may cross a line end (and the next line's `>` markers).
    private func skipLinkSpace(_ position: inout Int) {
        var afterLineEnd = false
        while position < limit {
            let byte = source[position]
            if byte == 0x0A || byte == 0x0D {
                afterLineEnd = true
            } else if !(byte == 0x20 || byte == 0x09 || (afterLineEnd && byte == 0x3E)) {
                return
            }
            position += 1
        }
    }

    /// Steps over `[...]` (a reference label or footnote marker; brackets inside are escaped).
    private mutating func skipBracketed() {
        var position = cursor + 1
        while position < limit, source[position] != 0x5D {
            position += source[position] == 0x5C ? 2 : 1
        }
        if position < limit { cursor = position + 1 }
    }

    // MARK: Helpers

    private mutating func skip(while predicate: (UInt8) -> Bool) {
        while cursor < limit, predicate(source[cursor]) { cursor += 1 }
    }

    /// White space and, before a construct's opening syntax, quote markers left from a line end.
    private mutating func skipSpaces() { skip { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E } }

    /// The indentation and up to `quoteDepth` `>` markers that start a continuation line (a lazy line has
    /// fewer; a `>` beyond them is text).
    private mutating func skipContainerMarkers() {
        skip { $0 == 0x20 || $0 == 0x09 }
        var markers = 0
        while markers < quoteDepth, cursor < limit, source[cursor] == 0x3E {
            cursor += 1
            markers += 1
            skip { $0 == 0x20 || $0 == 0x09 }
        }
    }

    private mutating func skipLineEnd() {
        guard cursor < limit else { return }
        if source[cursor] == 0x0D {
            cursor += 1
            if cursor < limit, source[cursor] == 0x0A { cursor += 1 }
        } else if source[cursor] == 0x0A {
            cursor += 1
        }
    }

    private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        byte >= 0x21 && byte <= 0x2F || byte >= 0x3A && byte <= 0x40 || byte >= 0x5B && byte <= 0x60
            || byte >= 0x7B && byte <= 0x7E
    }
}
