import CaveatDocument

/// The inline pass: turns a block's pieces into text, a position map, links, image alt texts and inline
/// directive comments.
///
/// In plain-text mode only white space is touched (collapsed to single spaces). In Markdown mode it also
/// drops emphasis delimiters (`*`, `_`, `**`, `~~`) that pair up, code-span backticks, link and image
/// syntax, autolink brackets, HTML tags and comments, and backslash escapes, and decodes character
/// references. Text bytes copied from the source always map verbatim to exactly those source bytes, so a
/// word split by emphasis (`**Val**ium`) still points at its letters in the file.
struct MarkdownInlineParser {
    /// What one block turns into.
    struct Result {
        var text: String
        var map: TextMap
        var links: [Link]
        /// The alt texts of the block's images (`![alt](src)`), each with its own map.
        var images: [(text: String, map: TextMap)]
        var directives: [DirectiveComment]
    }

    /// A link reference definition (`[label]: target`).
    struct Reference {
        var target: String
        var sourceRange: Range<Int>
    }

    let source: [UInt8]
    let markdown: Bool
    /// Link reference definitions by normalised label.
    let references: [String: Reference]

    func parse(_ spec: MarkdownBlockSpec) -> Result {
        if spec.kind == .preformatted { return preformatted(spec) }
        if !markdown { return plain(spec) }
        let state = InlineState(parser: self, spec: spec)
        var builder = MarkdownTextBuilder(source: source)
        var links: [Link] = []
        var images: [Range<Int>] = []
        var directives: [DirectiveComment] = []
        state.render(0..<state.virtual.count, into: &builder, links: &links, images: &images, directives: &directives)
        var altTexts: [(text: String, map: TextMap)] = []
        for image in images {
            var altBuilder = MarkdownTextBuilder(source: source)
            var ignoredLinks: [Link] = []
            var nestedImages: [Range<Int>] = []
            state.render(image, into: &altBuilder, links: &ignoredLinks, images: &nestedImages,
                         directives: &directives)
            altTexts.append(altBuilder.finish())
        }
        let (text, map) = builder.finish()
        return Result(text: text, map: map, links: links, images: altTexts, directives: directives)
    }

    /// Lines joined by `\n`, each copied as is.
    private func preformatted(_ spec: MarkdownBlockSpec) -> Result {
        var builder = MarkdownTextBuilder(source: source)
        for (index, piece) in spec.pieces.enumerated() {
            if index > 0 { builder.lineBreak(spec.pieces[index - 1].upperBound..<piece.lowerBound) }
            builder.verbatim(piece.lowerBound, length: piece.count)
        }
        let (text, map) = builder.finish()
        return Result(text: text, map: map, links: [], images: [], directives: [])
    }

    /// Plain text: content copied, white space collapsed.
    private func plain(_ spec: MarkdownBlockSpec) -> Result {
        var builder = MarkdownTextBuilder(source: source)
        for (index, piece) in spec.pieces.enumerated() {
            if index > 0 {
                builder.space(spec.pieces[index - 1].upperBound..<piece.lowerBound, hard: spec.hardBreaks[index - 1])
            }
            var position = piece.lowerBound
            var runStart = position
            while position < piece.upperBound {
                let width = MarkdownLineRules.whitespaceLength(source, position, piece.upperBound)
                if width > 0 {
                    builder.verbatim(runStart, length: position - runStart)
                    builder.space(position..<(position + width))
                    position += width
                    runStart = position
                } else {
                    position += 1
                }
            }
            builder.verbatim(runStart, length: piece.upperBound - runStart)
        }
        let (text, map) = builder.finish()
        return Result(text: text, map: map, links: [], images: [], directives: [])
    }
}

/// The Markdown inline pass over one block, whose pieces are laid end to end in `virtual` with one `\n`
/// between lines; `origin` gives each virtual byte's source offset.
private struct InlineState {
    let parser: MarkdownInlineParser
    var virtual: [UInt8] = []
    var origin: [Int] = []
    /// For each line join in `virtual`: the source range it stands for and whether it is a hard break.
    var joins: [Int: (range: Range<Int>, hard: Bool)] = [:]
    /// Code spans by the index of their opening backtick run.
    var codeSpans: [Int: (content: Range<Int>, end: Int)] = [:]
    /// Links and images by the index of their `[` (or `!`).
    var links: [Int: LinkSpan] = [:]
    /// Emphasis delimiters that paired up and are left out of the text.
    var dropped: [Bool] = []

