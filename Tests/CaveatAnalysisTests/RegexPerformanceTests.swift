import Testing
@testable import CaveatAnalysis

/// Patterns that make backtracking engines take exponential time must finish quickly here, even in a debug build.
/// The bounds are generous so the tests are not flaky on a shared machine; the times are printed.
@Suite("BoundedRegex running time")
struct RegexPerformanceTests {
    private func timed<T>(_ label: String, _ work: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = try clock.measure { result = try work() }
        print("BoundedRegex \(label): \(elapsed)")
        return (result!, elapsed)
    }

    @Test func nestedPlusAgainstAHundredThousandCharacters() throws {
        let regex = try BoundedRegex("(a+)+$")
        let text = String(repeating: "a", count: 100_000) + "b"
        let (found, elapsed) = timed("(a+)+$ on 100,000 a's + b") { regex.matches(in: text) }
        #expect(found.isEmpty)
        #expect(elapsed < .seconds(2))
    }

    @Test func nestedPlusThatMatchesAtTheEnd() throws {
        let regex = try BoundedRegex("(a+)+$")
        let text = String(repeating: "a", count: 100_000)
        let (found, elapsed) = timed("(a+)+$ on 100,000 a's") { regex.matches(in: text) }
        #expect(found == [0..<100_000])
        #expect(elapsed < .seconds(2))
    }

    @Test func overlappingPlusesWithoutTheFinalLetter() throws {
        let regex = try BoundedRegex("(x+x+)+y")
        let text = String(repeating: "x", count: 50_000)
        let (found, elapsed) = timed("(x+x+)+y on 50,000 x's") { regex.matches(in: text) }
        #expect(found.isEmpty)
        #expect(elapsed < .seconds(2))
    }

    @Test func alternationUnderStar() throws {
        let regex = try BoundedRegex("(a|aa|a?a)*c")
        let text = String(repeating: "a", count: 50_000)
        let (found, elapsed) = timed("(a|aa|a?a)*c on 50,000 a's") { regex.hasMatch(in: text) }
        #expect(!found)
        #expect(elapsed < .seconds(2))
    }

    @Test func prefilterSkipsTextWithoutCandidates() throws {
        let regex = try BoundedRegex("seizures?")
        let filler = String(repeating: "The patient took the tablets with water. ", count: 5_000)
        let text = filler + "Stopping suddenly can cause seizures."
        let (found, elapsed) = timed("seizures? in 200 kB of prose") { regex.matches(in: text) }
        let start = filler.utf8.count + "Stopping suddenly can cause ".utf8.count
        #expect(found == [start..<(start + 8)])
        #expect(elapsed < .seconds(2))
    }

    @Test func manyMatchesInALongText() throws {
        let regex = try BoundedRegex("\\b\\d+(?:\\.\\d+)?\\s?mg\\b")
        let text = String(repeating: "Take 2.5 mg twice, or 10mg once; ", count: 3_000)
        let (found, elapsed) = timed("dose pattern, 6,000 matches in 100 kB") { regex.matches(in: text) }
        #expect(found.count == 6_000)
        #expect(found.first == 5..<11)
        #expect(elapsed < .seconds(2))
        // Thousands of reported matches exercise the compaction of finished levels: compare with plain searches.
        var searched: [Range<Int>] = []
        while let match = regex.firstMatch(in: text, from: searched.last?.upperBound ?? 0) { searched.append(match) }
        #expect(found == searched)
    }
}

extension RegexPerformanceTests {
    /// Searching again after each match would rescan to the end after every `a` here (a preferred thread for
    /// `a.*b` outlives each short match): quadratic, 28 s for 8,000 characters before matching went single-pass.
    @Test func manyShortMatchesBehindALongDoomedAlternative() throws {
        let regex = try BoundedRegex("a.*b|a")
        let text = String(repeating: "a", count: 50_000)
        let clock = ContinuousClock()
        var found: [Range<Int>] = []
        let elapsed = clock.measure { found = regex.matches(in: text) }
        print("BoundedRegex a.*b|a on 50,000 a's (50,000 matches): \(elapsed)")
        #expect(found.count == 50_000)
        #expect(found.last == 49_999..<50_000)
        #expect(elapsed < .seconds(2))
    }

    /// Case folding of classes is capped, so a class made of many mid-sized ranges still compiles quickly.
    @Test func classWithManyRangesCompilesQuickly() throws {
        let ranges = stride(from: 0x1000, to: 0xD000, by: 0x800).map { start in
            "\\u{\(String(start, radix: 16))}-\\u{\(String(start + 0x7FF, radix: 16))}"
        }
        let pattern = "[" + ranges.joined() + "]+"
        let clock = ContinuousClock()
        var regex: BoundedRegex?
        let elapsed = try clock.measure { regex = try BoundedRegex(pattern) }
        print("BoundedRegex compiling a class of \(ranges.count) ranges of 2,048: \(elapsed)")
        #expect(regex?.matches(in: "ab\u{3042}\u{3044}c") == [2..<8])
        #expect(elapsed < .seconds(2))
    }

    /// Each match here is final only once the next search already has threads running (`a` waits for `bc`, and
    /// the next `a` has started), so dropping finished levels in batches must keep later levels' numbers right.
    @Test func manyMatchesReportedWhileTheNextSearchRuns() throws {
        let regex = try BoundedRegex("a(?:bc)?")
        let found = regex.matches(in: String(repeating: "ab", count: 5_000))
        #expect(found == (0..<5_000).map { 2 * $0..<(2 * $0 + 1) })
    }
}
