internal import CCmarkGFM

/// Recognises HTML character references in Markdown source and decodes them exactly as cmark-gfm does.
///
/// cmark-gfm merges decoded references into the surrounding text, so lining its text up with the source
/// needs each reference's value. Rather than carry a second copy of the 2,125 HTML5 names, a reference is
/// decoded by cmark-gfm itself (a one-paragraph parse), once per distinct reference in a file.
struct MarkdownEntityDecoder {
    private var cache: [ArraySlice<UInt8>: [UInt8]?] = [:]

    /// The length of the character-reference syntax at `index` (`&name;`, `&#123;`, `&#x1F;`), or `nil`.
    static func referenceLength(_ source: [UInt8], at index: Int, limit: Int) -> Int? {
        guard index < limit, source[index] == 0x26 else { return nil }
        var end = index + 1
        guard end < limit else { return nil }
        if source[end] == 0x23 {
            end += 1
            var hex = false
            if end < limit, source[end] | 0x20 == 0x78 { hex = true; end += 1 }
            let digitsStart = end
            while end < limit, end - digitsStart < 8, isDigit(source[end], hex: hex) { end += 1 }
            guard end > digitsStart else { return nil }
        } else {
            let nameStart = end
            while end < limit, end - nameStart < 32, isAlphanumeric(source[end]) { end += 1 }
            guard end > nameStart, isLetter(source[nameStart]) else { return nil }
        }
        guard end < limit, source[end] == 0x3B else { return nil }
        return end + 1 - index
    }

    /// What the reference `syntax` (`&...;`) decodes to, or `nil` when cmark-gfm leaves it as written.
    mutating func decode(_ syntax: ArraySlice<UInt8>) -> [UInt8]? {
        if let known = cache[syntax] { return known }
        let decoded = MarkdownEntityDecoder.decodeWithCmark(Array(syntax))
        cache[syntax] = decoded
        return decoded
    }

    private static func decodeWithCmark(_ syntax: [UInt8]) -> [UInt8]? {
        let document: OpaquePointer? = syntax.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            }
        }
        guard let document else { return nil }
        defer { cmark_node_free(document) }
        var bytes: [UInt8] = []
        guard let paragraph = MarkdownNode(pointer: document).firstChild else { return nil }
        for node in paragraph.children { bytes.append(contentsOf: node.literal) }
        return bytes.isEmpty || bytes == syntax ? nil : bytes
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        byte >= 0x30 && byte <= 0x39 || hex && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || byte >= 0x30 && byte <= 0x39 }
}
