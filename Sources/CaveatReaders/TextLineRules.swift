/// Line-level tests of `PlainTextReader` (the title test also serves `MarkdownReader`): list markers,
/// comment lines, and the conservative "does this short line look like a title?" heuristic.
enum TextLineRules {
    /// A list marker at the start of a line: `-`, `*`, `+`, `•`, `◦`, `‣`, `▪`, or a number of at most
    /// `maxDigits` digits followed by `.` or `)`; the marker must be followed by white space or the line end.
    /// Returns the offset where the item's content starts.
    static func listContentStart(_ line: TextLine, in bytes: [UInt8], maxDigits: Int) -> Int? {
        let start = line.indentation(in: bytes).contentStart
        guard start < line.end else { return nil }
        var after: Int
        let byte = bytes[start]
        if byte == 0x2D || byte == 0x2A || byte == 0x2B {
            after = start + 1
        } else if byte == 0xE2, start + 2 < line.end,
                  (bytes[start + 1] == 0x80 && (bytes[start + 2] == 0xA2 || bytes[start + 2] == 0xA3))
                    || (bytes[start + 1] == 0x97 && bytes[start + 2] == 0xA6)
                    || (bytes[start + 1] == 0x96 && bytes[start + 2] == 0xAA) {
            after = start + 3
        } else if isDigit(byte) {
            after = start
            while after < line.end, isDigit(bytes[after]), after - start < maxDigits { after += 1 }
            guard after < line.end, bytes[after] == 0x2E || bytes[after] == 0x29 else { return nil }
            after += 1
        } else {
            return nil
        }
        if after == line.end { return after }
        guard bytes[after] == 0x20 || bytes[after] == 0x09 else { return nil }
        while after < line.end, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
        return after
    }

    /// An HTML comment that starts line `index` (after at most 3 spaces) and ends, maybe lines later, with
    /// nothing but white space after `-->`. Returns the last line, the comment's range and its inner text.
    static func commentBlock(startingAt index: Int, lines: [TextLine], in bytes: [UInt8])
        -> (lastLine: Int, range: Range<Int>, inner: Range<Int>)? {
        let line = lines[index]
        let (columns, start) = line.indentation(in: bytes)
        guard columns <= 3, start + 4 <= line.end, bytes[start] == 0x3C, bytes[start + 1] == 0x21,
              bytes[start + 2] == 0x2D, bytes[start + 3] == 0x2D else { return nil }
        var lineIndex = index
        var position = start + 4
        while lineIndex < lines.count, lineIndex - index < 500 {
            let current = lines[lineIndex]
            while position + 3 <= current.end {
                if bytes[position] == 0x2D, bytes[position + 1] == 0x2D, bytes[position + 2] == 0x3E {
                    guard position + 3 >= current.trimmedEnd(in: bytes) else { return nil }
                    return (lineIndex, start..<(position + 3), (start + 4)..<position)
                }
                position += 1
            }
            lineIndex += 1
            if lineIndex < lines.count { position = lines[lineIndex].start }
        }
        return nil
    }

    /// Whether the line is a separator drawn with one repeated character (`---`, `***`, `###`, `===`, `* * *`).
    static func isSeparator(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = range.first, [0x2D, 0x2A, 0x5F, 0x3D, 0x23, 0x7E, 0x2B, 0x2E].contains(bytes[first])
        else { return false }
        var count = 0
        for index in range {
            if bytes[index] == bytes[first] { count += 1 } else if bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
        }
        return count >= 3
    }

    /// A comment's inner text, trimmed.
    static func trimmedText(_ range: Range<Int>, in bytes: [UInt8]) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// Whether a comment is addressed to caveat.
    static func isDirective(_ text: String) -> Bool {
        text.utf8.starts(with: "caveat-".utf8)
    }

