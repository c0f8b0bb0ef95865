import CaveatDocument

/// Front matter at the top of a Markdown file: YAML between `---` lines (closed by `---` or `...`), as
/// Jekyll, Hugo and most static-site generators write it, or TOML between `+++` lines (Hugo).
///
/// Only top-level scalar entries are read (`key: value` in YAML, `key = value` in TOML; quotes removed);
/// nested values, lists and multi-line values are skipped. The front matter never becomes text, and the
/// Markdown parser starts after its closing line.
struct MarkdownFrontMatter {
    /// What the known keys say (`title`, `description`, `author`, `date`, `lastmod`, `lang`, `canonical`...).
    var metadata = Metadata()
    /// The offset of the first byte after the closing fence's line.
    var bodyStart: Int

    /// The front matter at the start of `bytes`, or `nil` when the file does not open with a closed one.
    static func parse(_ bytes: [UInt8]) -> MarkdownFrontMatter? {
        var lines = LineCursor(bytes: bytes)
        // A UTF-8 byte order mark is not part of the first line.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lines.position = 3 }
        guard let first = lines.next() else { return nil }
        let opening = trimmed(bytes, first)
        let toml: Bool
        if opening.elementsEqual("---".utf8) {
            toml = false
        } else if opening.elementsEqual("+++".utf8) {
            toml = true
        } else {
            return nil
        }
        var entries: [Range<Int>] = []
        var lineCount = 0
        while let line = lines.next(), lineCount < 500 {
            lineCount += 1
            let content = trimmed(bytes, line)
            let closes = toml ? content.elementsEqual("+++".utf8)
                : content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8)
            if closes {
                // `---` also draws a rule and underlines a heading: it is front matter only when its first
                // entry reads as one (or it is empty).
                if let first = entries.first(where: { !isBlankOrComment(bytes, $0) }),
                   !isEntry(bytes, first, separator: toml ? 0x3D : 0x3A) {
                    return nil
                }
                var frontMatter = MarkdownFrontMatter(bodyStart: lines.position)
                for entry in entries { frontMatter.read(entry, in: bytes, separator: toml ? 0x3D : 0x3A) }
                return frontMatter
            }
            entries.append(line)
        }
        return nil
    }

    /// Reads one `key: value` / `key = value` line; indented lines belong to a nested value and are skipped.
    private mutating func read(_ line: Range<Int>, in bytes: [UInt8], separator: UInt8) {
        guard let first = line.first, bytes[first] != 0x20, bytes[first] != 0x09,
              let split = bytes[line].firstIndex(of: separator) else { return }
        var keyBytes = bytes[line.lowerBound..<split]
        while let last = keyBytes.last, last == 0x20 || last == 0x09 { keyBytes = keyBytes.dropLast() }
        if keyBytes.count >= 2, let quote = keyBytes.first, quote == 0x22 || quote == 0x27, keyBytes.last == quote {
            keyBytes = keyBytes.dropFirst().dropLast()
        }
        let key = String(decoding: keyBytes, as: UTF8.self).lowercased()
        guard let value = MarkdownFrontMatter.scalarValue(bytes[(split + 1)..<line.upperBound]) else { return }
        switch key {
        case "title": metadata.title = value
        case "description", "summary", "excerpt": metadata.description = metadata.description ?? value
        case "author", "byline": metadata.author = value
        case "date", "published", "pubdate", "publishdate": metadata.published = metadata.published ?? value
        case "updated", "modified", "lastmod", "last_modified": metadata.modified = value
        case "lang", "language", "locale": metadata.language = value
        case "canonical", "canonical_url", "canonicalurl": metadata.canonicalURL = value
        default: break
        }
    }

    private static func isBlankOrComment(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let content = bytes[line].drop { $0 == 0x20 || $0 == 0x09 }
        return content.isEmpty || content.first == 0x23
    }

    /// `key:` (YAML, followed by white space or the line end) or `key =` (TOML) at the start of a line.
    private static func isEntry(_ bytes: [UInt8], _ line: Range<Int>, separator: UInt8) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound, isKeyByte(bytes[index]) { index += 1 }
        guard index > line.lowerBound else { return false }
        if separator == 0x3D { while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        guard index < line.upperBound, bytes[index] == separator else { return false }
        return separator == 0x3D || index + 1 == line.upperBound || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte == 0x5F
            || byte == 0x2D || byte == 0x2E || byte == 0x22 || byte == 0x27
    }

    private static func trimmed(_ bytes: [UInt8], _ line: Range<Int>) -> ArraySlice<UInt8> {
        var content = bytes[line]
        while let last = content.last, last == 0x20 || last == 0x09 { content = content.dropLast() }
        return content
    }

    /// A plain scalar value, unquoted; `nil` for empty values, the starts of lists, tables and blocks.
    private static func scalarValue(_ raw: ArraySlice<UInt8>) -> String? {
        var value = raw.drop { $0 == 0x20 || $0 == 0x09 }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard let first = value.first, ![0x7C, 0x3E, 0x5B, 0x7B, 0x26, 0x2A].contains(first) else { return nil }
        if value.count >= 2, first == 0x22 || first == 0x27, value.last == first {
            value = value.dropFirst().dropLast()
        }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// Steps through lines (`\n`, `\r\n` or `\r` terminated), yielding each line without its terminator.
    private struct LineCursor {
        let bytes: [UInt8]
        var position = 0

        mutating func next() -> Range<Int>? {
            guard position < bytes.count else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            let end = position
            if position < bytes.count {
                if bytes[position] == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
                position += 1
            }
            return start..<end
        }
    }
}
