/// Suggests the closest known word for a misspelt one (Levenshtein distance, at most a third of the length).
enum Suggester {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().utf8)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = levenshtein(target, Array(candidate.lowercased().utf8))
            if distance <= max(1, candidate.utf8.count / 3), distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    private static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
