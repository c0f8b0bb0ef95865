/// One physical line of a plain-text source, as offsets in `SourceText.utf8`.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, like `SourceText`.
struct TextLine: Sendable {
    /// Offset of the first byte of the line.
    var start: Int
    /// Offset just past the last content byte (the terminator excluded).
    var end: Int
    /// Offset of the next line (just past the terminator).
    var next: Int

    /// Splits bytes into lines; a final line without a terminator counts, an empty final line does not.
    static func split(_ bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                lines.append(TextLine(start: start, end: index, next: index + 1))
                start = index + 1
            } else if byte == 0x0D {
                let next = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                lines.append(TextLine(start: start, end: index, next: next))
                start = next
                index = next - 1
            }
            index += 1
        }
        if start < count { lines.append(TextLine(start: start, end: count, next: count)) }
        return lines
    }

    /// The indentation in columns (a tab advances to the next multiple of 4) and the offset after it.
    func indentation(in bytes: [UInt8]) -> (columns: Int, contentStart: Int) {
        var columns = 0
        var index = start
        while index < end {
            if bytes[index] == 0x20 {
                columns += 1
            } else if bytes[index] == 0x09 {
                columns += 4 - columns % 4
            } else {
                break
            }
            index += 1
        }
        return (columns, index)
    }

    /// The offset just past the last byte that is not a space or tab.
    func trimmedEnd(in bytes: [UInt8]) -> Int {
        var index = end
        while index > start, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 { index -= 1 }
        return index
    }

    /// Whether the line holds only spaces and tabs.
    func isBlank(in bytes: [UInt8]) -> Bool {
        indentation(in: bytes).contentStart == end
    }

    /// The offset after skipping `columns` columns of indentation (fewer when the line is indented less).
    func offset(afterIndent columns: Int, in bytes: [UInt8]) -> Int {
        var used = 0
        var index = start
        while index < end, used < columns {
            if bytes[index] == 0x20 {
                used += 1
            } else if bytes[index] == 0x09 {
                used += 4 - used % 4
            } else {
                break
            }
            index += 1
        }
        return index
    }
}
