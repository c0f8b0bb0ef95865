/// Decodes the HTML character references that show up in Markdown prose (`&nbsp;`, `&amp;`, `&#8217;`...).
enum MarkdownEntities {
    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20,
        "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019,
        "ldquo": 0x201C, "rdquo": 0x201D, "laquo": 0xAB, "raquo": 0xBB, "copy": 0xA9, "reg": 0xAE,
        "trade": 0x2122, "deg": 0xB0, "micro": 0xB5, "times": 0xD7, "divide": 0xF7, "plusmn": 0xB1,
        "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "bull": 0x2022, "middot": 0xB7, "shy": 0xAD,
        "le": 0x2264, "ge": 0x2265, "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1, "ntilde": 0xF1,
        "ouml": 0xF6, "uuml": 0xFC, "auml": 0xE4, "ccedil": 0xE7, "sup2": 0xB2, "euro": 0x20AC, "pound": 0xA3,
    ]

    /// The UTF-8 bytes of the reference starting at `bytes[index]` (which is `&`) and its length in bytes,
    /// or `nil` when no known reference starts there. No-break spaces decode to a plain space.
    static func decode(_ bytes: [UInt8], at index: Int, limit: Int) -> ([UInt8], Int)? {
        var end = index + 1
        while end < limit, end - index <= 12, bytes[end] != 0x3B {
            let byte = bytes[end]
            let isAlnum = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
            guard isAlnum || (byte == 0x23 && end == index + 1) else { return nil }
            end += 1
        }
        guard end < limit, bytes[end] == 0x3B, end > index + 1 else { return nil }
        let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        var value: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            value = UInt32(name.dropFirst(), radix: 10)
        } else {
            value = named[name]
        }
        guard var scalarValue = value else { return nil }
        if scalarValue == 0xA0 { scalarValue = 0x20 }
        guard scalarValue != 0, let scalar = Unicode.Scalar(scalarValue) else { return nil }
        return (Array(String(Character(scalar)).utf8), end + 1 - index)
    }
}
