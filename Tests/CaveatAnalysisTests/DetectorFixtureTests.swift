import CaveatDocument
import Testing
@testable import CaveatAnalysis

/// Builds a body paragraph the way the assembler would, with one sentence spanning the whole text.
func makeBlock(_ text: String, links: [Link] = []) -> Block {
    Block(kind: .paragraph, region: .body, text: text, map: TextMap(), element: "p", links: links,
          sentences: [wholeSentence(text)], tokens: Tokenizer().tokenize(text))
}

/// A sentence covering all of `text`.
func wholeSentence(_ text: String) -> Sentence {
    Sentence(start: 0, end: text.utf8.count)
}

/// The UTF-8 byte range of the `occurrence`-th (1-based) `needle` in `text`; traps when absent so that a
/// typo in a test fails loudly.
func byteRange(of needle: String, in text: String, occurrence: Int = 1) -> Range<Int> {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    var seen = 0
    var index = 0
    while index + pattern.count <= haystack.count {
        if Array(haystack[index..<index + pattern.count]) == pattern {
            seen += 1
            if seen == occurrence { return index..<index + pattern.count }
        }
        index += 1
    }
    preconditionFailure("'\(needle)' (#\(occurrence)) not in '\(text)'")
}

/// The texts of the detector's matches, in order.
func matchedTexts(_ detector: any Detector, _ text: String, links: [Link] = []) -> [String] {
    let block = makeBlock(text, links: links)
    return detector.detect(in: block).map { block.substring($0.range) }
}

@Suite struct DetectorFixtureTests {
    @Test func byteRangeCountsUTF8BytesNotCharacters() {
        let text = "Dosis: ½ tablet — 5 µg"
        #expect(byteRange(of: "½", in: text) == 7..<9)
        #expect(byteRange(of: "5 µg", in: text) == 21..<26)
        #expect(byteRange(of: "t", in: text, occurrence: 2) == 15..<16)
    }

    @Test func cueScannerSplitsDigitsLettersAndPossessives() {
        let text = "Ask your doctor’s team: 5mg q6h, don’t self-taper."
        let tokens = CueScanner.scan(text)
        let block = makeBlock(text)
        #expect(tokens.map { block.substring($0.range) } == [
            "Ask", "your", "doctor", "’s", "team", ":", "5", "mg", "q", "6", "h", ",", "don’t", "self", "-",
            "taper", ".",
        ])
        #expect(tokens[12].key == CueScanner.key(of: "DON'T"))
        #expect(tokens[3].key == CueScanner.key(of: "'s"))
        #expect(tokens.map(\.spaced) == [
            true, true, true, false, true, false, true, false, true, false, false, false, true, true, false,
            false, false,
        ])
    }

    @Test func cueScannerKeepsDecimalsAndFractionsAsNumbers() {
        let tokens = CueScanner.scan("0.5 1,000 ½ 3.")
        #expect(tokens.map(\.kind) == [.number, .number, .number, .number, .symbol])
        #expect(tokens.map(\.range) == [0..<3, 4..<9, 10..<12, 13..<14, 14..<15])
    }

    @Test func phrasePatternsExpandChoicesAndOptionalSlots() {
        #expect(CuePhraseTable<Int>.expand("call [us] now|today") == [
            "call us now", "call us today", "call now", "call today",
        ])
        #expect(CuePhraseTable<Int>.expand("our treatment_center") == ["our treatment center"])
    }

    @Test func phraseTableMatchesLeftmostLongest() {
        let table = CuePhraseTable<String>([("no", "short"), ("no one should", "long"), ("# times a day", "freq")])
        let tokens = CueScanner.scan("No one should take it three times a day, no.")
        let found = table.matches(in: tokens).map { table.phrases[$0.phrase].payload }
        #expect(found == ["long", "freq", "short"])
    }
}
