import CaveatDocument

/// Source positions for Markdown blocks: cmark-gfm's 1-based lines and byte columns turned into offsets in
/// `SourceText.utf8`, and the literal lines of code and HTML blocks traced back to the source lines they
/// were cut from.
///
/// cmark-gfm counts lines from the start of what it parsed (after any front matter), so `firstLine` is the
/// source line it calls line 1.
struct MarkdownLiteralLines {
    /// Where each byte of a literal came from: `start[i]..<end[i]` in the source.
    struct Origins {
        var start: [Int] = []
        var end: [Int] = []

        func range(of index: Int) -> Range<Int> { start[index]..<max(start[index], end[index]) }

        /// Whether `literal[range]` is a byte-for-byte copy of the source at `start[range.lowerBound]`.
        func isExact(_ range: Range<Int>, in source: [UInt8], literal: [UInt8]) -> Bool {
            let from = start[range.lowerBound]
            guard from + range.count <= source.count else { return false }
            return source[from..<(from + range.count)].elementsEqual(literal[range])
        }
    }

    let source: SourceText
    let firstLine: Int

    /// The offset of a cmark-gfm line and byte column, clamped to the line.
    func offset(line: Int, column: Int) -> Int {
        let index = firstLine + line - 1
        guard index >= 0, index < source.lineStarts.count else { return source.utf8.count }
        return min(source.lineStarts[index] + max(0, column - 1), contentEnd(index: index))
    }

    /// The offset just past the content of a cmark-gfm line (its terminator excluded).
    func contentEnd(line: Int) -> Int {
        let index = firstLine + line - 1
        guard index >= 0, index < source.lineStarts.count else { return source.utf8.count }
        return contentEnd(index: index)
    }

    private func contentEnd(index: Int) -> Int {
        let bytes = source.utf8
        var end = index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] : bytes.count
        if end > source.lineStarts[index], bytes[end - 1] == 0x0A { end -= 1 }
        if end > source.lineStarts[index], bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The cells of a table row written on a cmark-gfm line: the spans between unescaped pipes, after the
    /// container markers and without the row's outer pipes.
    func cellRanges(line: Int) -> [Range<Int>] {
        let index = firstLine + line - 1
        guard index >= 0, index < source.lineStarts.count else { return [] }
        let bytes = source.utf8
        var start = source.lineStarts[index]
        var end = contentEnd(index: index)
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x3E { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start < end, bytes[start] == 0x7C { start += 1 }
        if end > start, bytes[end - 1] == 0x7C, end - 2 < start || bytes[end - 2] != 0x5C { end -= 1 }
        var cells: [Range<Int>] = []
        var cellStart = start
        var position = start
        while position < end {
            if bytes[position] == 0x5C {
                position += 2
                continue
            }
            if bytes[position] == 0x7C {
                cells.append(cellStart..<position)
                cellStart = position + 1
            }
            position += 1
        }
        cells.append(cellStart..<max(cellStart, end))
        return cells
    }

    /// Whether a cmark-gfm line is blank or outside the parsed text.
    func isBlank(line: Int) -> Bool {
        let index = firstLine + line - 1
        guard index >= firstLine, index < source.lineStarts.count else { return true }
        let bytes = source.utf8
        return bytes[source.lineStarts[index]..<contentEnd(index: index)].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Whether a fenced code block's last line is its closing fence (an unclosed fence runs to the end of
    /// its container).
    func closesFence(_ node: MarkdownNode) -> Bool {
        guard let fence = node.fence, node.endLine > node.startLine else { return false }
        let index = firstLine + node.endLine - 1
        guard index >= 0, index < source.lineStarts.count else { return false }
        var content = source.utf8[source.lineStarts[index]..<contentEnd(index: index)]
        while let last = content.last, last == 0x20 || last == 0x09 { content = content.dropLast() }
        // Container markers and indentation come first.
        content = content.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }
        return content.count >= fence.length && content.allSatisfy { $0 == fence.character }
    }

    /// Traces each byte of a block's literal (lines joined by `\n`) to the source, line `fromLine` onwards.
    ///
    /// cmark-gfm cuts a code or HTML block's lines out of the source after the container markers and
    /// indentation, so a literal line is normally the end of its source line; when tabs were expanded it is
    /// matched byte by byte instead (a space from a tab maps to the tab).
    func origins(of literal: [UInt8], fromLine: Int) -> Origins {
        var origins = Origins()
        origins.start.reserveCapacity(literal.count)
        origins.end.reserveCapacity(literal.count)
        let bytes = source.utf8
        var lineIndex = firstLine + fromLine - 1
        var lineStart = 0
        while lineStart <= literal.count {
            var lineEnd = lineStart
            while lineEnd < literal.count, literal[lineEnd] != 0x0A { lineEnd += 1 }
            let piece = literal[lineStart..<lineEnd]
            guard lineIndex >= 0, lineIndex < source.lineStarts.count else {
                for _ in lineStart..<min(lineEnd + 1, literal.count) {
                    origins.start.append(bytes.count)
                    origins.end.append(bytes.count)
                }
                lineStart = lineEnd + 1
                lineIndex += 1
                continue
            }
            let sourceStart = source.lineStarts[lineIndex]
            let sourceEnd = contentEnd(index: lineIndex)
            if piece.count <= sourceEnd - sourceStart,
               bytes[(sourceEnd - piece.count)..<sourceEnd].elementsEqual(piece) {
                for offset in (sourceEnd - piece.count)..<sourceEnd {
                    origins.start.append(offset)
                    origins.end.append(offset + 1)
                }
            } else if let spaces = piece.firstIndex(where: { $0 != 0x20 }).map({ $0 - piece.startIndex }),
                      spaces > 0, piece.count - spaces <= sourceEnd - sourceStart,
                      bytes[(sourceEnd - piece.count + spaces)..<sourceEnd].elementsEqual(piece.dropFirst(spaces)) {
                // Indentation from partly used tabs: the spaces map to the tab before the rest of the line.
                let restStart = sourceEnd - (piece.count - spaces)
                let tab = restStart > sourceStart ? restStart - 1 : restStart
                for _ in 0..<spaces {
                    origins.start.append(tab)
                    origins.end.append(tab + 1)
                }
                for offset in restStart..<sourceEnd {
                    origins.start.append(offset)
                    origins.end.append(offset + 1)
                }
            } else {
                var position = sourceStart
                for byte in piece {
                    if position < sourceEnd, bytes[position] == byte {
                        origins.start.append(position)
                        origins.end.append(position + 1)
                        position += 1
                    } else if byte == 0x20, position < sourceEnd, bytes[position] == 0x09 {
                        origins.start.append(position)
                        origins.end.append(position + 1)
                    } else {
                        let found = bytes[position..<sourceEnd].firstIndex(of: byte)
                        let at = found ?? sourceEnd
                        origins.start.append(at)
                        origins.end.append(found == nil ? at : at + 1)
                        if found != nil { position = at + 1 }
                    }
                }
            }
            if lineEnd < literal.count {
                // The `\n` stands for the line's terminator.
                let next = lineIndex + 1 < source.lineStarts.count ? source.lineStarts[lineIndex + 1] : bytes.count
                origins.start.append(sourceEnd)
                origins.end.append(next)
            }
            lineStart = lineEnd + 1
            lineIndex += 1
        }
        return origins
    }
}
