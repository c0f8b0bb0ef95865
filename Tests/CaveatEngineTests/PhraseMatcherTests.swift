import Testing
import CaveatAnalysis

@Suite struct PhraseMatcherTests {
    private func found(_ phrases: [PhraseMatcher.Phrase], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return PhraseMatcher(phrases: phrases).matches(in: text).map {
            "\($0.phrase):" + String(decoding: bytes[$0.range], as: UTF8.self)
        }
    }

    @Test func matchesWholeWordsCaseInsensitively() {
        let phrases = [PhraseMatcher.Phrase(text: "stop", id: 1)]
        #expect(found(phrases, in: "STOP now; don't stopwatch or nonstop.") == ["1:STOP"])
    }

    @Test func matchesSimpleInflections() {
        let phrases = [
            PhraseMatcher.Phrase(text: "stop", id: 1), PhraseMatcher.Phrase(text: "seizure", id: 2),
            PhraseMatcher.Phrase(text: "taper", id: 3), PhraseMatcher.Phrase(text: "quit", id: 4),
            PhraseMatcher.Phrase(text: "therapy", id: 5), PhraseMatcher.Phrase(text: "dose", id: 6),
        ]
        let text = "stops stopped stopping seizures tapered tapering quitting therapies dosing doses"
        #expect(found(phrases, in: text) == [
            "1:stops", "1:stopped", "1:stopping", "2:seizures", "3:tapered", "3:tapering", "4:quitting",
            "5:therapies", "6:dosing", "6:doses",
        ])
        // Inflections are only added: a plural phrase does not match the singular.
        #expect(found([PhraseMatcher.Phrase(text: "seizures", id: 1)], in: "a seizure") == [])
    }

    @Test func curlyAndStraightQuotesAreTheSame() {
        let phrases = [PhraseMatcher.Phrase(text: "don’t stop", id: 7)]
        #expect(found(phrases, in: "Don't stop. Don’t   stop.") == ["7:Don't stop", "7:Don’t   stop"])
    }

    @Test func multiWordPhrasesInflectEachWord() {
        let phrases = [PhraseMatcher.Phrase(text: "stop taking", id: 1)]
        #expect(found(phrases, in: "After stopping taking it") == ["1:stopping taking"])
    }

    @Test func exactPhrasesAreCaseSensitiveAndNotInflected() {
        let phrases = [PhraseMatcher.Phrase(text: "AA", id: 1, exact: true),
                       PhraseMatcher.Phrase(text: "Stop", id: 2, exact: true)]
        #expect(found(phrases, in: "AA meetings, aa, Stop, stop, Stops") == ["1:AA", "2:Stop"])
    }

    @Test func overlappingPhrasesAreAllReported() {
        let phrases = [PhraseMatcher.Phrase(text: "cold turkey", id: 1), PhraseMatcher.Phrase(text: "turkey", id: 2)]
        #expect(found(phrases, in: "going cold turkey") == ["1:cold turkey", "2:turkey"])
    }

    @Test func nonASCIITextKeepsByteOffsets() {
        let phrases = [PhraseMatcher.Phrase(text: "café", id: 1)]
        let matches = PhraseMatcher(phrases: phrases).matches(in: "Le café")
        #expect(matches == [PhraseMatch(phrase: 1, range: 3..<8)])
    }

    @Test func inflectorExpandsRegularForms() {
        #expect(Inflector.variants(of: Array("stop".utf8)).map { String(decoding: $0, as: UTF8.self) }
                == ["stop", "stops", "stoped", "stoping", "stopped", "stopping"])
        #expect(Inflector.variants(of: Array("mg".utf8)).count == 1)
    }
}

/// The automaton against a naive search, on random phrases and texts over a small alphabet (so that deep
/// states, failure links and overlapping phrases are exercised).
@Suite struct PhraseMatcherDifferentialTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Whole-word, case-insensitive, exact-bytes occurrences (no inflections: phrases are marked exact and
    /// lower case, text lower case).
    private func naive(_ phrases: [String], in text: String) -> Set<String> {
        let bytes = Array(text.utf8)
        var found = Set<String>()
        for (id, phrase) in phrases.enumerated() {
            let needle = Array(phrase.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { continue }
            for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle {
                let before = start == 0 || bytes[start - 1] == 0x20
                let after = start + needle.count == bytes.count || bytes[start + needle.count] == 0x20
                if before && after { found.insert("\(id)@\(start)") }
            }
        }
        return found
    }

    @Test func agreesWithNaiveSearch() {
        var generator = Generator(state: 42)
        let letters = ["a", "b", "c", "ab", "ba"]
        for _ in 0..<200 {
            var phrases: [String] = []
            for _ in 0..<(1 + generator.next(12)) {
                let words = (0..<(1 + generator.next(3))).map { _ in
                    (0..<(1 + generator.next(4))).map { _ in letters[generator.next(letters.count)] }.joined()
                }
                phrases.append(words.joined(separator: " "))
            }
            let text = (0..<(1 + generator.next(30))).map { _ in
                (0..<(1 + generator.next(4))).map { _ in letters[generator.next(letters.count)] }.joined()
            }.joined(separator: " ")
            let matcher = PhraseMatcher(phrases: phrases.enumerated().map {
                PhraseMatcher.Phrase(text: $0.element, id: Int32($0.offset), exact: true)
            })
            // Several phrases may be equal: collapse ids to the first equal phrase on both sides.
            let canonical = phrases.map { phrase in Int32(phrases.firstIndex(of: phrase)!) }
            let got = Set(matcher.matches(in: text).map { "\(canonical[Int($0.phrase)])@\($0.range.lowerBound)" })
            let expected = Set(naive(phrases, in: text).map { entry -> String in
                let parts = entry.split(separator: "@")
                return "\(canonical[Int(parts[0])!])@\(parts[1])"
            })
            #expect(got == expected, "phrases \(phrases) text \(text)")
        }
    }
}
