import CaveatDocument

/// YAML front matter at the top of a Markdown file (`---` ... `---` or `...`).
///
/// Only simple `key: value` lines are read (quotes around the value removed); nested YAML, lists and
/// multi-line values are skipped. The front matter never becomes text.
enum MarkdownFrontMatter {
    /// The metadata found and the index of the first line after the front matter, or `nil` when the file
    /// does not start with front matter.
    static func parse(_ bytes: [UInt8], lines: [MarkdownLine]) -> (metadata: Metadata, bodyLine: Int)? {
        guard let first = lines.first, isFence(first, in: bytes, allowDots: false) else { return nil }
        var closing: Int?
        for index in 1..<min(lines.count, 300) where isFence(lines[index], in: bytes, allowDots: true) {
            closing = index
            break
        }
        guard let end = closing else { return nil }
        var metadata = Metadata()
        for index in 1..<end {
            let line = lines[index]
            // Indented lines belong to a nested value.
            guard line.start < line.end, bytes[line.start] != 0x20, bytes[line.start] != 0x09,
                  let colon = bytes[line.start..<line.end].firstIndex(of: 0x3A) else { continue }
            let key = String(decoding: bytes[line.start..<colon], as: UTF8.self).lowercased()
            guard let value = scalarValue(bytes[(colon + 1)..<line.end]) else { continue }
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
        return (metadata, end + 1)
    }

    private static func isFence(_ line: MarkdownLine, in bytes: [UInt8], allowDots: Bool) -> Bool {
        let content = bytes[line.start..<line.trimmedEnd(in: bytes)]
        return content.elementsEqual("---".utf8) || (allowDots && content.elementsEqual("...".utf8))
    }

    /// A plain scalar value, unquoted; `nil` for empty values and the starts of lists or blocks.
    private static func scalarValue(_ raw: ArraySlice<UInt8>) -> String? {
        var value = raw.drop { $0 == 0x20 || $0 == 0x09 }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard let first = value.first, ![0x7C, 0x3E, 0x5B, 0x7B, 0x26, 0x2A].contains(first) else { return nil }
        if value.count >= 2, first == 0x22 || first == 0x27, value.last == first {
            value = value.dropFirst().dropLast()
        }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }
}
