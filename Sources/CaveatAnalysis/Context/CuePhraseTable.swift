/// A compiled list of word sequences, matched leftmost-longest over `CueToken`s.
///
/// Phrases are written in a small pattern language so that each lexicon stays one readable line per idea:
/// slots are separated by spaces; `a|b` is a choice; `[a|b]` is an optional choice; `_` inside a choice is a
/// space (`treatment_center`); `#` matches any number token or number word (`two`, `three`...). Every
/// choice is scanned with `CueScanner`, so `in-network`, `24/7` and `don't` mean exactly what they mean in
/// text, and curly apostrophes match straight ones.
struct CuePhraseTable<Payload: Sendable>: Sendable {
    /// One expanded phrase.
    struct Phrase: Sendable {
        /// Token keys; `CuePhraseTable.wildcard` stands for `#`.
        var keys: [UInt64]
        var payload: Payload
        /// The phrase as written after expansion (`call us today`), for reports.
        var text: String
    }

    /// A match of one phrase at a token position.
    struct Match: Sendable {
        var phrase: Int
        var firstToken: Int
        /// Exclusive.
        var endToken: Int
    }

    static var wildcard: UInt64 { 0 }

    private(set) var phrases: [Phrase] = []
    /// Phrase indices by first key, longest first.
    private var byFirstKey: [UInt64: [Int]] = [:]

    /// Builds the table from `(pattern, payload)` pairs.
    init(_ entries: [(String, Payload)]) {
        for (pattern, payload) in entries {
            for text in Self.expand(pattern) {
                let keys = text.split(separator: " ").flatMap { word -> [UInt64] in
                    word == "#" ? [Self.wildcard] : CueScanner.scan(String(word)).map(\.key)
                }
                guard !keys.isEmpty else { continue }
                byFirstKey[keys[0], default: []].append(phrases.count)
                phrases.append(Phrase(keys: keys, payload: payload, text: text))
            }
        }
        for key in byFirstKey.keys {
            byFirstKey[key]?.sort { phrases[$0].keys.count > phrases[$1].keys.count }
        }
        wildcardFirst = byFirstKey[Self.wildcard] ?? []
        byFirstKey[Self.wildcard] = nil
    }

    /// Phrases starting with `#`, longest first.
    private var wildcardFirst: [Int] = []

    /// Expands the pattern language into plain phrases (words separated by single spaces).
    static func expand(_ pattern: String) -> [String] {
        var results: [[String]] = [[]]
        for slot in pattern.split(separator: " ") {
            var body = Substring(slot)
            let optional = body.hasPrefix("[") && body.hasSuffix("]")
            if optional { body = body.dropFirst().dropLast() }
            var choices = body.split(separator: "|").map { String($0.map { $0 == "_" ? " " : $0 }) }
            if optional { choices.append("") }
            results = results.flatMap { prefix in
                choices.map { $0.isEmpty ? prefix : prefix + [$0] }
            }
        }
        return results.map { $0.joined(separator: " ") }
    }

    /// The longest phrase starting at token `index`, if any.
    func longestMatch(in tokens: [CueToken], at index: Int, numberWords: Bool = true) -> Match? {
        guard index < tokens.count else { return nil }
        var best: Match?
        let direct = byFirstKey[tokens[index].key]
        if direct == nil && wildcardFirst.isEmpty { return nil }
        for list in 0..<2 {
            let candidates = list == 0 ? direct ?? [] : wildcardFirst
            for phraseIndex in candidates {
                let keys = phrases[phraseIndex].keys
                if let current = best, current.endToken - current.firstToken >= keys.count { break }
                guard index + keys.count <= tokens.count else { continue }
                var matched = true
                for (offset, key) in keys.enumerated() {
                    let token = tokens[index + offset]
                    if key == Self.wildcard {
                        if token.kind != .number && !(numberWords && NumberWords.value(of: token.key) != nil) {
                            matched = false
                            break
                        }
                    } else if token.key != key {
                        matched = false
                        break
                    }
                }
                if matched {
                    best = Match(phrase: phraseIndex, firstToken: index, endToken: index + keys.count)
                    break
                }
            }
        }
        return best
    }

    /// Leftmost-longest, non-overlapping matches over all tokens.
    func matches(in tokens: [CueToken]) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            if let match = longestMatch(in: tokens, at: index) {
                found.append(match)
                index = match.endToken
            } else {
                index += 1
            }
        }
        return found
    }
}
