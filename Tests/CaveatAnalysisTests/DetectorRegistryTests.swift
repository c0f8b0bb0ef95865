import CaveatDocument
import Foundation
import TestSupport
import Testing
@testable import CaveatAnalysis

@Suite struct DetectorRegistryTests {
    @Test func namesAndLookup() {
        #expect(DetectorRegistry.names == ["dose", "phone", "email", "url", "call-to-action"])
        for name in DetectorRegistry.names {
            #expect(DetectorRegistry.detector(named: name)?.name == name)
        }
        #expect(DetectorRegistry.detector(named: "Phone") == nil)
        #expect(DetectorRegistry.detector(named: "") == nil)
    }

    @Test func everyMatchCarriesItsDetectorName() {
        let text = "Call us today at (201) 555-0143 or info@example.org, see example.org; take 5 mg daily."
        let block = makeBlock(text)
        for name in DetectorRegistry.names {
            let matches = DetectorRegistry.detector(named: name)?.detect(in: block) ?? []
            #expect(matches.count == 1, "\(name)")
            #expect(matches.allSatisfy { $0.detector == name })
        }
    }

    /// Random mixes of tricky characters: nothing traps, every range lies inside the text on character
    /// boundaries, matches come in order without overlap, and context scopes stay inside the sentence.
    /// The generator is seeded, so a failure reproduces; set CAVEAT_FUZZ_ITERATIONS for a longer run.
    @Test func randomTextNeverBreaksRangeInvariants() {
        let iterations = Int(ProcessInfo.processInfo.environment["CAVEAT_FUZZ_ITERATIONS"] ?? "") ?? 2_000
        let pieces = ["1", "800", "-", ".", "(", ")", "+", " ", "\u{00A0}", "–", "’", "'", "s", "HELP", "mg", "/",
                      "kg", "½", "µg", "@", "a", "www", "com", "://", "http", "call", "us", "never", "not", "but",
                      "if", "doctor", "seizures", ";", "é", "😀", "q", "6", "h", "b.i.d.", "x", "×", "%", "$",
                      "tel",
                      "988", "0", ",", ":", "\n", "can't", "stress", "enough", "to", "two", "tablets", "Valium",
                      "00", "(0)", "+44", " 20 ", "%20", "unless", "no evidence that", "just", "cause", "mailto:",
                      "\u{2009}", "“", "”", "…", "—", "#"]
        var generator = SplitMix64(seed: 0x5EED_CAFE)
        let analyzer = ContextAnalyzer()
        for _ in 0..<iterations {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let length = text.utf8.count
            var linkEnd = min(length, 3)
            while !isBoundary(text, linkEnd) { linkEnd += 1 }
            let block = makeBlock(text, links: [Link(target: "tel:1-800-662-HELP", textRange: 0..<linkEnd)])
            for name in DetectorRegistry.names {
                let matches = DetectorRegistry.detector(named: name)!.detect(in: block)
                for match in matches {
                    #expect(match.range.lowerBound >= 0 && match.range.upperBound <= length, "\(name): \(text)")
                    #expect(isBoundary(text, match.range.lowerBound) && isBoundary(text, match.range.upperBound),
                            "\(name): \(text)")
                }
                let fromText = matches.filter { ($0.attributes["source"] ?? "text") == "text" }
                for (previous, next) in zip(fromText, fromText.dropFirst()) {
                    #expect(previous.range.upperBound <= next.range.lowerBound, "\(name): \(text)")
                }
            }
            let sentence = wholeSentence(text)
            for cue in analyzer.cues(in: block, sentence: sentence) {
                #expect(sentence.range.contains(cue.trigger.lowerBound) && cue.trigger.upperBound <= length)
                #expect(cue.scope.lowerBound >= 0 && cue.scope.upperBound <= length)
            }
            _ = Readability.scores(of: [block])
        }
    }

    private func isBoundary(_ text: String, _ offset: Int) -> Bool {
        let utf8 = Array(text.utf8)
        return offset == utf8.count || offset == 0 || utf8[offset] & 0xC0 != 0x80
    }
}

/// A small deterministic generator so that the random-text test is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