    struct LinkSpan {
        var text: Range<Int>
        var end: Int
        var target: String
        var targetSourceRange: Range<Int>?
        var isImage: Bool
    }

    private struct OpenLink {
        var span: LinkSpan
        var textStart: Int
    }

    init(parser: MarkdownInlineParser, spec: MarkdownBlockSpec) {
        self.parser = parser
        let source = parser.source
        for (index, piece) in spec.pieces.enumerated() {
            if index > 0 {
                let previous = spec.pieces[index - 1]
                joins[virtual.count] = (previous.upperBound..<piece.lowerBound, spec.hardBreaks[index - 1])
                virtual.append(0x0A)
                origin.append(previous.upperBound)
            }
            virtual.append(contentsOf: source[piece])
            origin.append(contentsOf: piece)
        }
        dropped = [Bool](repeating: false, count: virtual.count)
        findCodeSpans()
        findLinks()
        findEmphasis()
    }

    // MARK: Pre-passes

    private mutating func findCodeSpans() {
        let count = virtual.count
        var unmatched: Set<Int> = []
        var index = 0
        while index < count {
            let byte = virtual[index]
            if byte == 0x5C { index += 2; continue }
            guard byte == 0x60 else { index += 1; continue }
            let runStart = index
            while index < count, virtual[index] == 0x60 { index += 1 }
            let length = index - runStart
            // A length that found no closing run once will not find one later either (keeps this linear).
            if unmatched.contains(length) { continue }
            var search = index
            var matched = false
            defer { if !matched { unmatched.insert(length) } }
            while search < count {
                guard virtual[search] == 0x60 else { search += 1; continue }
                let closeStart = search
                while search < count, virtual[search] == 0x60 { search += 1 }
                if search - closeStart == length {
                    matched = true
                    codeSpans[runStart] = (index..<closeStart, search)
                    index = search
                    break
                }
            }
        }
    }

    private mutating func findLinks() {
        let count = virtual.count
        var openers: [(index: Int, isImage: Bool)] = []
        var index = 0
        while index < count {
            let byte = virtual[index]
            if byte == 0x5C { index += 2; continue }
            if byte == 0x60, let span = codeSpans[index] { index = span.end; continue }
            if byte == 0x3C, let construct = angleConstruct(at: index) { index = construct.end; continue }
            if byte == 0x21, index + 1 < count, virtual[index + 1] == 0x5B {
                openers.append((index, true))
                index += 2
                continue
            }
            if byte == 0x5B { openers.append((index, false)); index += 1; continue }
            guard byte == 0x5D, let opener = openers.popLast() else { index += 1; continue }
            let textStart = opener.index + (opener.isImage ? 2 : 1)
            if let span = linkTail(afterBracket: index, text: textStart..<index, isImage: opener.isImage) {
                links[opener.index] = span
                // Links do not nest: once one forms, earlier `[` cannot open another around it.
                if !opener.isImage { openers.removeAll { !$0.isImage } }
                index = span.end
            } else {
                index += 1
            }
        }
    }

    /// The `(target "title")` or `[label]` after a `]`, or a defined shortcut reference.
    private func linkTail(afterBracket close: Int, text: Range<Int>, isImage: Bool) -> LinkSpan? {
        let count = virtual.count
        let next = close + 1
        if next < count, virtual[next] == 0x28 {
            var index = next + 1
            skipSpaces(&index)
            var targetRange = index..<index
            if index < count, virtual[index] == 0x3C {
                var end = index + 1
                while end < count, virtual[end] != 0x3E, virtual[end] != 0x0A, virtual[end] != 0x3C { end += 1 }
                guard end < count, virtual[end] == 0x3E else { return nil }
                targetRange = (index + 1)..<end
                index = end + 1
            } else {
                var depth = 0
                let start = index
                while index < count {
                    let byte = virtual[index]
                    if byte <= 0x20 { break }
                    if byte == 0x5C, index + 1 < count { index += 2; continue }
                    if byte == 0x28 { depth += 1 }
                    if byte == 0x29 { if depth == 0 { break }; depth -= 1 }
                    index += 1
                }
                targetRange = start..<index
            }
            skipSpaces(&index)
            if index < count, virtual[index] == 0x22 || virtual[index] == 0x27 || virtual[index] == 0x28 {
                let closer: UInt8 = virtual[index] == 0x28 ? 0x29 : virtual[index]
                index += 1
                while index < count, virtual[index] != closer { index += virtual[index] == 0x5C ? 2 : 1 }
                guard index < count else { return nil }
                index += 1
                skipSpaces(&index)
            }
            guard index < count, virtual[index] == 0x29 else { return nil }
            return LinkSpan(text: text, end: index + 1, target: string(targetRange),
                            targetSourceRange: sourceRange(targetRange), isImage: isImage)
        }
        guard !parser.references.isEmpty else { return nil }
        if next < count, virtual[next] == 0x5B {
            var end = next + 1
            while end < count, virtual[end] != 0x5D, virtual[end] != 0x5B { end += 1 }
            guard end < count, virtual[end] == 0x5D else { return nil }
            let label = end == next + 1 ? text : (next + 1)..<end
            guard let reference = parser.references[normalizedLabel(label)] else { return nil }
            return LinkSpan(text: text, end: end + 1, target: reference.target,
                            targetSourceRange: reference.sourceRange, isImage: isImage)
        }
        guard let reference = parser.references[normalizedLabel(text)] else { return nil }
        return LinkSpan(text: text, end: next, target: reference.target, targetSourceRange: reference.sourceRange,
                        isImage: isImage)
    }

