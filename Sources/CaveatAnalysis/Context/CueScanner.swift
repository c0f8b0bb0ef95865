/// Splits UTF-8 text into `CueToken`s without allocating per token.
///
/// Letters are ASCII letters and every non-ASCII scalar that is not listed as white space, punctuation or a
/// vulgar fraction. Apostrophes (`'` and `’`) inside a word are kept (`don't`), except a final possessive
/// `'s`, which becomes a token of its own so that `doctor's` still matches the trigger `doctor`.
enum CueScanner {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of one token's text (`"don't"`, `"'s"`), as `scan` would compute it.
    static func key(of word: String) -> UInt64 {
        TextBytes.with(word) { fold($0, 0, $0.count) }
    }

    static func scan(_ text: String) -> [CueToken] {
        var copy = text
        return copy.withUTF8 { scan($0) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>? = nil) -> [CueToken] {
        var tokens: [CueToken] = []
        let end = range?.upperBound ?? bytes.count
        var index = range?.lowerBound ?? 0
        var spaced = true
        while index < end {
            let length = scalarLength(bytes, index, end)
            if isSpace(bytes, index, end) {
                spaced = true
                index += length
                continue
            }
            let start = index
            var kind = CueToken.Kind.symbol
            if isDigit(bytes[index]) {
                kind = .number
                index += 1
                while index < end {
                    if isDigit(bytes[index]) {
                        index += 1
                    } else if (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")),
                              index + 1 < end, isDigit(bytes[index + 1]) {
                        index += 2
                    } else {
                        break
                    }
                }
            } else if isFraction(bytes, index, end) {
                kind = .number
                index += length
            } else if isLetter(bytes, index, end) {
                kind = .word
                index += length
                while index < end {
                    if isLetter(bytes, index, end) {
                        index += scalarLength(bytes, index, end)
                        continue
                    }
                    let apostrophe = apostropheLength(bytes, index, end)
                    guard apostrophe > 0, index + apostrophe < end, isLetter(bytes, index + apostrophe, end) else {
                        break
                    }
                    // A final possessive 's stays apart from its word.
                    let after = index + apostrophe
                    if bytes[after] | 0x20 == UInt8(ascii: "s"),
                       after + 1 >= end || !isLetter(bytes, after + 1, end) {
                        break
                    }
                    index = after
                }
            } else if apostropheLength(bytes, index, end) > 0, index + length < end,
                      bytes[index + length] | 0x20 == UInt8(ascii: "s"),
                      index + length + 1 >= end || !isLetter(bytes, index + length + 1, end),
                      !tokens.isEmpty, tokens[tokens.count - 1].end == index,
                      tokens[tokens.count - 1].kind == .word {
                kind = .word
                index += length + 1
            } else {
                index += length
            }
            tokens.append(CueToken(start: start, end: index, kind: kind, key: fold(bytes, start, index),
                                   spaced: spaced))
            spaced = false
        }
        return tokens
    }

    /// FNV-1a over the bytes, ASCII lower-cased, `’` and `‘` folded to `'`.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = fnvOffset
        var index = start
        while index < end {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 3
            } else {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
                index += 1
            }
            hash = (hash ^ UInt64(byte)) &* fnvPrime
        }
        return hash
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    /// Bytes in the UTF-8 scalar starting at `index` (1 for a stray continuation byte).
    @inline(__always) static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        let length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return min(length, end - index)
    }

    static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return true }
        if byte == 0xC2, index + 1 < end { return bytes[index + 1] == 0xA0 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
            let last = bytes[index + 2]
            return (last >= 0x80 && last <= 0x8B) || last == 0xAF
        }
        return false
    }

    /// `½ ¼ ¾` (U+00BC–U+00BE) and `⅓ ⅔ ⅛` (U+2153, U+2154, U+215B).
    static func isFraction(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        if bytes[index] == 0xC2, index + 1 < end { return bytes[index + 1] >= 0xBC && bytes[index + 1] <= 0xBE }
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x85 {
            return bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 || bytes[index + 2] == 0x9B
        }
        return false
    }

    /// Length of `'` or `’` at `index`, or 0.
    static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        if bytes[index] == UInt8(ascii: "'") { return 1 }
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
           bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
            return 3
        }
        return 0
    }

    static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIILetter(byte) }
        if byte < 0xC0 { return false }
        if isSpace(bytes, index, end) || isFraction(bytes, index, end) { return false }
        if byte == 0xC2 || byte == 0xC3 {
            // Latin-1 punctuation and symbols (U+00A0–U+00BF, ×, ÷) are not letters; µ (U+00B5) is.
            guard index + 1 < end else { return false }
            let next = bytes[index + 1]
            if byte == 0xC2 { return next == 0xB5 || next == 0xAA || next == 0xBA }
            return next != 0x97 && next != 0xB7
        }
        if byte == 0xE2 {
            // U+2000–U+2BFF: general punctuation, arrows, maths, dingbats.
            return false
        }
        return true
    }
}
