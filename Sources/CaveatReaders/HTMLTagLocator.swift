/// Finds tags and attribute values in the raw source, which libxml2's SAX events do not locate exactly.
struct HTMLTagLocator {
    let source: UnsafeBufferPointer<UInt8>

    /// The offset of `<name` (case-insensitive, followed by white space, `/` or `>`) at or after `from`
    /// and before `before`, or `nil` when the element was implied by the parser.
    func startTag(named name: String, from: Int, before: Int) -> Int? {
        var name = name
        return name.withUTF8 { nameBytes -> Int? in
            let length = nameBytes.count
            var index = from
            let end = min(before, source.count)
            while index < end {
                if source[index] == UInt8(ascii: "<"), index + 1 + length <= source.count,
                   matchesName(nameBytes, at: index + 1) {
                    let after = index + 1 + length
                    if after >= source.count { return index }
                    let byte = source[after]
                    if byte == 0x3E || byte == 0x2F || HTMLTextBuilder.isSpace(byte) { return index }
                }
                index += 1
            }
            return nil
        }
    }

    /// Whether the bytes just before `end` are an end tag `</name ...>` for this element.
    func isEndTag(named name: String, endingAt end: Int) -> Bool {
        guard end >= 3, end <= source.count, source[end - 1] == UInt8(ascii: ">") else { return false }
        var index = end - 2
        let lowest = max(0, end - 2 - 256)
        while index >= lowest, source[index] != UInt8(ascii: "<") { index -= 1 }
        guard index >= lowest, index + 1 < end, source[index + 1] == UInt8(ascii: "/") else { return false }
        var name = name
        return name.withUTF8 { nameBytes in
            index + 2 + nameBytes.count <= end && matchesName(nameBytes, at: index + 2)
        }
    }

    /// The source range of the value of attribute `attribute` in the start tag at `tagStart`, whose `>`
    /// (or end of input) is at `tagEnd`. Quotes are not part of the value.
    func attributeValue(_ attribute: String, tagStart: Int, tagEnd: Int) -> Range<Int>? {
        var attribute = attribute
        return attribute.withUTF8 { wanted -> Range<Int>? in
            let end = min(tagEnd, source.count)
            var index = tagStart + 1
            // Skip the element name.
            while index < end, !HTMLTextBuilder.isSpace(source[index]), source[index] != 0x3E, source[index] != 0x2F {
                index += 1
            }
            while index < end {
                while index < end, HTMLTextBuilder.isSpace(source[index]) || source[index] == 0x2F { index += 1 }
                let nameStart = index
                while index < end, !HTMLTextBuilder.isSpace(source[index]), source[index] != 0x3D,
                      source[index] != 0x3E, !(source[index] == 0x2F && index > nameStart) {
                    index += 1
                }
                let nameEnd = index
                guard nameEnd > nameStart else { return nil }
                while index < end, HTMLTextBuilder.isSpace(source[index]) { index += 1 }
                var value: Range<Int>?
                if index < end, source[index] == 0x3D {
                    index += 1
                    while index < end, HTMLTextBuilder.isSpace(source[index]) { index += 1 }
                    if index < end, source[index] == 0x22 || source[index] == 0x27 {
                        let quote = source[index]
                        let valueStart = index + 1
                        index = valueStart
                        while index < source.count, source[index] != quote { index += 1 }
                        value = valueStart..<index
                        index += 1
                    } else {
                        let valueStart = index
                        while index < end, !HTMLTextBuilder.isSpace(source[index]), source[index] != 0x3E { index += 1 }
                        value = valueStart..<index
                    }
                }
                if nameEnd - nameStart == wanted.count, matchesName(wanted, at: nameStart) {
                    return value ?? (nameEnd..<nameEnd)
                }
            }
            return nil
        }
    }

    private func matchesName(_ name: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + name.count <= source.count else { return false }
        for offset in 0..<name.count {
            let byte = source[start + offset]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != name[offset] { return false }
        }
        return true
    }
}
