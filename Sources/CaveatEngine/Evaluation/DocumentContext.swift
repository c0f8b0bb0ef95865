import CaveatDocument
import CaveatAnalysis

/// Everything the rules of one lint run share about a document: the phrase matches of every block (one matcher
/// run per block), sentence numbering, and caches for detectors, context and block masks.
final class DocumentContext {
    let document: Document
    /// Phrase occurrences by phrase id.
    let phraseHits: [Int32: [Occurrence]]
    /// The global index of each block's first sentence (a block without sentences counts as one).
    private let sentenceBase: [Int]
    private var detectorCache: [String: [Occurrence]] = [:]
    /// Context cues by block and sentence index: computed once per sentence, however many occurrences it has.
    private var cueCache: [SentenceKey: [ContextCue]] = [:]

    private struct SentenceKey: Hashable {
        var block: Int
        var sentence: Int
    }
    /// Block masks by `BlockFilter` index (rules with the same regions and kinds share one).
    private var masks: [[Bool]?]
    private let filters: [BlockFilter]

    init(document: Document, matcher: PhraseMatcher, filters: [BlockFilter]) {
        self.document = document
        self.filters = filters
        self.masks = Array(repeating: nil, count: filters.count)
        var hits: [Int32: [Occurrence]] = [:]
        var bases: [Int] = []
        bases.reserveCapacity(document.blocks.count)
        var next = 0
        for (index, block) in document.blocks.enumerated() {
            bases.append(next)
            next += max(1, block.sentences.count)
            for match in matcher.matches(in: block.text) {
                hits[match.phrase, default: []].append(Occurrence(block: index, range: match.range))
            }
        }
        self.phraseHits = hits
        self.sentenceBase = bases
    }

    /// Which blocks the rules with block filter `index` look at.
    func mask(_ index: Int) -> [Bool] {
        if let mask = masks[index] { return mask }
        let filter = filters[index]
        let mask = document.blocks.map {
            filter.regions.contains($0.region) && filter.kinds.contains($0.kind) && !$0.text.isEmpty
        }
        masks[index] = mask
        return mask
    }

    /// Every occurrence of a detector in the document (any block).
    func detections(_ name: String) -> [Occurrence] {
        if let cached = detectorCache[name] { return cached }
        var result: [Occurrence] = []
        for (index, block) in document.blocks.enumerated() {
            for detection in AnalysisBridge.detect(name, in: block) {
                result.append(Occurrence(block: index, range: detection.range, value: detection.normalized))
            }
        }
        detectorCache[name] = result
        return result
    }

    /// The index (in the block's `sentences`) of the sentence holding a byte offset; 0 when there is none.
    func localSentence(block: Int, offset: Int) -> Int {
        let sentences = document.blocks[block].sentences
        var low = 0
        var high = sentences.count - 1
        guard high > 0 else { return 0 }
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(sentences[mid].start) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The document-wide sentence number of an occurrence.
    func globalSentence(_ occurrence: Occurrence) -> Int {
        sentenceBase[occurrence.block] + localSentence(block: occurrence.block, offset: occurrence.range.lowerBound)
    }

    /// The sentence holding an occurrence (the whole block when it has no sentences).
    func sentence(of occurrence: Occurrence) -> Sentence {
        let block = document.blocks[occurrence.block]
        guard !block.sentences.isEmpty else { return Sentence(start: 0, end: block.text.utf8.count) }
        return block.sentences[localSentence(block: occurrence.block, offset: occurrence.range.lowerBound)]
    }

    /// The context categories governing an occurrence.
    func categories(of occurrence: Occurrence) -> Set<String> {
        let key = SentenceKey(block: occurrence.block,
                              sentence: localSentence(block: occurrence.block, offset: occurrence.range.lowerBound))
        let cues: [ContextCue]
        if let cached = cueCache[key] {
            cues = cached
        } else {
            cues = AnalysisBridge.cues(in: document.blocks[occurrence.block], sentence: sentence(of: occurrence))
            cueCache[key] = cues
        }
        return AnalysisBridge.categories(of: occurrence.range, cues: cues)
    }

    /// The unit of a scope an occurrence belongs to, for one-result-per-unit grouping; `nil` for sliding scopes.
    func unit(of occurrence: Occurrence, in scope: Scope) -> Int? {
        switch scope {
        case .document: 0
        case .block: occurrence.block
        case .sentence: globalSentence(occurrence)
        case .section: document.blocks[occurrence.block].section ?? -1
        case .sentences: nil
        }
    }

    /// Whether an occurrence opens its sentence (or, with `block`, its block): no word or number before it.
    func opens(_ occurrence: Occurrence, block wholeBlock: Bool) -> Bool {
        let start = wholeBlock ? 0 : Int(sentence(of: occurrence).start)
        let tokens = document.blocks[occurrence.block].tokens
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].start) < start { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < tokens.count, Int(tokens[index].start) < occurrence.range.lowerBound {
            if tokens[index].kind == .word || tokens[index].kind == .number { return false }
            index += 1
        }
        return true
    }

    /// The number of words (word and number tokens) strictly between two ranges of a block; 0 if they overlap.
    func wordsBetween(block: Int, _ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
        let (first, second) = lhs.lowerBound <= rhs.lowerBound ? (lhs, rhs) : (rhs, lhs)
        let gapStart = first.upperBound
        let gapEnd = second.lowerBound
        guard gapStart < gapEnd else { return 0 }
        let tokens = document.blocks[block].tokens
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].start) < gapStart { low = mid + 1 } else { high = mid }
        }
        var count = 0
        var index = low
        while index < tokens.count, Int(tokens[index].end) <= gapEnd {
            if tokens[index].kind == .word || tokens[index].kind == .number { count += 1 }
            index += 1
        }
        return count
    }
}
