import Testing
import CaveatDocument
@testable import CaveatReaders

/// Random inputs built from the characters the parsers treat specially must never crash the reader, and the
/// position map must stay exact.
@Suite struct PlainTextFuzzTests {
    /// A small deterministic generator (64-bit LCG), so a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let pieces = [
        "a", "B", "word", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "*", "**", "_", "__", "~~", "`", "``", "[", "]",
        "(", ")", "![", "](", "<", ">", "<!--", "-->", "&amp;", "&", ";", "#", "## ", "- ", "1. ", "2) ", "> ", "|",
        "---", "```", "    ", "\\", ".", "?", "!", "…", "é", "😴", "\u{00A0}", "’", "“", "”", "http://x.y", ":",
        "caveat-disable x", "<br>", "<script>", "</script>", "0.5", "Dr.", "e.g.", "Title Line", "\u{200D}",
    ]

    @Test(arguments: [false, true]) func randomInputsKeepTheMapExact(markdown: Bool) {
        var generator = Generator(state: markdown ? 7 : 11)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<generator.next(60) { text += Self.pieces[generator.next(Self.pieces.count)] }
            let source = SourceText(path: "fuzz", string: text)
            let document = PlainTextReader(markdown: markdown).read(source)
            for block in document.blocks {
                let bytes = Array(block.text.utf8)
                var covered = 0
                for segment in block.map.segments {
                    #expect(segment.textStart == covered, "\(text.debugDescription)")
                    covered += segment.textLength
                    #expect(segment.sourceStart + segment.sourceLength <= source.utf8.count)
                    if segment.isVerbatim {
                        #expect(bytes[segment.textStart..<(segment.textStart + segment.textLength)]
                            .elementsEqual(source.utf8[segment.sourceStart..<(segment.sourceStart + segment.sourceLength)]),
                                "\(text.debugDescription)")
                    }
                }
                #expect(covered == bytes.count, "\(text.debugDescription)")
                for sentence in block.sentences { #expect(sentence.range.upperBound <= bytes.count) }
                for link in block.links { #expect(link.textRange.upperBound <= bytes.count) }
            }
            for directive in document.directives { #expect(directive.sourceRange.upperBound <= source.utf8.count) }
        }
    }
}
