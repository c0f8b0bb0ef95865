import CaveatDocument

/// The line-level pass for Markdown: headings (ATX and setext), paragraphs, list items, blockquotes, fenced
/// and indented code, GFM tables, thematic breaks, link reference definitions and comment lines.
///
/// A CommonMark subset meant for articles: block quotes and list items hold their text as one block each
/// (nested Markdown inside a quote stays text), and raw HTML blocks are not recognised (their tags are
/// dropped by the inline pass) except `<script>`, `<style>` and `<textarea>`, which are skipped whole.
struct MarkdownBlockParser {
    struct Output {
        var specs: [MarkdownBlockSpec] = []
        var directives: [DirectiveComment] = []
        var references: [String: MarkdownInlineParser.Reference] = [:]
        var diagnostics: [(message: String, code: String, offset: Int)] = []
        /// Whether the document has `#` or setext headings (then no heading is guessed from short lines).
        var hasHeadings = false
    }

    let bytes: [UInt8]
    let lines: [MarkdownLine]

    /// Lower-cased label with inner white space collapsed, for matching references.
    static func normalizedLabel(_ label: some Sequence<UInt8>) -> String {
        var result: [UInt8] = []
        var pendingSpace = false
        for byte in label {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(0x20); pendingSpace = false }
            result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    func parse(from first: Int) -> Output {
        var output = Output()
        var open: MarkdownBlockSpec?
        var openHardBreak = false
        var listContext = false
        var previousBlank = true
        var index = first

        func close(standalone: Bool) {
            guard var spec = open else { return }
            if !standalone { spec.standalone = false }
            output.specs.append(spec)
            open = nil
        }

        while index < lines.count {
            let line = lines[index]
            let (columns, contentStart) = line.indentation(in: bytes)
            if contentStart == line.end {
                close(standalone: true)
                previousBlank = true
                index += 1
                continue
            }
            let wasBlank = previousBlank
            previousBlank = false
            let end = line.trimmedEnd(in: bytes)
            let first = bytes[contentStart]

            if columns <= 3, first == 0x60 || first == 0x7E, let fence = fenceLength(contentStart, end) {
                close(standalone: false)
                index = readFence(from: index, indent: columns, marker: first, length: fence, into: &output)
                listContext = false
                continue
            }
            if columns >= 4, open == nil, !listContext {
                index = readIndentedCode(from: index, into: &output)
                continue
            }
            if columns <= 3, first == 0x3C,
               let comment = MarkdownLineRules.commentBlock(startingAt: index, lines: lines, in: bytes) {
                close(standalone: false)
                let text = MarkdownLineRules.trimmedText(comment.inner, in: bytes)
                if MarkdownLineRules.isDirective(text) {
                    output.directives.append(DirectiveComment(text: text, sourceRange: comment.range))
                }
                index = comment.lastLine + 1
                continue
            }
            if columns <= 3, first == 0x3C, let closer = rawBlockCloser(contentStart, end) {
                close(standalone: false)
                index = skipRawBlock(from: index, closer: closer)
                continue
            }
            if columns <= 3, first == 0x23, let heading = atxHeading(contentStart, end) {
                close(standalone: false)
                if !heading.content.isEmpty {
                    output.specs.append(MarkdownBlockSpec(kind: .heading, level: heading.level, element: "md-heading",
                                                          piece: heading.content))
                }
                output.hasHeadings = true
                listContext = false
                index += 1
                continue
            }
            if columns <= 3, var spec = open, spec.element == "md-paragraph", first == 0x3D || first == 0x2D,
               bytes[contentStart..<end].allSatisfy({ $0 == first }) {
                spec.kind = .heading
                spec.level = first == 0x3D ? 1 : 2
                spec.element = "md-setext-heading"
                spec.standalone = false
                output.specs.append(spec)
                open = nil
                output.hasHeadings = true
                index += 1
                continue
            }
            if columns <= 3, isThematicBreak(contentStart, end) {
                close(standalone: false)
                listContext = false
                index += 1
                continue
            }
            if columns <= 3, first == 0x3E {
                var start = contentStart + 1
                if start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                listContext = false
                if start >= end {
                    close(standalone: false)
                } else if open?.kind == .blockquote {
                    let (piece, hard) = contentPiece(start, end, line)
                    open?.append(piece, hardBreak: openHardBreak)
                    openHardBreak = hard
                } else {
                    close(standalone: false)
                    let (piece, hard) = contentPiece(start, end, line)
                    open = MarkdownBlockSpec(kind: .blockquote, element: "md-blockquote", piece: piece)
                    openHardBreak = hard
                }
                index += 1
                continue
            }
            if let itemStart = MarkdownLineRules.listContentStart(line, in: bytes, maxDigits: 9),
               canInterrupt(open, contentStart: contentStart, itemStart: itemStart, end: end) {
                close(standalone: false)
                let (piece, hard) = contentPiece(min(itemStart, end), end, line)
                open = MarkdownBlockSpec(kind: .listItem, element: "md-list-item", piece: piece)
                openHardBreak = hard
                listContext = true
                index += 1
                continue
            }
            if columns <= 3, index + 1 < lines.count, bytes[contentStart..<end].contains(0x7C),
               isDelimiterRow(lines[index + 1]) {
                close(standalone: false)
                index = readTable(from: index, into: &output)
                listContext = false
                continue
            }
            if open == nil, columns <= 3, first == 0x5B, let definition = referenceDefinition(contentStart, end) {
                output.references[definition.label] = definition.reference
                index += 1
                continue
            }
            // Paragraph text, or a lazy continuation of the open block.
            let (piece, hard) = contentPiece(contentStart, end, line)
            if open != nil {
                open?.append(piece, hardBreak: openHardBreak)
            } else {
                if wasBlank, columns < 2 { listContext = false }
                open = MarkdownBlockSpec(kind: .paragraph, element: "md-paragraph", piece: piece, standalone: wasBlank)
            }
            openHardBreak = hard
            index += 1
        }
        close(standalone: true)
        return output
    }

    /// Whether a list item may start while `open` is a paragraph: as in CommonMark, only a non-empty item,
    /// and only an ordered item numbered 1 (so a wrapped line starting `2020. ` stays in its paragraph).
    private func canInterrupt(_ open: MarkdownBlockSpec?, contentStart: Int, itemStart: Int, end: Int) -> Bool {
        guard let open, open.element == "md-paragraph" else { return true }
        guard itemStart < end else { return false }
        guard MarkdownLineRules.isDigit(bytes[contentStart]) else { return true }
        var index = contentStart
        while index < end, bytes[index] == 0x30 { index += 1 }
        return index < end && bytes[index] == 0x31 && index + 1 < end && !MarkdownLineRules.isDigit(bytes[index + 1])
    }

    /// A line's content and whether it ends in a hard break (two trailing spaces or a backslash).
    private func contentPiece(_ start: Int, _ end: Int, _ line: MarkdownLine) -> (Range<Int>, Bool) {
        if end > start, bytes[end - 1] == 0x5C, end - 2 < start || bytes[end - 2] != 0x5C {
            return (start..<(end - 1), true)
        }
        return (start..<end, line.end - end >= 2 && bytes[end..<line.end].allSatisfy { $0 == 0x20 })
    }

    // MARK: Raw HTML whose content is not prose

    /// `</script>`, `</style>` or `</textarea>` when the line opens such an element (CommonMark HTML block 1).
    private func rawBlockCloser(_ start: Int, _ end: Int) -> [UInt8]? {
        for name in ["script", "style", "textarea"] {
            let length = name.utf8.count
            guard start + 1 + length <= end else { continue }
            let candidate = bytes[(start + 1)..<(start + 1 + length)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            guard candidate.elementsEqual(name.utf8) else { continue }
            let after = start + 1 + length
            if after == end || [0x20, 0x09, 0x3E].contains(bytes[after]) { return Array("</\(name)>".utf8) }
        }
        return nil
    }

    /// Skips lines up to and including the one holding `closer` (case-insensitive), or to the end of the file.
    private func skipRawBlock(from first: Int, closer: [UInt8]) -> Int {
        var index = first
        while index < lines.count {
            let line = lines[index]
            index += 1
            let lowered = bytes[line.start..<line.end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if lowered.count >= closer.count,
               (0...(lowered.count - closer.count)).contains(where: { lowered[$0..<($0 + closer.count)].elementsEqual(closer) }) {
                return index
            }
        }
        return index
    }

    // MARK: Code

    private func fenceLength(_ start: Int, _ end: Int) -> Int? {
        let marker = bytes[start]
        var index = start
        while index < end, bytes[index] == marker { index += 1 }
        let length = index - start
        guard length >= 3 else { return nil }
        if marker == 0x60, bytes[index..<end].contains(0x60) { return nil }
        return length
    }

    private func readFence(from opening: Int, indent: Int, marker: UInt8, length: Int,
                           into output: inout Output) -> Int {
        var pieces: [Range<Int>] = []
        var index = opening + 1
        var closed = false
        while index < lines.count {
            let line = lines[index]
            let (columns, start) = line.indentation(in: bytes)
            let end = line.trimmedEnd(in: bytes)
            if columns <= 3, start < end, bytes[start] == marker,
               bytes[start..<end].allSatisfy({ $0 == marker }), end - start >= length {
                closed = true
                index += 1
                break
            }
            pieces.append(line.offset(afterIndent: indent, in: bytes)..<line.end)
            index += 1
        }
        if !closed {
            output.diagnostics.append(("code fence opened here is never closed", "md-unclosed-fence",
                                       lines[opening].start))
        }
        appendPreformatted(pieces, into: &output)
        return index
    }

    private func readIndentedCode(from first: Int, into output: inout Output) -> Int {
        var pieces: [Range<Int>] = []
        var index = first
        while index < lines.count {
            let line = lines[index]
            let (columns, start) = line.indentation(in: bytes)
            if start == line.end {
                pieces.append(line.end..<line.end)
            } else if columns >= 4 {
                pieces.append(line.offset(afterIndent: 4, in: bytes)..<line.end)
            } else {
                break
            }
            index += 1
        }
        appendPreformatted(pieces, into: &output)
        return index
    }

    private func appendPreformatted(_ pieces: [Range<Int>], into output: inout Output) {
        var pieces = pieces
        while let last = pieces.last, bytes[last].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { pieces.removeLast() }
        while let first = pieces.first, bytes[first].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { pieces.removeFirst() }
        guard let first = pieces.first else { return }
        var spec = MarkdownBlockSpec(kind: .preformatted, element: "md-code", piece: first)
        for piece in pieces.dropFirst() { spec.append(piece) }
        output.specs.append(spec)
    }

    // MARK: Headings and breaks

    private func atxHeading(_ start: Int, _ end: Int) -> (level: Int, content: Range<Int>)? {
        var index = start
        while index < end, bytes[index] == 0x23 { index += 1 }
        let level = index - start
        guard level <= 6 else { return nil }
        guard index == end || bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        var contentEnd = end
        // A closing run of `#` counts only after white space (or when it is all there is).
        var hashes = contentEnd
        while hashes > index, bytes[hashes - 1] == 0x23 { hashes -= 1 }
        if hashes < contentEnd, hashes == index || bytes[hashes - 1] == 0x20 || bytes[hashes - 1] == 0x09 {
            contentEnd = hashes
            while contentEnd > index, bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09 { contentEnd -= 1 }
        }
        // Trailing attributes some dialects allow (`## Dosing {#dosing}`) are not heading text.
        if contentEnd > index, bytes[contentEnd - 1] == 0x7D,
           let open = bytes[index..<contentEnd].lastIndex(of: 0x7B), open > index, bytes[open - 1] == 0x20,
           open + 1 < contentEnd, bytes[open + 1] == 0x23 || bytes[open + 1] == 0x2E {
            contentEnd = open
            while contentEnd > index, bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09 { contentEnd -= 1 }
        }
        return (level, index..<max(index, contentEnd))
    }

    private func isThematicBreak(_ start: Int, _ end: Int) -> Bool {
        let marker = bytes[start]
        guard marker == 0x2D || marker == 0x2A || marker == 0x5F else { return false }
        var count = 0
        for byte in bytes[start..<end] {
            if byte == marker { count += 1 } else if byte != 0x20 && byte != 0x09 { return false }
        }
        return count >= 3
    }

    // MARK: Tables

    private func cells(_ start: Int, _ end: Int) -> [Range<Int>] {
        var lower = start
        var upper = end
        if lower < upper, bytes[lower] == 0x7C { lower += 1 }
        if upper > lower, bytes[upper - 1] == 0x7C, upper - 2 < lower || bytes[upper - 2] != 0x5C { upper -= 1 }
        var result: [Range<Int>] = []
        var cellStart = lower
        var inCode = false
        var index = lower
        while index <= upper {
            if index == upper || (!inCode && bytes[index] == 0x7C && (index == lower || bytes[index - 1] != 0x5C)) {
                var a = cellStart
                var b = index
                while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
                while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
                result.append(a..<b)
                cellStart = index + 1
            } else if bytes[index] == 0x60 {
                inCode.toggle()
            }
            index += 1
        }
        return result
    }

    private func isDelimiterRow(_ line: MarkdownLine) -> Bool {
        let (columns, start) = line.indentation(in: bytes)
        let end = line.trimmedEnd(in: bytes)
        guard columns <= 3, start < end, bytes[start..<end].contains(0x2D) else { return false }
        let parts = cells(start, end)
        guard !parts.isEmpty else { return false }
        return parts.allSatisfy { part in
            var lower = part.lowerBound
            var upper = part.upperBound
            if lower < upper, bytes[lower] == 0x3A { lower += 1 }
            if upper > lower, bytes[upper - 1] == 0x3A { upper -= 1 }
            return upper > lower && bytes[lower..<upper].allSatisfy { $0 == 0x2D }
        }
    }

    private func readTable(from header: Int, into output: inout Output) -> Int {
        var rows = [header]
        var index = header + 2
        while index < lines.count {
            let line = lines[index]
            let (_, start) = line.indentation(in: bytes)
            guard start < line.end, bytes[start..<line.end].contains(0x7C) else { break }
            rows.append(index)
            index += 1
        }
        for row in rows {
            let line = lines[row]
            let (_, start) = line.indentation(in: bytes)
            for cell in cells(start, line.trimmedEnd(in: bytes)) where !cell.isEmpty {
                output.specs.append(MarkdownBlockSpec(kind: .tableCell, element: "md-table-cell", piece: cell))
            }
        }
        return index
    }

    // MARK: Link reference definitions

    private func referenceDefinition(_ start: Int, _ end: Int) -> (label: String, reference: MarkdownInlineParser.Reference)? {
        var index = start + 1
        while index < end, bytes[index] != 0x5D, bytes[index] != 0x5B { index += 1 }
        guard index + 1 < end, bytes[index] == 0x5D, bytes[index + 1] == 0x3A, index > start + 1 else { return nil }
        let label = MarkdownBlockParser.normalizedLabel(bytes[(start + 1)..<index])
        index += 2
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < end else { return nil }
        var targetStart = index
        var targetEnd: Int
        if bytes[index] == 0x3C {
            targetStart += 1
            targetEnd = targetStart
            while targetEnd < end, bytes[targetEnd] != 0x3E { targetEnd += 1 }
            guard targetEnd < end else { return nil }
            index = targetEnd + 1
        } else {
            while index < end, bytes[index] != 0x20, bytes[index] != 0x09 { index += 1 }
            targetEnd = index
        }
        // Anything after the target must be a title.
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        if index < end, ![0x22, 0x27, 0x28].contains(bytes[index]) { return nil }
        let target = String(decoding: bytes[targetStart..<targetEnd], as: UTF8.self)
        return (label, MarkdownInlineParser.Reference(target: target, sourceRange: targetStart..<targetEnd))
    }
}
