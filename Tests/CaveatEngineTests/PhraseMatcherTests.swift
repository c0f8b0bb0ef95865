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
