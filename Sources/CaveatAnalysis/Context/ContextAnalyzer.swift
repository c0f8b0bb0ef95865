public import CaveatDocument

/// Finds ConText-style cues (negation, prohibition, permission, hypothetical, supervision, risk, report) in a
/// sentence and tells which of them govern a target span.
///
/// The algorithm follows ConText (Harkema et al. 2009) as implemented by medspaCy: triggers are matched
/// leftmost-longest; pseudo-triggers are matched and skipped; a forward cue governs the words after it, a
/// backward cue the words before it, a bidirectional cue both; each scope stops at the sentence edge, at a
/// terminator ("but", "however", ";"...), at `unless`, and at the next trigger of the same category. A cue
/// never governs a target that overlaps its own trigger.
public struct ContextAnalyzer: Sendable {
    /// An analyzer with the built-in English triggers (`ContextLexicon`).
    public init() {}

    /// Every cue of the sentence, in trigger order.
    public func cues(in block: Block, sentence: Sentence) -> [ContextCue] {
        TextBytes.with(block.text) { bytes in
            let lower = max(0, min(sentence.range.lowerBound, bytes.count))
            let upper = max(lower, min(sentence.range.upperBound, bytes.count))
            let tokens = CueScanner.scan(bytes, in: lower..<upper)
            return Self.cues(tokens: tokens, bytes: bytes)
        }
    }

    /// The categories of the cues that govern `target` (a byte range of `block.text` inside the sentence).
    ///
    /// In an overlong "sentence" (text the splitter could not divide) only `window` bytes on each side of the
    /// target are read, starting and ending at white space, so that each call stays cheap.
    public func categories(of target: Range<Int>, in block: Block, sentence: Sentence) -> Set<ContextCategory> {
        TextBytes.with(block.text) { bytes in
            var lower = max(0, min(sentence.range.lowerBound, bytes.count))
            var upper = max(lower, min(sentence.range.upperBound, bytes.count))
            if target.lowerBound - lower > Self.window {
                lower = target.lowerBound - Self.window
                while lower < target.lowerBound, !CueScanner.isSpace(bytes, lower, bytes.count) { lower += 1 }
            }
            if upper - target.upperBound > Self.window {
                upper = max(target.upperBound, target.upperBound + Self.window)
                while upper > target.upperBound, !CueScanner.isSpace(bytes, upper, bytes.count) { upper -= 1 }
            }
            let tokens = CueScanner.scan(bytes, in: lower..<upper)
            var result: Set<ContextCategory> = []
            for cue in Self.cues(tokens: tokens, bytes: bytes) where cue.governs(target) {
                result.insert(cue.category)
            }
            return result
        }
    }

    /// Bytes read on each side of a target in an overlong sentence.
    static let window = 1_500

    private struct Found {
        var category: ContextCategory?
        var direction: ContextDirection
        /// Categories whose scopes this one ends besides its own; every category for a terminator.
        var ends: Set<ContextCategory>
        /// Ended only by its own category, terminators and `unless`, not by `ends` of other triggers.
        var clausal = false
        var first: Int
        var end: Int

        var endsEverything: Bool { ends.count == ContextCategory.allCases.count }
    }

    static func cues(tokens: [CueToken], bytes: UnsafeBufferPointer<UInt8>) -> [ContextCue] {
        let table = ContextLexicon.table
        var found: [Found] = []
        for match in table.matches(in: tokens) {
            switch table.phrases[match.phrase].payload {
            case .pseudo:
                continue
            case .terminate:
                found.append(Found(category: nil, direction: .forward, ends: Set(ContextCategory.allCases),
                                   first: match.firstToken, end: match.endToken))
            case .imperativeOrNegation:
                let category: ContextCategory = opensClause(tokens, before: match.firstToken) ? .prohibition : .negation
                found.append(Found(category: category, direction: .forward, ends: [],
                                   first: match.firstToken, end: match.endToken))
            case let .trigger(category, direction, ends):
                found.append(Found(category: category, direction: direction, ends: ends,
                                   first: match.firstToken, end: match.endToken))
            case .imperativePermission:
                guard opensClause(tokens, before: match.firstToken) else { continue }
                found.append(Found(category: .permission, direction: .forward, ends: [],
                                   first: match.firstToken, end: match.endToken))
            case .clausalNegation:
                found.append(Found(category: .negation, direction: .forward, ends: [], clausal: true,
                                   first: match.firstToken, end: match.endToken))
            }
        }
        var cues: [ContextCue] = []
        for (index, cue) in found.enumerated() {
            guard let category = cue.category else { continue }
            let stops = { (other: Found) in
                other.category == category || other.endsEverything || (!cue.clausal && other.ends.contains(category))
            }
            var left = 0
            var right = tokens.count
            if cue.direction != .forward {
                if let previous = found[..<index].last(where: stops) { left = previous.end }
            } else {
                left = cue.end
            }
            if cue.direction != .backward {
                if let next = found[(index + 1)...].first(where: stops) { right = next.first }
            } else {
                right = cue.first
            }
            let trigger = tokens[cue.first].start..<tokens[cue.end - 1].end
            let fallback = cue.direction == .backward ? trigger.lowerBound : trigger.upperBound
            let scope = wordSpan(tokens, left, right) ?? (fallback..<fallback)
            cues.append(ContextCue(category: category, trigger: trigger, scope: scope, direction: cue.direction))
        }
        return cues
    }

    /// The byte span from the first to the last non-symbol token of `tokens[from..<to]`.
    private static func wordSpan(_ tokens: [CueToken], _ from: Int, _ to: Int) -> Range<Int>? {
        var first = from
        var last = to - 1
        while first <= last, tokens[first].kind == .symbol { first += 1 }
        while last >= first, tokens[last].kind == .symbol { last -= 1 }
        guard first <= last else { return nil }
        return tokens[first].start..<tokens[last].end
    }

    private static let openers: Set<UInt64> = Set(["\"", "(", "[", "\u{201C}", "\u{2018}"].map(CueScanner.key(of:)))

    /// Whether the token before `index` ends a clause (or there is none), so that an imperative may start.
    private static func opensClause(_ tokens: [CueToken], before index: Int) -> Bool {
        var previous = index - 1
        // Opening quotes and brackets do not count: `"Don't stop` opens a clause.
        while previous >= 0, openers.contains(tokens[previous].key) { previous -= 1 }
        guard previous >= 0 else { return true }
        let token = tokens[previous]
        if token.kind == .symbol { return true }
        return ContextLexicon.clauseOpeners.contains(token.key)
    }
}
