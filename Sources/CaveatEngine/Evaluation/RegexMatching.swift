import CaveatAnalysis

/// What the engine needs from a compiled regular expression (implemented by `BoundedRegex`).
protocol RegexMatching: Sendable {
    /// UTF-8 byte ranges of the leftmost, non-overlapping matches.
    func matches(in text: String) -> [Range<Int>]
}

extension BoundedRegex: RegexMatching {}
