import Testing
@testable import CaveatDocument

@Suite struct TextMapTests {
    /// "a&amp;b c" in the source became "a&b c": verbatim "a", atomic "&" for 5 bytes, verbatim "b c".
    private func entityMap() -> TextMap {
        var map = TextMap()
        map.appendVerbatim(textStart: 0, sourceStart: 0, length: 1)
        map.appendAtomic(textStart: 1, textLength: 1, sourceStart: 1, sourceLength: 5)
        map.appendVerbatim(textStart: 2, sourceStart: 6, length: 3)
        return map
    }

    @Test func adjacentVerbatimRunsMerge() {
        var map = TextMap()
        map.appendVerbatim(textStart: 0, sourceStart: 10, length: 3)
        map.appendVerbatim(textStart: 3, sourceStart: 13, length: 2)
        map.appendVerbatim(textStart: 5, sourceStart: 20, length: 2)     // a gap in the source: new segment
        #expect(map.segments.count == 2)
        #expect(map.segments[0].textLength == 5)
        #expect(map.sourceRange(ofText: 2..<6) == 12..<21)
    }

    @Test func atomicSegmentsMapWhole() {
        let map = entityMap()
        #expect(map.sourceRange(ofText: 1..<2) == 1..<6)
        #expect(map.sourceRange(ofText: 0..<2) == 0..<6)
        #expect(map.sourceRange(ofText: 1..<3) == 1..<7)
        #expect(map.sourceRange(ofText: 2..<5) == 6..<9)
    }

    @Test func emptyRangesAndEnds() {
        let map = entityMap()
        #expect(map.sourceRange(ofText: 2..<2) == 6..<6)
        #expect(map.sourceRange(ofText: 5..<5) == 9..<9)
        #expect(map.sourceStart(ofText: 5) == 9)
        #expect(TextMap().sourceRange(ofText: 0..<0) == 0..<0)
    }

    @Test func zeroLengthAppendsAreIgnored() {
        var map = TextMap()
        map.appendVerbatim(textStart: 0, sourceStart: 0, length: 0)
        map.appendAtomic(textStart: 0, textLength: 0, sourceStart: 0, sourceLength: 4)
        #expect(map.segments.isEmpty)
    }
}
