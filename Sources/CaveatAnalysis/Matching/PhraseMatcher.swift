/// Finds many phrases in a text at once: an Aho–Corasick automaton over normalised UTF-8 bytes
/// (see `NormalizedText`), compiled once, run once per block whatever the number of phrases.
///
/// Phrases match whole words, case-insensitively, with simple inflections expanded at compile time
/// (`Inflector`). Exact phrases skip inflections and are checked case-sensitively against the original text.
public struct PhraseMatcher: Sendable {
    /// A phrase to compile.
    public struct Phrase: Sendable, Hashable {
        /// The phrase as written in a rule or lexicon.
        public var text: String
        /// The caller's id, reported in `PhraseMatch.phrase`. Several phrases may share an id.
        public var id: Int32
        /// No inflections, case-sensitive.
        public var exact: Bool

        /// A phrase with the caller's id.
        public init(text: String, id: Int32, exact: Bool = false) {
            self.text = text
            self.id = id
            self.exact = exact
        }
    }

    /// What a pattern (one normalised variant of a phrase) reports when the automaton reaches its end.
    private struct Output: Sendable {
        var phrase: Int32
        var length: Int32
        /// Index into `exactForms`, or -1.
        var exact: Int32
        var checkStart: Bool
        var checkEnd: Bool
    }

    /// Maps each byte to its column in `transitions`; bytes that occur in no phrase share column 0.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// `transitions[state * classCount + class]`: the complete DFA.
    private let transitions: [Int32]
    /// Outputs of each state: `outputs[outputStart[s]..<outputStart[s + 1]]`, including those inherited
    /// through failure links.
    private let outputStart: [Int32]
    private let outputs: [Output]
    private let exactForms: [[UInt8]]

    /// The number of phrases compiled (variants included), for diagnostics and benchmarks.
    public let patternCount: Int

    /// The number of automaton states, for benchmarks.
    public var stateCount: Int { outputStart.count - 1 }
    /// The size of the transition table in bytes, for benchmarks.
    public var tableBytes: Int { transitions.count * MemoryLayout<Int32>.size }

    /// Compiles the phrases. Empty phrases are ignored.
    public init(phrases: [Phrase]) {
        // 1. Expand variants and build the trie.
        var children: [[UInt8: Int32]] = [[:]]
        var terminal: [[Output]] = [[]]
        var exactForms: [[UInt8]] = []
        var seen = Set<PatternKey>()
        var used = [Bool](repeating: false, count: 256)
        for phrase in phrases {
            let normalized = NormalizedText.normalizePhrase(phrase.text)
            guard !normalized.isEmpty else { continue }
            var exactIndex: Int32 = -1
            if phrase.exact {
                exactForms.append(NormalizedText.normalizePhrase(phrase.text, keepCase: true))
                exactIndex = Int32(exactForms.count - 1)
            }
            let variants = phrase.exact ? [normalized] : PhraseMatcher.variants(of: normalized)
            for variant in variants {
                guard seen.insert(PatternKey(bytes: variant, phrase: phrase.id, exact: exactIndex >= 0)).inserted
                else { continue }
                var state: Int32 = 0
                for byte in variant {
                    used[Int(byte)] = true
                    if let next = children[Int(state)][byte] {
                        state = next
                    } else {
                        children.append([:])
                        terminal.append([])
                        let next = Int32(children.count - 1)
                        children[Int(state)][byte] = next
                        state = next
                    }
                }
                terminal[Int(state)].append(Output(
                    phrase: phrase.id, length: Int32(variant.count), exact: exactIndex,
                    checkStart: NormalizedText.isWordByte(variant[0]),
                    checkEnd: NormalizedText.isWordByte(variant[variant.count - 1])))
            }
        }
        // 2. Byte classes.
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for byte in 0..<256 where used[byte] {
            byteClass[byte] = UInt8(classCount)
            classCount += 1
        }
        // 3. Breadth-first: failure links, full transitions, inherited outputs.
        let stateCount = children.count
        var transitions = [Int32](repeating: 0, count: stateCount * classCount)
        var fail = [Int32](repeating: 0, count: stateCount)
        var order: [Int32] = []
        order.reserveCapacity(stateCount)
        for (byte, child) in children[0] {
            transitions[Int(byteClass[Int(byte)])] = child
            order.append(child)
        }
        var head = 0
        while head < order.count {
            let state = Int(order[head])
            head += 1
            let failState = Int(fail[state])
            // Start from the failure state's row, then override with real children.
            for column in 0..<classCount {
                transitions[state * classCount + column] = transitions[failState * classCount + column]
            }
            for (byte, child) in children[state] {
                let column = Int(byteClass[Int(byte)])
                fail[Int(child)] = transitions[failState * classCount + column]
                transitions[state * classCount + column] = child
                order.append(child)
            }
        }
        // Outputs in BFS order so a state's failure target is complete before the state itself.
        var inherited = terminal
        for state in order {
            let failState = Int(fail[Int(state)])
            if !inherited[failState].isEmpty { inherited[Int(state)].append(contentsOf: inherited[failState]) }
        }
        var outputStart: [Int32] = [0]
        var outputs: [Output] = []
        for state in 0..<stateCount {
            outputs.append(contentsOf: inherited[state])
            outputStart.append(Int32(outputs.count))
        }
        self.byteClass = byteClass
        self.classCount = classCount
        self.transitions = transitions
        self.outputStart = outputStart
        self.outputs = outputs
        self.exactForms = exactForms
        self.patternCount = seen.count
    }

