/// The classes of Unicode scalars that tokenizing and sentence splitting care about, read straight from UTF-8.
///
/// ASCII goes through a 128-entry table; other scalars are decoded by hand and classified by their general
/// category, so no `Character` (grapheme) work is ever done.
enum ScalarClass: UInt8, Sendable {
    case space
    case letter
    case digit
    /// `'` or `’`: part of a word when letters stand on both sides (`don’t`).
    case apostrophe
    /// `-` or `‐`: part of a word when letters or digits stand on both sides (`self-medicate`).
    case hyphen
    case period
    case comma
    case punctuation
    case symbol
    /// Combining marks, variation selectors, emoji modifiers: they stick to the scalar before them.
    case mark
    /// U+200D ZERO WIDTH JOINER, which glues emoji sequences together.
    case joiner
    /// Invisible format characters (soft hyphen, zero-width space, BOM) that belong to no token.
    case ignorable

    private static let ascii: [ScalarClass] = {
        var table = [ScalarClass](repeating: .symbol, count: 128)
        for byte in 0..<0x20 { table[byte] = .ignorable }
        for byte in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] { table[byte] = .space }
        for byte in 0x30...0x39 { table[byte] = .digit }
        for byte in 0x41...0x5A { table[byte] = .letter }
        for byte in 0x61...0x7A { table[byte] = .letter }
        for byte in Array("!\"():;?[]{}".utf8) { table[Int(byte)] = .punctuation }
        table[0x27] = .apostrophe
        table[0x2D] = .hyphen
        table[0x2E] = .period
        table[0x2C] = .comma
        table[0x7F] = .ignorable
        return table
    }()

    /// The class and byte length of the scalar starting at `index` (malformed bytes count as one-byte symbols).
    @inline(__always)
    static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (ScalarClass, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (ascii[Int(lead)], 1) }
        let (scalar, length) = decode(at: index, in: bytes)
        return (classify(scalar), length)
    }

    /// Decodes the scalar at `index`; invalid sequences decode as U+FFFD with length 1.
    @inline(__always)
    static func decode(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let count = bytes.count
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        if lead & 0xE0 == 0xC0, let b1 = continuation(1) {
            return ((lead & 0x1F) << 6 | b1, 2)
        }
        if lead & 0xF0 == 0xE0, let b1 = continuation(1), let b2 = continuation(2) {
            return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3)
        }
        if lead & 0xF8 == 0xF0, let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
            return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
        }
        return (0xFFFD, 1)
    }

    /// The class of a non-ASCII scalar.
    static func classify(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0xB5: return .symbol                       // MICRO SIGN is a letter to Unicode, a unit sign to us.
        case 0x2019: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x200D: return .joiner
        case 0x1F3FB...0x1F3FF: return .mark            // Emoji skin-tone modifiers.
        case 0xAD, 0x200B, 0x2060, 0xFEFF: return .ignorable
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .decimalNumber:
            return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .space
        case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .connectorPunctuation:
            return .punctuation
        case .control:
            return scalar.properties.isWhitespace ? .space : .ignorable
        case .format:
            return .ignorable
        default:
            return .symbol
        }
    }

    /// Whether the scalar starting at `index` is an upper-case or title-case letter.
    static func isUppercase(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
        let (value, _) = decode(at: index, in: bytes)
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return true
        // Scripts without case (CJK, Arabic...) cannot signal a sentence start by case; let them through.
        case .otherLetter: return true
        default: return false
        }
    }

    /// Whether the scalar starting at `index` is a lower-case letter.
    static func isLowercase(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return lead >= 0x61 && lead <= 0x7A }
        let (value, _) = decode(at: index, in: bytes)
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.generalCategory == .lowercaseLetter
    }
}
