import Foundation
import Testing
import CaveatDocument
@testable import CaveatReaders

/// Choosing readers and reporting files that cannot be read.
@Suite struct DocumentLoaderTests {
    typealias H = HTMLTestHelpers

    @Test func formatComesFromTheExtension() {
        #expect(DocumentLoader.format(forPath: "a/b.HTML") == .html)
        #expect(DocumentLoader.format(forPath: "page.htm") == .html)
        #expect(DocumentLoader.format(forPath: "notes.txt") == .text)
        #expect(DocumentLoader.format(forPath: "README.md") == .markdown)
        #expect(DocumentLoader.format(forPath: "x.markdown") == .markdown)
        #expect(DocumentLoader.format(forPath: "dir.d/noext") == nil)
    }

    @Test func loadsHTMLFromDisk() throws {
        let document = try DocumentLoader().load(path: H.path("links.html")).get()
        #expect(document.format == .html)
        #expect(document.source.path == H.path("links.html"))
        #expect(document.blocks.first?.text == "Call our clinic on (555) 555-0123 today.")
        #expect(document.blocks.first?.sentences.isEmpty == false)
    }

    @Test func explicitFormatWinsOverTheExtension() throws {
        let bytes = Array("<p>Take <b>two</b></p>".utf8)
        let asHTML = try DocumentLoader().load(bytes: bytes, path: "x.txt", format: .html).get()
        #expect(asHTML.blocks.map(\.text) == ["Take two"])
        let asText = try DocumentLoader().load(bytes: bytes, path: "x.txt").get()
        #expect(asText.format == .text)
        #expect(asText.blocks.map(\.text) == ["<p>Take <b>two</b></p>"])
    }

    @Test func unknownExtensionsAreSniffed() throws {
        let html = try DocumentLoader().load(bytes: Array("<!DOCTYPE html><p>x</p>".utf8), path: "-").get()
        #expect(html.format == .html)
        let text = try DocumentLoader().load(bytes: Array("plain words".utf8), path: "-").get()
        #expect(text.format == .text)
    }

    @Test func textFilesBecomeParagraphsPerBlankLineSeparatedRun() throws {
        let document = try DocumentLoader().load(bytes: Array("First line\nsame para.\n\n\nSecond.\n".utf8),
                                                 path: "n.txt").get()
        #expect(document.blocks.map(\.text) == ["First line same para.", "Second."])
        #expect(document.span(ofBlock: 1, text: 0..<7).start == SourceLocation(line: 5, column: 1, offset: 24))
    }

    @Test func missingFilesAndDirectoriesFailWithCodes() {
        guard case .failure(let missing) = DocumentLoader().load(path: "/nonexistent/caveat/x.html") else {
            Issue.record("expected failure")
            return
        }
        #expect(missing.code == "not-found")
        #expect(missing.message == "no such file")
        guard case .failure(let directory) = DocumentLoader().load(path: H.path("")) else {
            Issue.record("expected failure")
            return
        }
        #expect(directory.code == "is-directory")
        #expect(directory.message == "is a directory")
    }

    @Test func binaryAndEmptyFiles() throws {
        guard case .failure(let binary) = DocumentLoader().load(bytes: [0x3C, 0x70, 0x00], path: "x.html") else {
            Issue.record("expected failure")
            return
        }
        #expect(binary.code == "binary-file")
        let empty = try DocumentLoader().load(bytes: [], path: "e.html").get()
        #expect(empty.blocks.isEmpty)
        #expect(empty.diagnostics.isEmpty)
    }

    @Test func decoderDiagnosticsReachTheDocument() throws {
        let document = try DocumentLoader().load(bytes: Array("<p>bad ".utf8) + [0xFF] + Array(" byte</p>".utf8),
                                                 path: "x.html").get()
        #expect(document.diagnostics.first?.code == "invalid-encoding")
        #expect(document.blocks.first?.text == "bad \u{FFFD} byte")
        #expect(document.span(ofBlock: 0, text: 8..<12).start.offset == 9)
        #expect(document.span(ofBlock: 0, text: 4..<7) == document.source.span(7..<10))
        #expect(document.span(ofBlock: 0, text: 4..<7).end.offset == 8)
    }

    @Test func largeFilesAreReadWhole() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-large-\(getpid()).html")
        let paragraph = "<p>Paragraph about tapering diazepam slowly with medical advice.</p>\n"
        let page = "<html><body>" + String(repeating: paragraph, count: 40_000) + "</body></html>"
        try Data(page.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let document = try DocumentLoader().load(path: url.path).get()
        #expect(document.source.utf8.count == page.utf8.count)
        #expect(document.blocks.count == 40_000)
        let last = document.span(ofBlock: 39_999, text: 0..<9).start
        #expect(last.line == 40_000)
        #expect(last.column == 4)
    }
}
