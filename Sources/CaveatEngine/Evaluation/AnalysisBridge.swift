import CaveatDocument
import CaveatAnalysis

/// The one place where the engine meets the analysis components (bounded regex, detectors, NegEx/ConText
/// context, readability), so the rest of the engine does not depend on their exact shapes.
enum AnalysisBridge {
    /// A regex syntax problem: offset in the pattern and cause.
    struct RegexProblem: Error {
        var offset: Int
        var message: String
    }

    /// A detector occurrence: its range in the block text and its normalised value.
    struct Detection {
        var range: Range<Int>
        var normalized: String
    }

    /// Readability figures of a set of blocks.
    struct Scores {
        var words: Int
        var fleschKincaidGrade: Double
        var fleschReadingEase: Double
    }

    static func compileRegex(_ pattern: String, caseSensitive: Bool) -> Result<any RegexMatching, RegexProblem> {
        do {
            return .success(try BoundedRegex(pattern, caseInsensitive: !caseSensitive))
        } catch {
            return .failure(RegexProblem(offset: error.offset, message: error.message))
        }
    }

    /// Names of the detectors a rule may use.
    static let detectorNames: [String] = DetectorRegistry.names

    static func detect(_ name: String, in block: Block) -> [Detection] {
        guard let detector = DetectorRegistry.detector(named: name) else { return [] }
        return detector.detect(in: block).map { Detection(range: $0.range, normalized: $0.normalized) }
    }

    /// Names of the context categories a rule may use.
    static let contextCategories: [String] = ContextCategory.allCases.map(\.rawValue)

    private static let analyzer = ContextAnalyzer()

    /// The context cues of one sentence of a block.
    static func cues(in block: Block, sentence: Sentence) -> [ContextCue] {
        analyzer.cues(in: block, sentence: sentence)
    }

    /// The categories of the cues that govern a range (of the sentence the cues came from).
    static func categories(of range: Range<Int>, cues: [ContextCue]) -> Set<String> {
        var result = Set<String>()
        for cue in cues where cue.governs(range) { result.insert(cue.category.rawValue) }
        return result
    }

    /// Readability of the blocks, or `nil` when they hold no words.
    static func scores(of blocks: [Block]) -> Scores? {
        let scores = Readability.scores(of: blocks)
        guard scores.words > 0 else { return nil }
        return Scores(words: scores.words, fleschKincaidGrade: scores.fleschKincaidGrade,
                      fleschReadingEase: scores.fleschReadingEase)
    }
}
