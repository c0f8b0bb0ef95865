import Foundation
import Testing
import TestSupport
import CaveatDocument
@testable import CaveatReaders

/// Runs the reader over real pages from `../shared/corpus/html` (skipped when absent) and checks the text map
/// against the source: every verbatim segment must copy exactly the source bytes it points at.
@Suite struct HTMLCorpusTests {
    static var corpusFiles: [String] {
        guard let shared = Paths.shared else { return [] }
        let root = shared.appendingPathComponent("corpus/html")
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
            .sorted().map { root.appendingPathComponent($0).path }
    }

    @Test(.enabled(if: Paths.shared != nil)) func everyCorpusPageMapsVerbatimSegmentsExactly() throws {
        let files = HTMLCorpusTests.corpusFiles
        #expect(files.count > 100)
        var blocks = 0
        var checkedBytes = 0
        for path in files {
            let document = try DocumentLoader().load(path: path).get()
            let source = document.source.utf8
            for block in document.blocks {
                blocks += 1
                let text = Array(block.text.utf8)
                var expectedStart = 0
                for segment in block.map.segments {
                    #expect(segment.textStart == expectedStart, "\(path): segments not contiguous")
                    expectedStart = segment.textStart + segment.textLength
                    #expect(segment.sourceStart >= 0 && segment.sourceStart + segment.sourceLength <= source.count)
                    guard segment.isVerbatim else { continue }
                    let fromText = text[segment.textStart..<(segment.textStart + segment.textLength)]
                    let fromSource = source[segment.sourceStart..<(segment.sourceStart + segment.sourceLength)]
                    #expect(Array(fromText) == Array(fromSource),
                            "\(path): '\(String(decoding: fromText, as: UTF8.self))' vs '\(String(decoding: fromSource, as: UTF8.self))'")
                    checkedBytes += segment.textLength
                }
                #expect(expectedStart == text.count, "\(path): map does not cover block '\(block.text.prefix(40))'")
                // Segments follow the source in order, so a block's words keep their order on the page.
                for (previous, next) in zip(block.map.segments, block.map.segments.dropFirst()) {
                    #expect(previous.sourceStart <= next.sourceStart, "\(path): map goes backwards in '\(block.text.prefix(40))'")
                }
            }
        }
        #expect(blocks > 1000)
        #expect(checkedBytes > 100_000)
    }

    @Test(.enabled(if: Paths.shared != nil)) func corpusAlignmentRarelyFallsBack() throws {
        var failures = 0
        var pages = 0
        for path in HTMLCorpusTests.corpusFiles {
            guard case .success(let decoded) = SourceDecoder().decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))),
                                                                       path: path, format: .html) else { continue }
            let extraction = HTMLReader.extractWithStatistics(decoded.source)
            failures += extraction.alignmentFailures
            if extraction.alignmentFailures > 0 { print("fallback in \(path): \(extraction.alignmentFailures)") }
            pages += 1
        }
        print("alignment fallbacks: \(failures) over \(pages) pages")
        #expect(failures <= pages / 10)
    }
}