    private func normalizedLabel(_ range: Range<Int>) -> String {
        MarkdownBlockParser.normalizedLabel(virtual[range])
    }

    private func skipSpaces(_ index: inout Int) {
        while index < virtual.count, virtual[index] == 0x20 || virtual[index] == 0x09 || virtual[index] == 0x0A {
            index += 1
        }
    }

    /// Pairs `*`, `_` and `~~` delimiter runs with the CommonMark flanking rules (ASCII approximation).
    private mutating func findEmphasis() {
        let count = virtual.count
        var stack: [(start: Int, end: Int, byte: UInt8)] = []
        var skipTo: [Int: Int] = [:]
        for span in links.values { skipTo[span.text.upperBound] = span.end }
        var index = 0
        while index < count {
            let byte = virtual[index]
            if byte == 0x5C { index += 2; continue }
            if byte == 0x60, let span = codeSpans[index] { index = span.end; continue }
            if byte == 0x5D, let end = skipTo[index] { index = end; continue }
            if byte == 0x3C, let construct = angleConstruct(at: index) { index = construct.end; continue }
            guard byte == 0x2A || byte == 0x5F || byte == 0x7E else { index += 1; continue }
            let start = index
            while index < count, virtual[index] == byte { index += 1 }
            if byte == 0x7E, index - start < 2 { continue }
            let before = start > 0 ? characterKind(start - 1) : .space
            let after = index < count ? characterKind(index) : .space
            let leftFlanking = after != .space && (after != .punctuation || before != .other)
            let rightFlanking = before != .space && (before != .punctuation || after != .other)
            let canOpen: Bool
            let canClose: Bool
            if byte == 0x5F {
                canOpen = leftFlanking && (!rightFlanking || before == .punctuation)
                canClose = rightFlanking && (!leftFlanking || after == .punctuation)
            } else {
                canOpen = leftFlanking
                canClose = rightFlanking
            }
            if canClose, let match = stack.lastIndex(where: { $0.byte == byte }) {
                // Runs of different lengths pair as far as the shorter one goes, from the inside out
                // (`**e*` drops one star on each side, like CommonMark's `*<em>e</em>`).
                let opener = stack[match]
                let used = min(opener.end - opener.start, index - start)
                for position in (opener.end - used)..<opener.end { dropped[position] = true }
                for position in start..<(start + used) { dropped[position] = true }
                stack.removeSubrange(match...)
                continue
            }
            if canOpen { stack.append((start, index, byte)) }
        }
    }

    private enum CharacterKind { case space, punctuation, other }

