import Testing
@testable import CaveatDocument

@Suite struct TokenizerTests {
    /// Each token as `kind:text`, `kind` being w, n, p or s.
    private func render(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(text).map { token in
            let kind = switch token.kind {
            case .word: "w"
            case .number: "n"
            case .punctuation: "p"
            case .symbol: "s"
            }
            return kind + ":" + String(decoding: bytes[token.range], as: UTF8.self)
        }
    }

    @Test func wordsKeepInnerApostrophesAndHyphens() {
        #expect(render("Don't self-medicate; don’t stop.") ==
                ["w:Don't", "w:self-medicate", "p:;", "w:don’t", "w:stop", "p:."])
    }

    @Test func trailingApostropheAndDanglingHyphenAreSeparate() {
        #expect(render("patients' risk- and x-") == ["w:patients", "p:'", "w:risk", "p:-", "w:and", "w:x", "p:-"])
    }

    @Test func alphanumericsAndNonASCIILetters() {
        #expect(render("b12 H2O COVID-19 naïve café Ärzte") ==
                ["w:b12", "w:H2O", "w:COVID-19", "w:naïve", "w:café", "w:Ärzte"])
    }

    @Test func decomposedAccentStaysInWord() {
        // "e" + U+0301 COMBINING ACUTE ACCENT.
        #expect(render("cafe\u{301} ok") == ["w:cafe\u{301}", "w:ok"])
    }

    @Test func numbersWithDecimalsAndThousands() {
        #expect(render("0.5 mg, 1,000 people, 2.5% and 1,2 or 3.") ==
                ["n:0.5", "w:mg", "p:,", "n:1,000", "w:people", "p:,", "n:2.5", "s:%", "w:and",
                 "n:1", "p:,", "n:2", "w:or", "n:3", "p:."])
    }

    @Test func unitGluedToNumberIsSplit() {
        #expect(render("5mg 10µg") == ["n:5", "w:mg", "n:10", "s:µ", "w:g"])
    }

    @Test func symbols() {
        #expect(render("$20 × 3 / day – 5") == ["s:$", "n:20", "s:×", "n:3", "s:/", "w:day", "p:–", "n:5"])
    }

    @Test func ellipsisAndDoubleHyphenAreSingleTokens() {
        #expect(render("wait... ok--fine…") == ["w:wait", "p:...", "w:ok", "p:--", "w:fine", "p:…"])
    }

    @Test func emojiSequencesAreOneSymbol() {
        // Thumbs up + skin tone; family via zero-width joiners; heart + variation selector.
        #expect(render("ok 👍🏽 👨‍👩‍👧 ❤️!") == ["w:ok", "s:👍🏽", "s:👨‍👩‍👧", "s:❤️", "p:!"])
    }

    @Test func whitespaceOfAllKindsSeparates() {
        #expect(render("a\tb\nc\u{00A0}d\u{2009}e") == ["w:a", "w:b", "w:c", "w:d", "w:e"])
    }

    @Test func byteOffsetsAreUTF8() {
        let tokens = Tokenizer().tokenize("é 👍 x")
        #expect(tokens.map(\.range) == [0..<2, 3..<7, 8..<9])
    }

    @Test func quotesAndBracketsArePunctuation() {
        #expect(render("(“Yes,” [he] said)") ==
                ["p:(", "p:“", "w:Yes", "p:,", "p:”", "p:[", "w:he", "p:]", "w:said", "p:)"])
    }
}
