#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import CaveatDocument
@testable import CaveatReaders

/// Links, metadata, directive comments, silence on stderr and concurrent use.
@Suite struct HTMLReaderTests {
    typealias H = HTMLTestHelpers

    @Test func linksKeepTargetsTextRangesAndHrefSourceRanges() throws {
        let document = try H.load("links.html")
        let raw = try H.raw("links.html")
        let links = document.blocks.flatMap { block in block.links.map { (block, $0) } }
        #expect(links.map(\.1.target) == [
            "tel:+15555550123",
            "mailto:help@example.org?subject=Dose&Time",
            "https://example.org/guide?a=1&b=2",
            "/home",
            "relative.html",
        ])
        let expectedText = ["(555) 555-0123", "our nurses", "the full guide", "Clinic logo", "Unquoted link"]
        let expectedHref = ["tel:+15555550123", "mailto:help@example.org?subject=Dose&amp;Time",
                            "https://example.org/guide?a=1&amp;b=2", "/home", "relative.html"]
        for (index, (block, link)) in links.enumerated() {
            #expect(block.substring(link.textRange) == expectedText[index])
            let hrefRange = try #require(link.targetSourceRange)
            #expect(String(decoding: raw[hrefRange], as: UTF8.self) == expectedHref[index])
        }
        #expect(links[0].1.scheme == "tel")
        #expect(links[3].0.kind == .altText)
    }

    @Test func metadataComesFromHeadAndBody() throws {
        let metadata = try H.load("metadata.html").metadata
        #expect(metadata.title == "Metadata sample page")
        #expect(metadata.language == "es-MX")
        #expect(metadata.description == "A page that describes itself.")
        #expect(metadata.author == "Dana Ortiz")
        #expect(metadata.published == "2024-03-05T09:30:00Z")
        #expect(metadata.modified == "2024-04-01T12:00:00Z")
        #expect(metadata.canonicalURL == "https://example.org/metadata-sample")
    }

    @Test func metadataFallsBackToTimeElementAndAuthorLink() {
        let document = H.read("<html><body><p>By <a rel=\"author\" href=\"/a\">Sam Lee</a></p>"
            + "<time datetime=\"2021-06-01\">June</time><time datetime=\"1999-01-01\">x</time></body></html>")
        #expect(document.metadata.author == "Sam Lee")
        #expect(document.metadata.published == "2021-06-01")
        #expect(document.metadata.title == nil)
    }

    @Test func directiveCommentsKeepTextAndSourceRange() throws {
        let document = try H.load("metadata.html")
        let raw = try H.raw("metadata.html")
        #expect(document.directives.map(\.text) == [
            "caveat-disable promotional-phone -- clinic's own line",
            "caveat-enable promotional-phone",
        ])
        let first = try #require(H.offset(of: "<!-- caveat-disable", in: raw))
        #expect(document.directives[0].sourceRange.lowerBound == first)
        let comment = String(decoding: raw[document.directives[1].sourceRange], as: UTF8.self)
        #expect(comment == "<!--   caveat-enable promotional-phone   -->")
    }

    @Test func emptyAndWhitespaceInputGiveEmptyDocuments() {
        #expect(H.read("").blocks.isEmpty)
        #expect(H.read("  \n\t ").blocks.isEmpty)
        #expect(H.read("just text").blocks.map(\.text) == ["just text"])
    }

    @Test func parsingPrintsNothingToStandardError() throws {
        let broken = try H.raw("broken.html") + Array("<p>&bogus; </zz> <b><i></b>".utf8)
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-stderr-\(getpid()).txt")
        #expect(FileManager.default.createFile(atPath: capture.path, contents: nil))
        let saved = dup(2)
        let file = open(capture.path, O_WRONLY)
        dup2(file, 2)
        let document = HTMLReader().read(SourceText(path: "b.html", utf8: broken))
        dup2(saved, 2)
        close(file)
        close(saved)
        let written = try Data(contentsOf: capture)
        try? FileManager.default.removeItem(at: capture)
        #expect(written.isEmpty, "stderr got: \(String(decoding: written, as: UTF8.self))")
        #expect(document.diagnostics.count >= 2)
    }

    @Test func concurrentReadsGiveTheSameResultsAsSequentialOnes() async throws {
        let names = ["chrome.html", "entities.html", "multibyte-crlf.html", "broken.html", "links.html", "metadata.html"]
        let sources = try names.map { SourceText(path: $0, utf8: try H.raw($0)) }
        let sequential = sources.map { HTMLReader().read($0).blocks.map(\.text) }
        let concurrent = await withTaskGroup(of: (Int, [String]).self) { group in
            for _ in 0..<8 {
                for (index, source) in sources.enumerated() {
                    group.addTask { (index, HTMLReader().read(source).blocks.map(\.text)) }
                }
            }
            var results: [(Int, [String])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == names.count * 8)
        for (index, texts) in concurrent { #expect(texts == sequential[index]) }
    }
}