    private func characterKind(_ index: Int) -> CharacterKind {
        let byte = virtual[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A { return .space }
        if byte == 0xC2, index + 1 < virtual.count, virtual[index + 1] == 0xA0 { return .space }
        if byte == 0xA0, index > 0, virtual[index - 1] == 0xC2 { return .space }
        if byte >= 0x21 && byte <= 0x2F || byte >= 0x3A && byte <= 0x40 || byte >= 0x5B && byte <= 0x60
            || byte >= 0x7B && byte <= 0x7E {
            return .punctuation
        }
        return .other
    }

    // MARK: Angle-bracket constructs

    private enum Angle {
        case autolink(Range<Int>, email: Bool)
        case comment(Range<Int>)
        case tag(isBreak: Bool)
    }

    /// An autolink, HTML comment or HTML tag starting at the `<` at `index`.
    private func angleConstruct(at index: Int) -> (angle: Angle, end: Int)? {
        let count = virtual.count
        guard index + 2 < count else { return nil }
        if virtual[index + 1] == 0x21, index + 3 < count, virtual[index + 2] == 0x2D, virtual[index + 3] == 0x2D {
            var end = index + 4
            while end + 2 < count {
                if virtual[end] == 0x2D, virtual[end + 1] == 0x2D, virtual[end + 2] == 0x3E {
                    return (.comment((index + 4)..<end), end + 3)
                }
                end += 1
            }
            return nil
        }
        // Autolink: `<scheme:...>` or `<user@host>`, no spaces.
        var end = index + 1
        var colon = -1
        var at = -1
        while end < count, virtual[end] != 0x3E {
            let byte = virtual[end]
            if byte <= 0x20 || byte == 0x3C { break }
            if byte == 0x3A, colon < 0 { colon = end }
            if byte == 0x40, at < 0 { at = end }
            end += 1
        }
        if end < count, virtual[end] == 0x3E, end > index + 1 {
            let inner = (index + 1)..<end
            if colon > index + 2, colon - index <= 33, isScheme((index + 1)..<colon) {
                return (.autolink(inner, email: false), end + 1)
            }
            if at > index + 1, at < end - 1, colon < 0 { return (.autolink(inner, email: true), end + 1) }
        }
        // An HTML tag: `<name ...>` or `</name>`.
        var nameStart = index + 1
        if virtual[nameStart] == 0x2F { nameStart += 1 }
        guard nameStart < count, isASCIILetter(virtual[nameStart]) else { return nil }
        var nameEnd = nameStart
        while nameEnd < count, isASCIILetter(virtual[nameEnd]) || MarkdownLineRules.isDigit(virtual[nameEnd])
                || virtual[nameEnd] == 0x2D { nameEnd += 1 }
        guard nameEnd < count else { return nil }
        let afterName = virtual[nameEnd]
        guard afterName == 0x3E || afterName == 0x2F || afterName == 0x20 || afterName == 0x09 || afterName == 0x0A
        else { return nil }
        var close = nameEnd
        while close < count, close - index < 2000, virtual[close] != 0x3E, virtual[close] != 0x3C { close += 1 }
        guard close < count, virtual[close] == 0x3E else { return nil }
        let name = virtual[nameStart..<nameEnd].map { $0 | 0x20 }
        return (.tag(isBreak: name == [0x62, 0x72]), close + 1)
    }

    private func isScheme(_ range: Range<Int>) -> Bool {
        guard let first = range.first, isASCIILetter(virtual[first]) else { return false }
        return virtual[range].allSatisfy {
            isASCIILetter($0) || MarkdownLineRules.isDigit($0) || $0 == 0x2B || $0 == 0x2E || $0 == 0x2D
        }
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    // MARK: Rendering

    private func string(_ range: Range<Int>) -> String { String(decoding: virtual[range], as: UTF8.self) }

    /// The source range of a virtual range (from its first byte's source to just past its last byte's).
    private func sourceRange(_ range: Range<Int>) -> Range<Int>? {
        guard let last = range.last else { return nil }
        return origin[range.lowerBound]..<(origin[last] + 1)
    }

    private func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x0A, 0x20, 0x09, 0x0B, 0x0C, 0xC2, 0xE2, 0xE3, 0x5C, 0x60, 0x5B, 0x5D, 0x21, 0x3C, 0x26, 0x2A, 0x5F,
             0x7E:
            return true
        default:
            return false
        }
    }

