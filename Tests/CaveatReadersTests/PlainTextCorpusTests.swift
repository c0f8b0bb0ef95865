import Foundation
import Testing
import CaveatDocument
import TestSupport
@testable import CaveatReaders

/// Runs the reader over every text page of the shared corpus, in both modes, and checks the position map.
@Suite(.enabled(if: Paths.shared != nil)) struct PlainTextCorpusTests {
    private static func corpusFiles() throws -> [URL] {
        guard let shared = Paths.shared else { return [] }
        let root = shared.appendingPathComponent("corpus/text")
        var files: [URL] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let directory = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            where name.hasSuffix(".txt") {
                files.append(directory.appendingPathComponent(name))
            }
        }
        return files
    }

    /// Every verbatim segment's source bytes equal its text bytes; segments tile the text; every range
    /// stays inside the source; sentences and links stay inside the text.
    private static func problems(in document: Document) -> [String] {
        var problems: [String] = []
        let source = document.source.utf8
        for (index, block) in document.blocks.enumerated() {
            let text = Array(block.text.utf8)
            var expectedStart = 0
            for segment in block.map.segments {
                if segment.textStart != expectedStart { problems.append("block \(index): gap at \(expectedStart)") }
                expectedStart = segment.textStart + segment.textLength
                guard segment.sourceStart >= 0, segment.sourceStart + segment.sourceLength <= source.count else {
                    problems.append("block \(index): source out of range")
                    continue
                }
                if segment.isVerbatim {
                    let fromText = text[segment.textStart..<(segment.textStart + segment.textLength)]
                    let fromSource = source[segment.sourceStart..<(segment.sourceStart + segment.sourceLength)]
                    if !fromText.elementsEqual(fromSource) {
                        problems.append("block \(index): verbatim segment at \(segment.textStart) differs")
                    }
                }
            }
            if expectedStart != text.count { problems.append("block \(index): map covers \(expectedStart) of \(text.count)") }
            if block.kind != .preformatted, text.first == 0x20 || text.last == 0x20 { problems.append("block \(index): untrimmed text") }
            for sentence in block.sentences where sentence.range.upperBound > text.count || sentence.range.isEmpty {
                problems.append("block \(index): bad sentence \(sentence.range)")
            }
            for link in block.links where link.textRange.upperBound > text.count {
                problems.append("block \(index): bad link \(link.textRange)")
            }
        }
        return problems
    }

    @Test func everyVerbatimSegmentMatchesItsSourceInBothModes() throws {
        let files = try Self.corpusFiles()
        #expect(files.count > 400)
        var blocks = 0
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            let source = SourceText(path: url.lastPathComponent, utf8: bytes)
            for markdown in [false, true] {
                let document = PlainTextReader(markdown: markdown).read(source)
                blocks += document.blocks.count
                let problems = Self.problems(in: document)
                #expect(problems.isEmpty, "\(url.lastPathComponent) markdown=\(markdown): \(problems.prefix(3))")
            }
        }
        #expect(blocks > 10_000)
    }
}
