/// A compiled set of scalars: a class like `[a-z\d]`, `[^…]`, `\w`, `\s`, or a case-folded literal.
///
/// ASCII membership is a 128-bit map (the common case costs two shifts); other scalars are looked up in sorted,
/// merged ranges, or, for `\w`-style members, by the word test, which has no finite range list worth building.
struct RegexCharClass: Sendable, Hashable {
    /// ASCII members 0–63 and 64–127, final (negation already applied).
    var asciiLow: UInt64 = 0
    var asciiHigh: UInt64 = 0
    /// Non-ASCII members before negation: sorted, disjoint, non-adjacent, all ≥ 0x80.
    var ranges: [ClosedRange<UInt32>] = []
    /// Every non-ASCII word scalar is a member (before negation): from `\w` inside the class.
    var nonASCIIWords = false
    /// Every non-ASCII non-word scalar is a member (before negation): from `\W` inside the class.
    var nonASCIINonWords = false
    /// Whether the non-ASCII part is complemented (a `[^…]` class).
    var negated = false

    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        if scalar < 64 { return asciiLow & (1 << UInt64(scalar)) != 0 }
        if scalar < 128 { return asciiHigh & (1 << UInt64(scalar - 64)) != 0 }
        return containsNonASCII(scalar)
    }

    func containsNonASCII(_ scalar: UInt32) -> Bool {
        var member = false
        if nonASCIIWords || nonASCIINonWords {
            let word = RegexScalars.isNonASCIIWord(scalar)
            member = (word && nonASCIIWords) || (!word && nonASCIINonWords)
        }
        if !member {
            // Binary search for the last range starting at or below the scalar.
            var low = 0
            var high = ranges.count
            while low < high {
                let middle = (low + high) / 2
                if ranges[middle].lowerBound <= scalar { low = middle + 1 } else { high = middle }
            }
            member = low > 0 && ranges[low - 1].upperBound >= scalar
        }
        return member != negated
    }

    /// Whether any non-ASCII scalar, or a byte that is not valid UTF-8, can be a member.
    var mayContainNonASCII: Bool { negated || nonASCIIWords || nonASCIINonWords || !ranges.isEmpty }

    /// Whether a byte that is not valid UTF-8 (decoded as `RegexScalars.invalid`) is a member.
    var containsInvalid: Bool { containsNonASCII(RegexScalars.invalid) }

    /// Whether `byte` can start the UTF-8 encoding of a member; used to skip ahead to candidate match starts.
    func mayStart(with byte: UInt8) -> Bool {
        if byte < 0x80 { return contains(UInt32(byte)) }
        if negated || nonASCIIWords || nonASCIINonWords { return true }
        return ranges.contains { range in
            let first = RegexCharClass.leadByte(of: range.lowerBound)
            let last = RegexCharClass.leadByte(of: range.upperBound)
            return byte >= first && byte <= last
        }
    }

    /// The first byte of the UTF-8 encoding of `scalar` (below 0x110000).
    static func leadByte(of scalar: UInt32) -> UInt8 {
        switch scalar {
        case ..<0x80: UInt8(scalar)
        case ..<0x800: UInt8(0xC0 | (scalar >> 6))
        case ..<0x1_0000: UInt8(0xE0 | (scalar >> 12))
        default: UInt8(0xF0 | min(scalar >> 18, 0x07))
        }
    }
}

extension RegexCharClass {
    /// Collects the members of a class while it is parsed; `build` folds case and applies negation.
    struct Builder {
        private(set) var ranges: [ClosedRange<UInt32>] = []
        var nonASCIIWords = false
        var nonASCIINonWords = false

        mutating func add(_ range: ClosedRange<UInt32>) { ranges.append(range) }
        mutating func add(_ scalar: UInt32) { ranges.append(scalar...scalar) }
        mutating func add(contentsOf other: Builder) {
            ranges += other.ranges
            nonASCIIWords = nonASCIIWords || other.nonASCIIWords
            nonASCIINonWords = nonASCIINonWords || other.nonASCIINonWords
        }

        /// Ranges above this many scalars are not case-folded beyond Latin-1: folding every member would cost more
        /// than it is worth, and such ranges nearly always hold both cases already.
        private static let foldLimit = 2048
        /// The most scalars beyond Latin-1 folded for one class, so that a class of many mid-sized ranges cannot
        /// make compiling slow.
        private static let foldBudget = 20_000

        func build(caseInsensitive: Bool, negated: Bool) -> RegexCharClass {
            var all = ranges
            if caseInsensitive {
                var budget = Self.foldBudget
                for range in ranges {
                    var upper = min(range.upperBound, 0xFF)
                    if range.upperBound > 0xFF && range.count <= Self.foldLimit && range.count <= budget {
                        upper = range.upperBound
                        budget -= range.count
                    }
                    guard range.lowerBound <= upper else { continue }
                    for scalar in range.lowerBound...upper {
                        for variant in RegexScalars.caseVariants(of: scalar) { all.append(variant...variant) }
                    }
                }
            }
            var result = RegexCharClass()
            for range in Self.merged(all) {
                if range.lowerBound < 128 {
                    for scalar in range.lowerBound...min(range.upperBound, 127) {
                        if scalar < 64 { result.asciiLow |= 1 << UInt64(scalar) }
                        else { result.asciiHigh |= 1 << UInt64(scalar - 64) }
                    }
                }
                if range.upperBound >= 128 { result.ranges.append(max(range.lowerBound, 128)...range.upperBound) }
            }
            result.nonASCIIWords = nonASCIIWords
            result.nonASCIINonWords = nonASCIINonWords
            if nonASCIIWords && nonASCIINonWords {
                // Every non-ASCII scalar is a member; say so with ranges, which need no word test.
                result.nonASCIIWords = false
                result.nonASCIINonWords = false
                result.ranges = [0x80...RegexScalars.invalid]
            }
            if negated {
                result.asciiLow = ~result.asciiLow
                result.asciiHigh = ~result.asciiHigh
                result.negated = true
            }
            return result
        }

        static func merged(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
            var result: [ClosedRange<UInt32>] = []
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let last = result.last, range.lowerBound <= last.upperBound &+ 1 {
                    result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
                } else {
                    result.append(range)
                }
            }
            return result
        }

        /// The complement of sorted, merged ranges within 0…0x10FFFF.
        static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
            var result: [ClosedRange<UInt32>] = []
            var next: UInt32 = 0
            for range in merged(ranges) {
                if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
                next = range.upperBound + 1
            }
            if next <= 0x10_FFFF { result.append(next...0x10_FFFF) }
            return result
        }
    }
}