    /// Every whole-word occurrence of every phrase in `text`, sorted by start, longer first; a phrase id is
    /// reported once per range.
    public func matches(in text: String) -> [PhraseMatch] {
        guard !outputs.isEmpty else { return [] }
        return matches(in: NormalizedText(text))
    }

    /// As `matches(in:)`, on text normalised already (callers that match several times reuse it).
    public func matches(in normalized: NormalizedText) -> [PhraseMatch] {
        guard !outputs.isEmpty else { return [] }
        var found: [PhraseMatch] = []
        let bytes = normalized.bytes
        let count = bytes.count
        bytes.withUnsafeBufferPointer { text in
            transitions.withUnsafeBufferPointer { table in
                byteClass.withUnsafeBufferPointer { classes in
                    var state = 0
                    for index in 0..<count {
                        state = Int(table[state * classCount + Int(classes[Int(text[index])])])
                        let lower = Int(outputStart[state])
                        let upper = Int(outputStart[state + 1])
                        guard lower < upper else { continue }
                        let end = index + 1
                        for outputIndex in lower..<upper {
                            let output = outputs[outputIndex]
                            let start = end - Int(output.length)
                            if output.checkStart, start > 0, NormalizedText.isWordByte(text[start - 1]) { continue }
                            if output.checkEnd, end < count, NormalizedText.isWordByte(text[end]) { continue }
                            let range = normalized.originalRange(of: start..<end)
                            if output.exact >= 0,
                               !isExact(range: range, in: normalized, form: exactForms[Int(output.exact)]) {
                                continue
                            }
                            found.append(PhraseMatch(phrase: output.phrase, range: range))
                        }
                    }
                }
            }
        }
        found.sort { lhs, rhs in
            if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
            if lhs.range.upperBound != rhs.range.upperBound { return lhs.range.upperBound > rhs.range.upperBound }
            return lhs.phrase < rhs.phrase
        }
        var unique: [PhraseMatch] = []
        unique.reserveCapacity(found.count)
        for match in found where unique.last != match { unique.append(match) }
        return unique
    }

    /// Case-sensitive check for exact phrases: the automaton matched case-insensitively, so compare the original
    /// text (quotes and spaces normalised, case kept) with the phrase as written. Exact phrases are rare.
    private func isExact(range: Range<Int>, in normalized: NormalizedText, form: [UInt8]) -> Bool {
        let original = normalized.original[range]
        return NormalizedText.normalizePhrase(String(decoding: original, as: UTF8.self), keepCase: true) == form
    }

    /// The phrase itself when it has one word; for several words, the product of the words' variants,
    /// capped so a long phrase cannot blow up the automaton (beyond the cap only the last word inflects).
    static func variants(of phrase: [UInt8]) -> [[UInt8]] {
        let words = phrase.split(separator: 0x20, omittingEmptySubsequences: true).map { Array($0) }
        let perWord = words.map { Inflector.variants(of: $0) }
        let product = perWord.reduce(1) { $0 * $1.count }
        var choices = perWord
        if product > 64 {
            for index in choices.indices.dropLast() { choices[index] = [words[index]] }
        }
        var result: [[UInt8]] = [[]]
        for options in choices {
            var next: [[UInt8]] = []
            for prefix in result {
                for option in options {
                    var form = prefix
                    if !form.isEmpty { form.append(0x20) }
                    form.append(contentsOf: option)
                    next.append(form)
                }
            }
            result = next
        }
        return result
    }

    private struct PatternKey: Hashable {
        var bytes: [UInt8]
        var phrase: Int32
        var exact: Bool
    }
}
