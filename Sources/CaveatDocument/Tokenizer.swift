/// Splits block text into word, number, punctuation and symbol tokens, over UTF-8 bytes.
///
/// - Words start with a letter and run over letters, digits and combining marks (`b12`, `naïve`); an
///   apostrophe (`'`, `’`) between letters and a hyphen between letters or digits stay inside
///   (`don’t`, `self-medicate`, `COVID-19`).
/// - Numbers start with a digit and may hold a decimal point or thousands separators followed by digits
///   (`0.5`, `1,000`, `2.5`). Letters right after a number start a new word, so `5mg` is `5` + `mg`.
/// - A run of periods (`...`) or of hyphens (`--`) is one punctuation token; other punctuation is one
///   token per scalar. Dashes (`–`, `—`) are punctuation.
/// - Everything else (`%`, `$`, `µ`, `×`, `/`, `+`, emoji with their modifiers and joiners) is a symbol.
///
/// Every byte that is not white space or an invisible format character belongs to exactly one token, so
/// the first and last tokens of a span bound its visible text.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0) }
    }

    /// The tokens of UTF-8 bytes, in order.
    public func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        var index = 0
        while index < count {
            let (kind, length) = ScalarClass.at(index, in: bytes)
            let start = index
            switch kind {
            case .space, .ignorable, .joiner:
                index += length
            case .letter:
                index = endOfWord(from: index + length, in: bytes)
                tokens.append(Token(start: start, end: index, kind: .word))
            case .digit:
                index = endOfNumber(from: index + length, in: bytes)
                tokens.append(Token(start: start, end: index, kind: .number))
            case .period, .hyphen:
                index += length
                while index < count, bytes[index] == bytes[start], length == 1 { index += 1 }
                tokens.append(Token(start: start, end: index, kind: .punctuation))
            case .apostrophe, .comma, .punctuation:
                index += length
                tokens.append(Token(start: start, end: index, kind: .punctuation))
            case .symbol, .mark:
                index = endOfSymbol(from: index + length, in: bytes)
                tokens.append(Token(start: start, end: index, kind: .symbol))
            }
        }
        return tokens
    }

    private func endOfWord(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var index = start
        while index < count {
            let (kind, length) = ScalarClass.at(index, in: bytes)
            switch kind {
            case .letter, .digit, .mark:
                index += length
            case .apostrophe, .hyphen:
                guard index + length < count else { return index }
                let (next, nextLength) = ScalarClass.at(index + length, in: bytes)
                let joins = next == .letter || (kind == .hyphen && next == .digit)
                guard joins else { return index }
                index += length + nextLength
            default:
                return index
            }
        }
        return index
    }

    private func endOfNumber(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var index = start
        while index < count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                index += 1
            } else if byte == 0x2E, index + 1 < count, isDigit(bytes[index + 1]) {
                index += 2
            } else if byte == 0x2C, isThousandsGroup(at: index + 1, in: bytes) {
                index += 4
            } else {
                return index
            }
        }
        return index
    }

    /// Whether exactly three digits follow a comma (`1,000` but not `1,2`).
    private func isThousandsGroup(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 3 <= bytes.count,
              isDigit(bytes[index]), isDigit(bytes[index + 1]), isDigit(bytes[index + 2]) else { return false }
        return index + 3 == bytes.count || !isDigit(bytes[index + 3])
    }

    /// Keeps combining marks, modifiers and joined scalars with the symbol before them (emoji sequences).
    private func endOfSymbol(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var index = start
        while index < count {
            let (kind, length) = ScalarClass.at(index, in: bytes)
            if kind == .mark {
                index += length
            } else if kind == .joiner, index + length < count {
                let (next, nextLength) = ScalarClass.at(index + length, in: bytes)
                guard next == .symbol else { return index }
                index += length + nextLength
            } else {
                return index
            }
        }
        return index
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
