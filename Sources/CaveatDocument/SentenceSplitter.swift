/// Splits block text into sentences, over UTF-8 bytes and the block's tokens.
///
/// A sentence ends:
/// - at a line break kept in the block text (readers keep one only for a hard break: `<br>`, a Markdown
///   hard break, a line of preformatted text);
/// - after `.`, `!`, `?`, `…` or `...` (with any closing quotes or brackets right after them) when white space
///   follows and the next text starts with an upper-case letter, a digit, an opening quote or bracket, or a
///   currency sign; or at the end of the text.
///
/// A period does not end a sentence inside a number (`0.5`, one token), after a prefix abbreviation (`Dr.`,
/// `e.g.`, `vs.`), after `No.`/`Fig.` before a number, nor after a terminal-capable abbreviation or an initial
/// (`mg.`, `etc.`, `U.S.`, `J.`) unless a common sentence opener follows (see `Abbreviations`).
/// A footnote number of up to three digits glued to the final mark (`worldwide.1 In`) stays with the
/// sentence. Preformatted blocks split only at line breaks. Punctuation standing alone after a sentence end (a quote
/// detached by a space) joins the sentence before it. Sentence ranges never include surrounding white space.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `text`, whose tokens are `tokens` (as made by `Tokenizer`).
    public func split(_ text: String, tokens: [Token], kind: BlockKind) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var copy = text
        return copy.withUTF8 { bytes in
            split(bytes: bytes, tokens: tokens, linesOnly: kind == .preformatted)
        }
    }

    private func split(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], linesOnly: Bool) -> [Sentence] {
        var sentences: [Sentence] = []
        var sentenceStart = 0          // index of the sentence's first token
        var index = 0
        let count = tokens.count
        while index < count {
            var last = index           // index of the last token that belongs to the current sentence
            var ends = false
            if !linesOnly, let terminal = terminalLength(tokens[index], bytes) {
                // Absorb further terminal marks and closing quotes/brackets written right after it (`?!`, `.”)`).
                while last + 1 < count, tokens[last + 1].start == tokens[last].end,
                      isCloser(tokens[last + 1], bytes) || terminalLength(tokens[last + 1], bytes) != nil {
                    last += 1
                }
                // A footnote number glued to the end of a sentence (`...worldwide.1 In the U.S.`) belongs to it.
                if last + 2 < count, tokens[last + 1].kind == .number, tokens[last + 1].start == tokens[last].end,
                   tokens[last + 1].range.count <= 3, tokens[last + 2].start > tokens[last + 1].end,
                   startsSentence(tokens[last + 2], bytes), tokens[last + 2].kind != .number {
                    last += 1
                }
                ends = endsSentence(terminalAt: index, isPeriod: terminal == .period, lastMark: last,
                                    tokens: tokens, bytes: bytes)
            }
            if !ends, last + 1 < count, hasLineBreak(between: tokens[last], and: tokens[last + 1], bytes) {
                ends = true
            }
            if ends || last + 1 == count {
                let onlyPunctuation = tokens[sentenceStart...last].allSatisfy { $0.kind == .punctuation }
                if onlyPunctuation, let previous = sentences.last,
                   !hasLineBreak(between: tokens[sentenceStart - 1], and: tokens[sentenceStart], bytes) {
                    // A stray closing quote or bracket after the sentence end (`...every day. "`) is no sentence.
                    sentences[sentences.count - 1] = Sentence(start: Int(previous.start), end: Int(tokens[last].end))
                } else {
                    sentences.append(Sentence(start: Int(tokens[sentenceStart].start), end: Int(tokens[last].end)))
                }
                sentenceStart = last + 1
            }
            index = last + 1
        }
        return sentences
    }

    private enum Terminal { case period, other }

    /// Whether the token is sentence-final punctuation, and whether it is a single period.
    private func terminalLength(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Terminal? {
        guard token.kind == .punctuation else { return nil }
        let start = Int(token.start)
        let length = Int(token.end) - start
        let first = bytes[start]
        if first == 0x2E { return length == 1 ? .period : .other }     // `.` or an ellipsis `...`
        if length == 1 { return first == 0x21 || first == 0x3F ? .other : nil }
        // `…` U+2026, `‼` U+203C, `⁇` U+2047, `⁈` U+2048, `⁉` U+2049.
        if length == 3, first == 0xE2 {
            let (second, third) = (bytes[start + 1], bytes[start + 2])
            if second == 0x80, third == 0xA6 || third == 0xBC { return .other }
            if second == 0x81, third >= 0x87 && third <= 0x89 { return .other }
        }
        return nil
    }

    /// Closing quotes and brackets that stay with the sentence they close.
    private func isCloser(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let start = Int(token.start)
        switch Int(token.end) - start {
        case 1:
            let byte = bytes[start]
            return byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x7D
        case 2:
            return bytes[start] == 0xC2 && bytes[start + 1] == 0xBB                        // »
        case 3:
            guard bytes[start] == 0xE2 else { return false }
            let (second, third) = (bytes[start + 1], bytes[start + 2])
            return second == 0x80 && (third == 0x99 || third == 0x9D || third == 0xBA)     // ’ ” ›
        default:
            return false
        }
    }

    /// Whether the text after a terminal mark (ending with the token at `lastMark`) starts a new sentence.
    private func endsSentence(terminalAt terminal: Int, isPeriod: Bool, lastMark: Int, tokens: [Token],
                              bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = lastMark + 1
        guard next < tokens.count else { return true }
        // `example.com`, `Fig.3`: no space, no boundary.
        guard tokens[next].start > tokens[lastMark].end else { return false }
        if hasLineBreak(between: tokens[lastMark], and: tokens[next], bytes) { return true }
        guard startsSentence(tokens[next], bytes) else { return false }
        guard isPeriod, terminal > 0, tokens[terminal - 1].end == tokens[terminal].start,
              tokens[terminal - 1].kind == .word else { return true }
        // Walk back over an `e.g`-style chain of words and periods to read the whole abbreviation.
        var first = terminal - 1
        while first >= 2, tokens[first - 1].end == tokens[first].start, tokens[first - 1].range.count == 1,
              bytes[Int(tokens[first - 1].start)] == 0x2E,
              tokens[first - 2].end == tokens[first - 1].start, tokens[first - 2].kind == .word {
            first -= 2
        }
        let candidate = Int(tokens[first].start)..<Int(tokens[terminal].end)
        switch Abbreviations.kind(of: bytes, candidate) {
        case nil:
            return true
        case .prefix:
            return false
        case .numeric:
            return tokens[next].kind != .number
        case .terminalCapable:
            return tokens[next].kind == .word && Abbreviations.isOpener(bytes, tokens[next].range)
        }
    }

    /// Whether a token can open a sentence: an upper-case (or caseless) letter, a digit, an opening quote or
    /// bracket, or a currency sign.
    private func startsSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(token.start)
        switch token.kind {
        case .number:
            return true
        case .word:
            return ScalarClass.isUppercase(at: start, in: bytes)
        case .punctuation:
            let byte = bytes[start]
            if byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B { return true }
            if byte == 0xC2, start + 1 < bytes.count { return bytes[start + 1] == 0xAB || bytes[start + 1] == 0xBF || bytes[start + 1] == 0xA1 }
            if byte == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80 {
                let third = bytes[start + 2]
                return third == 0x98 || third == 0x9C || third == 0xB9                     // ‘ “ ‹
            }
            return false
        case .symbol:
            let byte = bytes[start]
            if byte == 0x24 { return true }                                                // $
            if byte == 0xC2, start + 1 < bytes.count { return bytes[start + 1] == 0xA3 }   // £
            return byte == 0xE2 && start + 2 < bytes.count && bytes[start + 1] == 0x82 && bytes[start + 2] == 0xAC // €
        }
    }

    /// Whether the white space between two tokens holds a line break.
    private func hasLineBreak(between first: Token, and second: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = Int(first.end)
        let end = Int(second.start)
        while index < end {
            if bytes[index] == 0x0A { return true }
            index += 1
        }
        return false
    }
}