    /// Writes the text of a virtual range.
    func render(_ range: Range<Int>, into builder: inout MarkdownTextBuilder, links found: inout [Link],
                images: inout [Range<Int>], directives: inout [DirectiveComment]) {
        var open: [OpenLink] = []
        var index = range.lowerBound
        let limit = range.upperBound
        while index < limit {
            if let top = open.last, top.span.text.upperBound == index {
                open.removeLast()
                let end = builder.count
                found.append(Link(target: top.span.target, textRange: min(top.textStart, end)..<end,
                                  targetSourceRange: top.span.targetSourceRange))
                index = top.span.end
                continue
            }
            let byte = virtual[index]
            if dropped[index] { index += 1; continue }
            if byte == 0x0A, let join = joins[index] {
                builder.space(join.range, hard: join.hard)
                index += 1
                continue
            }
            let width = MarkdownLineRules.whitespaceLength(virtual, index, limit)
            if width > 0 {
                builder.space(origin[index]..<(origin[index] + width))
                index += width
                continue
            }
            switch byte {
            case 0x5C where index + 1 < limit && isASCIIPunctuation(virtual[index + 1]):
                builder.verbatim(origin[index + 1], length: 1)
                index += 2
                continue
            case 0x60:
                if let span = codeSpans[index] {
                    renderCode(span.content, into: &builder)
                    index = span.end
                } else {
                    let start = index
                    while index < limit, virtual[index] == 0x60 { index += 1 }
                    builder.verbatim(origin[start], length: index - start)
                }
                continue
            case 0x5B, 0x21:
                if let span = links[index] {
                    if span.isImage {
                        images.append(span.text)
                        index = span.end
                    } else {
                        open.append(OpenLink(span: span, textStart: builder.position))
                        index = span.text.lowerBound
                    }
                    continue
                }
            case 0x3C:
                if let (angle, end) = angleConstruct(at: index) {
                    switch angle {
                    case .autolink(let inner, let email):
                        let start = builder.position
                        builder.verbatim(origin[inner.lowerBound], length: inner.count)
                        found.append(Link(target: (email ? "mailto:" : "") + string(inner),
                                          textRange: start..<builder.count, targetSourceRange: sourceRange(inner)))
                    case .comment(let inner):
                        if let innerSource = sourceRange(inner) ?? sourceRange(index..<end) {
                            let text = MarkdownLineRules.trimmedText(innerSource, in: parser.source)
                            if MarkdownLineRules.isDirective(text), let whole = sourceRange(index..<end) {
                                directives.append(DirectiveComment(text: text, sourceRange: whole))
                            }
                        }
                    case .tag(let isBreak):
                        if isBreak, let whole = sourceRange(index..<end) { builder.space(whole, hard: true) }
                    }
                    index = end
                    continue
                }
            case 0x26:
                if let (bytes, length) = MarkdownEntities.decode(virtual, at: index, limit: limit),
                   let whole = sourceRange(index..<(index + length)) {
                    if bytes == [0x20] { builder.space(whole) } else { builder.atomic(bytes, source: whole) }
                    index += length
                    continue
                }
            default:
                break
            }
            // A run of ordinary bytes (or a special byte that turned out to be ordinary here).
            var end = index + 1
            while end < limit, !isSpecial(virtual[end]) { end += 1 }
            if let top = open.last, top.span.text.upperBound > index, top.span.text.upperBound < end {
                end = top.span.text.upperBound
            }
            builder.verbatim(origin[index], length: end - index)
            index = end
        }
        // Links cut off by the end of the range (an image's alt text) still get their text.
        for link in open.reversed() {
            let end = builder.count
            found.append(Link(target: link.span.target, textRange: min(link.textStart, end)..<end,
                              targetSourceRange: link.span.targetSourceRange))
        }
    }

    /// A code span's content: one leading and one trailing space stripped when both are there.
    private func renderCode(_ content: Range<Int>, into builder: inout MarkdownTextBuilder) {
        var lower = content.lowerBound
        var upper = content.upperBound
        if upper - lower >= 2, virtual[lower] == 0x20 || virtual[lower] == 0x0A,
           virtual[upper - 1] == 0x20 || virtual[upper - 1] == 0x0A,
           virtual[content].contains(where: { $0 != 0x20 && $0 != 0x0A }) {
            lower += 1
            upper -= 1
        }
        var index = lower
        while index < upper {
            if virtual[index] == 0x0A, let join = joins[index] {
                builder.space(join.range)
                index += 1
                continue
            }
            let width = MarkdownLineRules.whitespaceLength(virtual, index, upper)
            if width > 0 {
                builder.space(origin[index]..<(origin[index] + width))
                index += width
                continue
            }
            var end = index + 1
            while end < upper, virtual[end] != 0x0A, MarkdownLineRules.whitespaceLength(virtual, end, upper) == 0 {
                end += 1
            }
            builder.verbatim(origin[index], length: end - index)
            index = end
        }
    }

    private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        byte >= 0x21 && byte <= 0x2F || byte >= 0x3A && byte <= 0x40 || byte >= 0x5B && byte <= 0x60
            || byte >= 0x7B && byte <= 0x7E
    }
}
