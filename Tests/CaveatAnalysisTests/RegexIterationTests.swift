import Testing
@testable import CaveatAnalysis

/// `matches(in:)` finds all matches in one pass (see `RegexVM.allMatches`); it must give exactly what repeated
/// `firstMatch` calls give, including for patterns where ICU is not a usable reference (empty loop iterations).
@Suite("BoundedRegex single-pass iteration")
struct RegexIterationTests {
    private static func repeatedSearch(_ regex: BoundedRegex, _ text: String) -> [Range<Int>] {
        var results: [Range<Int>] = []
        var position = 0
        let utf8 = Array(text.utf8)
        while position <= utf8.count, let match = regex.firstMatch(in: text, from: position) {
            results.append(match)
            if !match.isEmpty {
                position = match.upperBound
            } else if match.upperBound < utf8.count {
                // Step over one whole scalar: skip its continuation bytes.
                position = match.upperBound + 1
                while position < utf8.count && utf8[position] & 0xC0 == 0x80 { position += 1 }
            } else {
                break
            }
        }
        return results
    }

    @Test func agreesWithRepeatedSearches() throws {
        var state: UInt64 = 0x5EED
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["a", "b", "é", ".", "[ab]", "\\b", "\\B", "^", "$", "(?:a|)", "(?:a*)", "(?:b|ab)", "a.*b",
                      "(?:a|b)*?", "x?", "é+"]
        let quantifiers = ["", "", "", "*", "+", "?", "*?", "+?", "{0,2}", "{1,3}?"]
        let alphabet: [Character] = ["a", "b", "é", " ", "x"]
        var disagreements: [String] = []
        for _ in 0..<3_000 {
            var pattern = ""
            for _ in 0..<(1 + random(4)) {
                let piece = pieces[random(pieces.count)]
                let quantifier = ["\\b", "\\B", "^", "$"].contains(piece) ? "" : quantifiers[random(quantifiers.count)]
                pattern += (piece.count > 1 && !quantifier.isEmpty ? "(?:\(piece))" : piece) + quantifier
            }
            if random(4) == 0 { pattern += "|" + pieces[random(pieces.count)] }
            let regex = try BoundedRegex(pattern)
            for _ in 0..<6 {
                let text = String((0..<random(12)).map { _ in alphabet[random(alphabet.count)] })
                let expected = Self.repeatedSearch(regex, text)
                let actual = regex.matches(in: text)
                if actual != expected && disagreements.count < 10 {
                    disagreements.append("/\(pattern)/ on \"\(text)\": \(actual) but repeated search \(expected)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}