    /// Whether a short line reads like a title: 1 to `maxWords` words, at most 15 bytes a word, at least one letter, starting
    /// with an upper-case letter or a digit, not ending in `.`, `,`, `;`, `:`, `!`, a dash, an opening
    /// bracket or a slash (a final `?` is allowed: question headings are common), and not holding a sentence
    /// end (`. ` or `! `) inside.
    /// `maxWords` is 12 for headings; the first line of a file may be a longer headline.
    static func isTitleLike(_ bytes: [UInt8], _ range: Range<Int>, maxWords: Int = 12) -> Bool {
        guard !range.isEmpty, range.count <= maxWords * 15 else { return false }
        guard startsUppercaseOrDigit(bytes, range.lowerBound, range.upperBound) else { return false }
        let last = bytes[range.upperBound - 1]
        switch last {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x2D, 0x28, 0x5B, 0x2F, 0x5C, 0x26, 0x2B:
            return false
        default:
            break
        }
        // `…`, `–`, `—` at the end also mean the line goes on.
        if range.count >= 3, bytes[range.upperBound - 3] == 0xE2, bytes[range.upperBound - 2] == 0x80,
           [0xA6, 0x93, 0x94].contains(bytes[range.upperBound - 1]) {
            return false
        }
        var words = 0
        var inWord = false
        var hasLetter = false
        for index in range {
            let byte = bytes[index]
            if isSpace(byte) {
                if inWord, index > range.lowerBound, bytes[index - 1] == 0x2E || bytes[index - 1] == 0x21 {
                    return false
                }
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0xC0 { hasLetter = true }
            }
        }
        return hasLetter && words <= maxWords
    }

    /// Whether the text ends a sentence or announces what follows: its last character, closing quotes and
    /// brackets aside, is `.`, `!`, `?`, `:` or `…`.
    static func endsTerminal(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let byte = bytes[end - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x2A || byte == 0x5F {
                end -= 1
            } else if end - 3 >= range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
                      bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 {
                end -= 3
            } else {
                break
            }
        }
        guard end > range.lowerBound else { return false }
        let byte = bytes[end - 1]
        if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A { return true }
        return end - 3 >= range.lowerBound && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && byte == 0xA6
    }

    /// Whether the text ends mid-clause (`,`, `;`, `(`, a dash), so the next line must continue it.
    static func endsMidClause(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        switch bytes[last] {
        case 0x2C, 0x3B, 0x28, 0x2D, 0x2F: return true
        case 0x93, 0x94: return range.count >= 3 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80
        default: return false
        }
    }

    /// Whether the text starts with a lower-case letter.
    static func startsLowercase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        let byte = bytes[first]
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        guard let scalar = scalar(bytes, first, range.upperBound) else { return false }
        return scalar.properties.isLowercase
    }

    /// Whether the text can start a sentence: an upper-case letter, a digit, an opening quote or bracket.
    static func startsSentence(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        let byte = bytes[first]
        if byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B || byte == 0x24 { return true }
        if byte == 0xE2, first + 2 < range.upperBound, bytes[first + 1] == 0x80,
           bytes[first + 2] == 0x9C || bytes[first + 2] == 0x98 { return true }
        return startsUppercaseOrDigit(bytes, first, range.upperBound)
    }

    static func startsUppercaseOrDigit(_ bytes: [UInt8], _ index: Int, _ limit: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A || isDigit(byte) }
        guard let scalar = scalar(bytes, index, limit) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .otherLetter
    }

    /// The scalar starting at a non-ASCII lead byte.
    private static func scalar(_ bytes: [UInt8], _ index: Int, _ limit: Int) -> Unicode.Scalar? {
        let lead = UInt32(bytes[index])
        var value: UInt32
        var count: Int
        if lead & 0xE0 == 0xC0 { value = lead & 0x1F; count = 1 }
        else if lead & 0xF0 == 0xE0 { value = lead & 0x0F; count = 2 }
        else if lead & 0xF8 == 0xF0 { value = lead & 0x07; count = 3 }
        else { return nil }
        guard index + count < limit else { return nil }
        for offset in 1...count { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The length of a white-space character at `index` (space, tab, no-break space, Unicode spaces), or 0.
    static func whitespaceLength(_ bytes: [UInt8], _ index: Int, _ limit: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { return 1 }
        if byte == 0xC2 { return index + 1 < limit && bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard byte == 0xE2 || byte == 0xE3, index + 2 < limit else { return 0 }
        let (second, third) = (bytes[index + 1], bytes[index + 2])
        if byte == 0xE3 { return second == 0x80 && third == 0x80 ? 3 : 0 }
        if second == 0x80, third >= 0x80 && third <= 0x8A || third == 0xAF { return 3 }
        return second == 0x81 && third == 0x9F ? 3 : 0
    }
}
