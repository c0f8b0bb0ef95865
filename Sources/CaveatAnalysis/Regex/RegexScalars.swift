/// UTF-8 decoding and the Unicode facts the regex engine needs (word and space characters, simple case variants).
///
/// The matcher works on scalar values as `UInt32` so that it can also step over bytes that are not valid UTF-8
/// (raw buffers): such a byte decodes to `invalid` with length 1, which only `.` and negated classes match.
enum RegexScalars {
    /// Stands for one byte that does not start a valid UTF-8 sequence; above every Unicode scalar value.
    static let invalid: UInt32 = 0x11_0000

    /// The scalar that starts at `index` (which must be `< text.count`) and its length in bytes.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let b0 = text[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        return decodeMultiByte(text, at: index, lead: b0)
    }

    private static func decodeMultiByte(
        _ text: UnsafeBufferPointer<UInt8>, at index: Int, lead b0: UInt8
    ) -> (scalar: UInt32, length: Int) {
        let count = text.count
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = text[index + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            if let c1 = continuation(1) { return (UInt32(b0 & 0x1F) << 6 | c1, 2) }
        case 0xE0...0xEF:
            if let c1 = continuation(1), let c2 = continuation(2) {
                let value = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
                // Reject overlong forms and UTF-16 surrogates, which are not scalars.
                if value >= 0x800 && !(0xD800...0xDFFF).contains(value) { return (value, 3) }
            }
        case 0xF0...0xF4:
            if let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) {
                let value = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                if (0x1_0000...0x10_FFFF).contains(value) { return (value, 4) }
            }
        default:
            break
        }
        return (invalid, 1)
    }

    /// The scalar that ends at `index` (`invalid` for a stray byte), or `nil` at the start of the text.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, before index: Int) -> UInt32? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0 && start > index - 4 && text[start] & 0xC0 == 0x80 { start -= 1 }
        let (scalar, length) = decode(text, at: start)
        return start + length == index ? scalar : invalid
    }

    /// The first position at or after `index` that does not fall inside a valid multi-byte scalar.
    static func boundary(_ text: UnsafeBufferPointer<UInt8>, atOrAfter index: Int) -> Int {
        guard index > 0 && index < text.count && text[index] & 0xC0 == 0x80 else { return index }
        var start = index - 1
        while start > 0 && start > index - 3 && text[start] & 0xC0 == 0x80 { start -= 1 }
        let (_, length) = decode(text, at: start)
        return start + length > index ? start + length : index
    }

    /// Word characters for `\w` and `\b`: ASCII letters, digits and `_`, and every non-ASCII letter, mark, decimal
    /// digit and connector (so `é`, `µ` and a combining accent never split a word).
    @inline(__always)
    static func isWord(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x41 && scalar <= 0x5A)
                || (scalar >= 0x30 && scalar <= 0x39) || scalar == 0x5F
        }
        return isNonASCIIWord(scalar)
    }

    static func isNonASCIIWord(_ scalar: UInt32) -> Bool {
        if scalar <= 0xFF {
            // Latin-1: letters except × and ÷, plus ª, µ, º.
            return (scalar >= 0xC0 && scalar != 0xD7 && scalar != 0xF7) || scalar == 0xAA || scalar == 0xB5
                || scalar == 0xBA
        }
        if scalar == 0x200C || scalar == 0x200D { return true }
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        let properties = unicode.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// White space for `\s`: ASCII tab, line feed, vertical tab, form feed, carriage return and space, and the
    /// Unicode `White_Space` scalars (no-break space, em space, line separator, ideographic space, …).
    static let spaceRanges: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
        0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
    ]

    /// The scalars that `scalar` matches case-insensitively besides itself: its single-scalar case forms and
    /// theirs (`ς` → `Σ` → `σ`; `ſ` → `S` → `s`).
    ///
    /// ASCII letters pair only with ASCII letters so that `k` does not also match the Kelvin sign.
    static func caseVariants(of scalar: UInt32) -> [UInt32] {
        var variants = directCaseVariants(of: scalar)
        for variant in variants {
            for other in directCaseVariants(of: variant) where other != scalar && !variants.contains(other) {
                variants.append(other)
            }
        }
        return variants
    }

    /// The other single-scalar case forms of `scalar` (`a` → `A`, `é` → `É`, `σ` → `Σ`), not `scalar` itself.
    private static func directCaseVariants(of scalar: UInt32) -> [UInt32] {
        if scalar < 0x80 {
            if (0x41...0x5A).contains(scalar) { return [scalar + 0x20] }
            if (0x61...0x7A).contains(scalar) { return [scalar - 0x20] }
            return []
        }
        guard let unicode = Unicode.Scalar(scalar) else { return [] }
        let properties = unicode.properties
        var variants: [UInt32] = []
        for mapping in [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping] {
            let scalars = mapping.unicodeScalars
            guard scalars.count == 1, let other = scalars.first?.value, other != scalar else { continue }
            if !variants.contains(other) { variants.append(other) }
        }
        return variants
    }
}
