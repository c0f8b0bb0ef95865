import Foundation
import Testing
import CaveatDocument
import TestSupport
@testable import CaveatReaders

/// The five real sample articles read as plain text. Facts checked by hand against the files; asserted by
/// position and count so no seed text is copied here.
@Suite(.enabled(if: Paths.shared != nil)) struct PlainTextSeedTests {
    private func seed(_ prefix: String) throws -> Document {
        let folder = try #require(Paths.shared).appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") })
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        return PlainTextReader().read(SourceText(path: name, utf8: bytes))
    }

    /// The 1-based source line where each block of `kind` starts.
    private func lines(of kind: BlockKind, in document: Document) -> [Int] {
        document.blocks.filter { $0.kind == kind }.map { document.source.location(at: $0.sourceRange.lowerBound).line }
    }

    @Test func seed000BlankLineSeparatedNumberedLists() throws {
        let document = try seed("000_")
        #expect(document.diagnostics.isEmpty)
        #expect(lines(of: .title, in: document) == [])
        #expect(lines(of: .heading, in: document) == [])
        // "Label:" lines stay paragraphs; the numbered items separated by blank lines are list items.
        #expect(lines(of: .listItem, in: document) == [4, 6, 8, 13, 15, 17, 19, 23, 25, 27])
        #expect(lines(of: .paragraph, in: document) == [1, 3, 10, 11, 21, 29])
        let first = try #require(document.blocks.first { $0.kind == .listItem })
        #expect(document.source.location(at: first.sourceRange.lowerBound).column == 4)
    }

    @Test func seed001OneParagraphPerLine() throws {
        let document = try seed("001_")
        #expect(document.blocks.count == 23)
        #expect(lines(of: .heading, in: document) == [20])
        #expect(lines(of: .paragraph, in: document) == Array(1...19) + [21, 22, 23])
        // The last line has no terminator and still ends its block at the end of the file.
        let last = try #require(document.blocks.last)
        #expect(last.sourceRange.upperBound == document.source.utf8.count)
    }

    @Test func seed002HeadingLinesWithoutBlankLines() throws {
        let document = try seed("002_")
        #expect(lines(of: .heading, in: document) == [3, 8, 13, 18, 23, 29, 34])
        #expect(document.sections.count == 7)
        #expect(document.sections.allSatisfy { $0.level == 2 && $0.parent == nil })
        #expect(lines(of: .listItem, in: document) == [])
        // The final short line is not followed by a paragraph, so it is not a heading.
        #expect(document.blocks.last?.kind == .paragraph)
        #expect(document.blocks.last?.section == 6)
    }

    @Test func seed003TitleHeadingsAndBulletLists() throws {
        let document = try seed("003_")
        #expect(lines(of: .title, in: document) == [1])
        #expect(document.metadata.title == document.blocks[0].text)
        #expect(lines(of: .heading, in: document) == [9, 27, 39, 45, 47, 52, 54])
        #expect(lines(of: .listItem, in: document).filter { $0 <= 51 } ==
                Array(12...20) + Array(22...26) + Array(30...32) + Array(34...38) + Array(41...44) + Array(49...51))
        // "Label:" lines before the lists are paragraphs.
        #expect(lines(of: .paragraph, in: document).contains(11))
        #expect(lines(of: .paragraph, in: document).contains(21))
    }

    @Test func seed004TitleAndBlankLineSeparatedHeadings() throws {
        let document = try seed("004_")
        #expect(lines(of: .title, in: document) == [1])
        #expect(lines(of: .heading, in: document) == [11, 18])
        #expect(lines(of: .paragraph, in: document) == [3, 5, 9, 13, 16, 20, 22])
        #expect(document.blocks.filter { $0.kind == .paragraph }.allSatisfy { $0.sentences.count >= 2 })
    }

    @Test func everySeedSentenceLiesInsideItsBlock() throws {
        for prefix in ["000_", "001_", "002_", "003_", "004_"] {
            let document = try seed(prefix)
            for block in document.blocks {
                #expect(!block.sentences.isEmpty)
                #expect(block.sentences.first?.start == 0)
                #expect(Int(block.sentences.last?.end ?? 0) == block.text.utf8.count)
            }
        }
    }
}
