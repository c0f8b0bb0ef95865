/// Finds the encoding an HTML page declares in its first 1024 bytes (`<meta charset>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`).
enum CharsetSniffer {
    static let window = 1024

    /// The declared label, lowercased, or `nil`.
    static func declaredCharset(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(bytes.count, window)
        var index = 0
        while index + 5 <= end {
            if bytes[index] == UInt8(ascii: "<"), lowerEquals(bytes, index + 1, "meta") {
                var tagEnd = index + 5
                while tagEnd < end, bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
                if let label = charset(in: bytes, index + 5, tagEnd) { return label }
                index = tagEnd
            }
            index += 1
        }
        return nil
    }

    private static func charset(in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var index = start
        while index + 7 <= end {
            if lowerEquals(bytes, index, "charset") {
                var cursor = index + 7
                while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
                guard cursor < end, bytes[cursor] == UInt8(ascii: "=") else { index += 7; continue }
                cursor += 1
                while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09
                    || bytes[cursor] == 0x22 || bytes[cursor] == 0x27 {
                    cursor += 1
                }
                let valueStart = cursor
                while cursor < end, bytes[cursor] != 0x22, bytes[cursor] != 0x27, bytes[cursor] != 0x3B,
                      bytes[cursor] != 0x20, bytes[cursor] != 0x2F || cursor == valueStart, bytes[cursor] != 0x3E {
                    cursor += 1
                }
                guard cursor > valueStart else { return nil }
                var label = ""
                for byte in bytes[valueStart..<cursor] {
                    label.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
                }
                return label
            }
            index += 1
        }
        return nil
    }

    private static func lowerEquals(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard start + length <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length where bytes[start + offset] | 0x20 != pointer[offset] { return false }
        return true
    }
}
