internal import CLibXML2

/// Recognises a character reference in the source the way libxml2's HTML parser reads it, so the
/// decoded character can be mapped to the whole `&...;` as one unit.
enum HTMLEntityMatcher {
    /// The outcome at a `&`: the scalar it decodes to (`nil` when libxml2 drops it, as for `&#0;`) and
    /// the number of source bytes it spans. Returns `nil` when the `&` does not start a reference.
    static func match(_ source: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> (scalar: UInt32?, length: Int)? {
        var index = start + 1
        guard index < limit else { return nil }
        if source[index] == UInt8(ascii: "#") {
            index += 1
            var value: UInt32 = 0
            var overflow = false
            if index < limit, source[index] | 0x20 == UInt8(ascii: "x") {
                index += 1
                while index < limit, let digit = hexValue(source[index]) {
                    value = value &* 16 &+ digit
                    if value > 0x10FFFF { overflow = true }
                    index += 1
                }
            } else {
                while index < limit, source[index] >= 0x30, source[index] <= 0x39 {
                    value = value &* 10 &+ UInt32(source[index] - 0x30)
                    if value > 0x10FFFF { overflow = true }
                    index += 1
                }
            }
            if index < limit, source[index] == UInt8(ascii: ";") { index += 1 }
            return (overflow || !isXMLChar(value) ? nil : value, index - start)
        }
        // A named reference counts only with its `;` and a name libxml2 knows.
        let nameStart = index
        while index < limit, index - nameStart < 32, isNameByte(source[index]) { index += 1 }
        guard index > nameStart, index < limit, source[index] == UInt8(ascii: ";") else { return nil }
        let nameLength = index - nameStart
        let scalar: UInt32? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: nameLength + 1) { name in
            for offset in 0..<nameLength { name[offset] = source[nameStart + offset] }
            name[nameLength] = 0
            guard let entity = htmlEntityLookup(name.baseAddress) else { return nil }
            return UInt32(entity.pointee.value)
        }
        guard let scalar else { return nil }
        return (scalar, index + 1 - start)
    }

    /// Writes the UTF-8 encoding of a scalar into `buffer`, returning the length.
    static func encode(_ scalar: UInt32, into buffer: inout (UInt8, UInt8, UInt8, UInt8)) -> Int {
        switch scalar {
        case 0..<0x80:
            buffer.0 = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            buffer.0 = UInt8(0xC0 | (scalar >> 6))
            buffer.1 = UInt8(0x80 | (scalar & 0x3F))
            return 2
        case 0x800..<0x10000:
            buffer.0 = UInt8(0xE0 | (scalar >> 12))
            buffer.1 = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            buffer.2 = UInt8(0x80 | (scalar & 0x3F))
            return 3
        default:
            buffer.0 = UInt8(0xF0 | (scalar >> 18))
            buffer.1 = UInt8(0x80 | ((scalar >> 12) & 0x3F))
            buffer.2 = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            buffer.3 = UInt8(0x80 | (scalar & 0x3F))
            return 4
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x5F || byte == 0x3A || byte == 0x2E || byte == 0x2D
    }

    /// XML's `Char` production, which libxml2 uses to accept a numeric reference.
    private static func isXMLChar(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
    }
}
