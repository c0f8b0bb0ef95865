/// Counts and readability formulas for a stretch of text.
public struct ReadabilityScores: Sendable, Hashable {
    /// Runs of non-space characters that contain a letter or a digit.
    public var words: Int
    /// Sentences that contain at least one word (at least one per block with words).
    public var sentences: Int
    /// Estimated English syllables over all words (`Readability.syllables(in:)`).
    public var syllables: Int
    /// Words of three or more syllables (the SMOG and Gunning fog "complex words").
    public var polysyllables: Int

    public init(words: Int, sentences: Int, syllables: Int, polysyllables: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.polysyllables = polysyllables
    }

    /// Words per sentence (0 without sentences).
    public var wordsPerSentence: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }

    /// Syllables per word (0 without words).
    public var syllablesPerWord: Double { words == 0 ? 0 : Double(syllables) / Double(words) }

    /// Flesch–Kincaid grade level: 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (0 without words).
    public var fleschKincaidGrade: Double {
        words == 0 ? 0 : 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
    }

    /// Flesch reading ease: 206.835 − 1.015 × words/sentences − 84.6 × syllables/words (0 without words).
    public var fleschReadingEase: Double {
        words == 0 ? 0 : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
    }
}
