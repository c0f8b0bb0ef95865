import Testing
@testable import CaveatDocument

/// Random text must split into ordered, disjoint sentences that together hold every token exactly once.
@Suite struct SentenceSplitterFuzzTests {
    private static let pieces = [
        "word", "Word", " ", "  ", "\n", ".", "...", "…", "?", "!", "\"", "“", "”", "'", "’", "(", ")", "[", "]",
        "0.5", "1,000", "12", "mg", "Dr.", "e.g.", "U.S.", "etc.", "J.", "The", "é", "😴", "$", "%", "-", "--",
        ",", ";", ":", "\t", "\u{00A0}", "\u{200D}", "\u{301}",
    ]

    @Test func sentencesPartitionTheTokens() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<next(40) { text += Self.pieces[next(Self.pieces.count)] }
            let tokens = Tokenizer().tokenize(text)
            for kind in [BlockKind.paragraph, .preformatted] {
                let sentences = SentenceSplitter().split(text, tokens: tokens, kind: kind)
                var tokenIndex = 0
                for sentence in sentences {
                    #expect(!sentence.range.isEmpty, "\(text.debugDescription)")
                    #expect(tokenIndex < tokens.count && Int(tokens[tokenIndex].start) == sentence.range.lowerBound,
                            "\(text.debugDescription)")
                    while tokenIndex < tokens.count, Int(tokens[tokenIndex].end) <= sentence.range.upperBound {
                        tokenIndex += 1
                    }
                    #expect(Int(tokens[tokenIndex - 1].end) == sentence.range.upperBound, "\(text.debugDescription)")
                }
                #expect(tokenIndex == tokens.count, "\(text.debugDescription)")
            }
        }
    }
}
