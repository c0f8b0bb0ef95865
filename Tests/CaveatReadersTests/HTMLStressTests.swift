#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import CaveatDocument
@testable import CaveatReaders

/// Large pages. The 50 MB case runs only with `CAVEAT_STRESS=1` (it takes a while in debug builds);
/// `Fixtures/html/generate-stress.py` writes the same kind of page for the benchmark.
@Suite struct HTMLStressTests {
    typealias H = HTMLTestHelpers

    static func page(megabytes: Int) -> [UInt8] {
        let section = "<h2>Stopping a medicine</h2>\n<p>Stopping <b>dia</b>zepam too fast can cause withdrawal&nbsp;"
            + "symptoms &amp; seizures.\nTalk to your doctor \u{2014} caf\u{E9} \u{1F375}.</p>\n"
            + "<ul><li>Keep a diary.</li><li><a href=\"https://example.org/t\">Tapering plans</a></li></ul>\n"
        var bytes = Array("<!DOCTYPE html><html><body><main>\n".utf8)
        let unit = Array(section.utf8)
        bytes.reserveCapacity(megabytes * 1_000_000 + unit.count)
        while bytes.count < megabytes * 1_000_000 { bytes.append(contentsOf: unit) }
        bytes.append(contentsOf: Array("<p>Final diazepam line.</p></main></body></html>\n".utf8))
        return bytes
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func manySectionsKeepExactPositionsPastLine65535() throws {
        let bytes = HTMLStressTests.page(megabytes: 5)
        let document = try DocumentLoader().load(bytes: bytes, path: "big.html").get()
        let last = try #require(document.blocks.last)
        #expect(last.text == "Final diazepam line.")
        let span = document.span(ofBlock: document.blocks.count - 1, text: 6..<14)
        let offset = try #require(H.offset(of: "Final diazepam", in: bytes)) + 6
        #expect(span.start == H.location(ofRaw: offset, in: bytes))
        #expect(span.start.line > 65_535)
        let words = document.blocks.filter { $0.text.hasPrefix("Stopping diazepam too fast") }
        #expect(words.count == document.blocks.filter { $0.kind == .heading }.count)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CAVEAT_STRESS"] != nil))
    func fiftyMegabytePageCompletesWithMemoryProportionalToTheFile() throws {
        let bytes = HTMLStressTests.page(megabytes: 50)
        let before = HTMLStressTests.peakResidentBytes()
        let blocks = try DocumentLoader().load(bytes: bytes, path: "huge.html").get().blocks.count
        let growth = HTMLStressTests.peakResidentBytes() - before
        #expect(blocks > 500_000)
        #expect(growth < 20 * bytes.count, "peak RSS grew by \(growth / 1_000_000) MB for \(bytes.count / 1_000_000) MB")
    }
}
