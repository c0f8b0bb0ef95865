import CaveatDocument
import Testing
@testable import CaveatAnalysis

@Suite struct ReadabilityTests {
    @Test(arguments: [
        ("the", 1), ("cat", 1), ("you", 1), ("yes", 1), ("doctor", 2), ("table", 2), ("make", 1), ("free", 1),
        ("takes", 1), ("places", 2), ("boxes", 2), ("changes", 2), ("seizures", 2), ("stopped", 1), ("wanted", 2),
        ("tapered", 2), ("diazepam", 4), ("medication", 4), ("physician", 3), ("period", 3), ("medium", 3),
        ("don't", 1), ("don’t", 1), ("life-threatening", 4), ("withdrawal", 3), ("Benzodiazepine", 6),
        ("5mg", 1), ("2025", 1), ("mg", 1),
        // Heuristic limits, asserted so that a change is noticed: dictionaries say 4 and 3.
        ("anxiety", 3), ("recipe", 2),
    ])
    func syllables(word: String, expected: Int) {
        #expect(Readability.syllables(in: word) == expected)
    }

    @Test func scoresOverBlocks() {
        let first = makeBlock("The cat sat on the mat.")
        let text = "Stop taking diazepam slowly. Ask your doctor."
        var second = makeBlock(text)
        second.sentences = [Sentence(start: 0, end: 28), Sentence(start: 29, end: text.utf8.count)]
        var heading = makeBlock("Withdrawal risks")
        heading.kind = .heading
        heading.sentences = []
        let punctuation = makeBlock("— …")
        let scores = Readability.scores(of: [first, second, heading, punctuation])
        // 6 + 7 + 2 words; 1 + 2 + 1 sentences; 6 + (1+2+4+2+1+1+2) + (3+1) syllables.
        #expect(scores.words == 15)
        #expect(scores.sentences == 4)
        #expect(scores.syllables == 23)
        #expect(scores.polysyllables == 2)
        // 0.39 × 15/4 + 11.8 × 23/15 − 15.59 and 206.835 − 1.015 × 15/4 − 84.6 × 23/15.
        #expect(abs(scores.fleschKincaidGrade - 3.9658333333) < 1e-9)
        #expect(abs(scores.fleschReadingEase - 73.30875) < 1e-9)
    }

    @Test func sentencesWithoutWordsDoNotCount() {
        let text = "Stop. … Now."
        var block = makeBlock(text)
        block.sentences = [Sentence(start: 0, end: 5), Sentence(start: 6, end: 9), Sentence(start: 10, end: 14)]
        let scores = Readability.scores(of: [block])
        #expect(scores.words == 2)
        #expect(scores.sentences == 2)
        #expect(scores.syllables == 2)
        // 0.39 × 1 + 11.8 × 1 − 15.59
        #expect(abs(scores.fleschKincaidGrade - -3.4) < 1e-9)
        #expect(abs(scores.fleschReadingEase - 121.22) < 1e-9)
    }

    @Test func emptyInputScoresZero() {
        let scores = Readability.scores(of: [Block]())
        #expect(scores == ReadabilityScores(words: 0, sentences: 0, syllables: 0, polysyllables: 0))
        #expect(scores.fleschKincaidGrade == 0)
        #expect(scores.fleschReadingEase == 0)
        #expect(scores.wordsPerSentence == 0)
    }

    @Test func noBreakSpacesSeparateWords() {
        let scores = Readability.scores(of: [makeBlock("take\u{00A0}5\u{2009}mg")])
        #expect(scores.words == 3)
        #expect(scores.syllables == 3)
    }
}
