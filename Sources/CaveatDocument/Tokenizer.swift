/// Splits block text into word, number, punctuation and symbol tokens, over UTF-8 bytes.
///
/// PLACEHOLDER: a minimal version so the package builds; the full tokenizer replaces it.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var utf8 = text
        utf8.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 { index += 1; continue }
                let start = index
                let isAlnum = { (b: UInt8) in (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80 }
                if isAlnum(byte) {
                    while index < bytes.count, isAlnum(bytes[index]) { index += 1 }
                    tokens.append(Token(start: start, end: index, kind: .word))
                } else {
                    index += 1
                    tokens.append(Token(start: start, end: index, kind: .punctuation))
                }
            }
        }
        return tokens
    }
}
