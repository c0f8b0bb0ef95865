import Foundation
import Testing
import CaveatDocument
import TestSupport
@testable import CaveatReaders

/// The CommonMark spec's examples (`../shared/bench/commonmark/spec.txt`) read by `MarkdownReader`: every
/// position exact, and the text agreeing with the spec's own HTML read by `HTMLReader`.
@Suite(.enabled(if: Paths.shared != nil, "needs ../shared/bench/commonmark"))
struct MarkdownSpecTests {
    struct Example {
        var number: Int
        var markdown: String
        var html: String
    }

    static func examples() throws -> [Example] {
        let url = try #require(Paths.shared).appendingPathComponent("bench/commonmark/spec.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var examples: [Example] = []
        var markdown: [Substring] = []
        var html: [Substring] = []
        var state = 0
        let fence = String(repeating: "`", count: 32)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fence + " example") {
                state = 1
            } else if state == 2, line == fence {
                state = 0
                let joined = { (lines: [Substring]) in lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t") }
                examples.append(Example(number: examples.count + 1, markdown: joined(markdown), html: joined(html)))
                markdown = []
                html = []
            } else if state == 1, line == "." {
                state = 2
            } else if state == 1 {
                markdown.append(line)
            } else if state == 2 {
                html.append(line)
            }
        }
        return examples
    }

    /// Every verbatim segment of every block's map holds exactly the source bytes of its text, every other
    /// segment lies inside the file, and no text had to be placed without finding it in the source (tabs that
    /// cmark-gfm expanded to spaces map to the tab).
    @Test func everyExampleMapsExactly() throws {
        let examples = try MarkdownSpecTests.examples()
        #expect(examples.count == 655)
        var failures = 0
        var mismatched: [Int] = []
        for example in examples {
            let source = SourceText(path: "example.md", string: example.markdown)
            let collected = MarkdownReader.collect(source)
            failures += collected.alignmentFailures
            for draft in collected.drafts where !MarkdownSpecTests.mapsExactly(draft, in: source.utf8) {
                mismatched.append(example.number)
            }
        }
        #expect(mismatched.isEmpty, "examples with a wrong map: \(mismatched)")
        #expect(failures == 0)
    }

    /// The spec's own HTML, read by caveat's HTML reader, gives the same block texts on at least 98 % of the
    /// examples (644 of 655 when written). The rest are where cmark-gfm 0.29 predates spec 0.31 (comments,
    /// Unicode punctuation, `<textarea>` blocks, 8-digit references) or HTML spans Markdown blocks.
    @Test func textAgreesWithTheSpecHTML() throws {
        let examples = try MarkdownSpecTests.examples()
        var agreeing = 0
        var disagreeing: [Int] = []
        for example in examples {
            let markdown = MarkdownReader().read(SourceText(path: "example.md", string: example.markdown))
            let html = HTMLReader().read(SourceText(path: "example.html", string: example.html))
            let normalize = { (document: Document) in
                document.blocks.map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                    .filter { !$0.isEmpty }
            }
            if normalize(markdown) == normalize(html) { agreeing += 1 } else { disagreeing.append(example.number) }
        }
        let share = Double(agreeing) / Double(examples.count)
        #expect(share >= 0.98, "agreeing \(agreeing) of \(examples.count); not: \(disagreeing)")
    }

    static func mapsExactly(_ draft: BlockDraft, in source: [UInt8]) -> Bool {
        let text = Array(draft.text.utf8)
        var expected = 0
        for segment in draft.map.segments {
            guard segment.textStart == expected, segment.sourceStart >= 0,
                  segment.sourceStart + segment.sourceLength <= source.count else { return false }
            expected += segment.textLength
            if segment.isVerbatim {
                let textBytes = text[segment.textStart..<(segment.textStart + segment.textLength)]
                let sourceBytes = source[segment.sourceStart..<(segment.sourceStart + segment.sourceLength)]
                guard textBytes.elementsEqual(sourceBytes) else { return false }
            }
        }
        return expected == text.count
    }
}
