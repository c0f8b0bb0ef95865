/// One place a pattern matched: a block and a UTF-8 byte range of its text, with the detector's normalised
/// value when a detector found it.
struct Occurrence: Sendable, Hashable {
    var block: Int
    var range: Range<Int>
    var value: String?

    /// Orders by block, then start, longer first.
    static func precedes(_ lhs: Occurrence, _ rhs: Occurrence) -> Bool {
        if lhs.block != rhs.block { return lhs.block < rhs.block }
        if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
        return lhs.range.upperBound > rhs.range.upperBound
    }

    /// Sorts and drops occurrences that start inside an earlier kept one (leftmost-longest).
    static func leftmostLongest(_ occurrences: [Occurrence]) -> [Occurrence] {
        guard occurrences.count > 1 else { return occurrences }
        let sorted = occurrences.sorted(by: precedes)
        var result: [Occurrence] = []
        result.reserveCapacity(sorted.count)
        for occurrence in sorted {
            if let last = result.last, last.block == occurrence.block,
               occurrence.range.lowerBound < max(last.range.upperBound, last.range.lowerBound + 1) {
                continue
            }
            result.append(occurrence)
        }
        return result
    }
}
