import Testing
import CaveatDocument
@testable import CaveatReaders

/// Decoding bytes to `SourceText`, and offsets back to the bytes on disk.
@Suite struct SourceDecoderTests {
    typealias H = HTMLTestHelpers

    private func decode(_ bytes: [UInt8], format: DocumentFormat = .text) throws -> DecodedSource {
        try SourceDecoder().decode(bytes, path: "t", format: format).get()
    }

    @Test func plainUTF8IsKeptAsIs() throws {
        let bytes = Array("héllo\nwörld".utf8)
        let decoded = try decode(bytes)
        #expect(decoded.source.utf8 == bytes)
        #expect(decoded.source.encoding == "utf-8")
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.source.location(at: 8) == SourceLocation(line: 2, column: 2, offset: 8))
    }

    @Test func utf8ByteOrderMarkIsRemovedAndOffsetsPointPastIt() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("ab\ncd".utf8))
        #expect(String(decoding: decoded.source.utf8, as: UTF8.self) == "ab\ncd")
        #expect(decoded.source.location(at: 0) == SourceLocation(line: 1, column: 1, offset: 3))
        #expect(decoded.source.location(at: 4) == SourceLocation(line: 2, column: 2, offset: 7))
    }

    @Test func utf16LittleAndBigEndianAreTranscoded() throws {
        let text = "é\n👍x"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for (bytes, name) in [(little, "utf-16le"), (big, "utf-16be")] {
            let decoded = try decode(bytes)
            #expect(String(decoding: decoded.source.utf8, as: UTF8.self) == text)
            #expect(decoded.source.encoding == name)
            // "x" follows BOM (2), é (2), \n (2) and the surrogate pair (4).
            let x = try #require(decoded.source.utf8.firstIndex(of: UInt8(ascii: "x")))
            #expect(decoded.source.location(at: x) == SourceLocation(line: 2, column: 2, offset: 10))
            #expect(decoded.source.location(at: x - 4).offset == 6)
        }
    }

    @Test func invalidUTF8IsReplacedAndReportedAtTheFirstBadByte() throws {
        let decoded = try decode(Array("ok\n".utf8) + [0xE9] + Array("t".utf8) + [0xFF])
        #expect(String(decoding: decoded.source.utf8, as: UTF8.self) == "ok\n\u{FFFD}t\u{FFFD}")
        #expect(decoded.diagnostics.count == 1)
        let diagnostic = try #require(decoded.diagnostics.first)
        #expect(diagnostic.code == "invalid-encoding")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "invalid UTF-8 byte 0xE9; 2 invalid bytes replaced with U+FFFD")
        #expect(diagnostic.location == SourceLocation(line: 2, column: 1, offset: 3))
        // "t" sits after the 3-byte replacement but at original offset 4.
        #expect(decoded.source.location(at: 6) == SourceLocation(line: 2, column: 2, offset: 4))
        #expect(decoded.source.location(at: 7).offset == 5)
    }

    @Test func overlongAndSurrogateSequencesAreInvalid() throws {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let decoded = try decode([0x61] + bad)
            #expect(decoded.diagnostics.first?.code == "invalid-encoding", "\(bad)")
            #expect(decoded.diagnostics.first?.location?.offset == 1)
        }
    }

    @Test func nulByteMeansBinary() {
        let result = SourceDecoder().decode([0x41, 0x00, 0x42], path: "x.bin", format: .text)
        guard case .failure(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.code == "binary-file")
        #expect(failure.message == "binary file (NUL byte at offset 1)")
    }

    @Test func emptyInputIsAnEmptySource() throws {
        let decoded = try decode([])
        #expect(decoded.source.utf8.isEmpty)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func latin1PageIsDecodedWithOriginalOffsets() throws {
        let raw = try H.raw("latin1.html")
        let decoded = try decode(raw, format: .html)
        #expect(decoded.source.encoding == "windows-1252")
        let text = String(decoding: decoded.source.utf8, as: UTF8.self)
        #expect(text.contains("Le café crème coûte 3 ½ euros"))
        let document = try H.load("latin1.html")
        for word in ["crème", "coûte", "diazepam"] {
            let found = try #require(H.find(word, in: document), "\(word)")
            let span = document.span(ofBlock: found.block, text: found.range)
            let rawOffset = try #require(H.offset(of: Array(word.unicodeScalars.map { UInt8($0.value) }), in: raw))
            #expect(span.start == H.location(ofRaw: rawOffset, in: raw, singleByte: true), "\(word)")
            #expect(span.end.offset == rawOffset + word.unicodeScalars.count, "\(word)")
        }
    }

    @Test func windows1252PageDecodesTheC1Range() throws {
        let raw = try H.raw("windows1252.html")
        let document = try H.load("windows1252.html")
        #expect(document.source.encoding == "windows-1252")
        let paragraph = try #require(document.blocks.first { $0.kind == .paragraph })
        #expect(paragraph.text == "\u{201C}Take it slowly\u{201D} \u{2013} the \u{20AC}5 leaflet says\u{2026} diazepam.")
        let euro = try #require(H.find("€5", in: document))
        let span = document.span(ofBlock: euro.block, text: euro.range)
        let rawOffset = try #require(H.offset(of: [0x80, 0x35], in: raw))
        #expect(span.start.offset == rawOffset)
        #expect(span.end.offset == rawOffset + 2)
        #expect(span.start.column == H.location(ofRaw: rawOffset, in: raw, singleByte: true).column)
    }

    @Test func declaredLatin1ThatIsReallyUTF8StaysUTF8() throws {
        let bytes = Array("<meta charset=\"iso-8859-1\"><p>café</p>".utf8)
        let decoded = try decode(bytes, format: .html)
        #expect(decoded.source.encoding == "utf-8")
        #expect(decoded.source.utf8 == bytes)
    }

    @Test func charsetDeclarationsAreOnlyReadForHTML() throws {
        let bytes: [UInt8] = Array("<meta charset=\"windows-1252\"> caf".utf8) + [0xE9]
        #expect(try decode(bytes, format: .html).source.encoding == "windows-1252")
        #expect(try decode(bytes, format: .text).diagnostics.first?.code == "invalid-encoding")
        let unsupported = try decode(Array("<meta charset=shift_jis><p>x</p>".utf8), format: .html)
        #expect(unsupported.diagnostics.first?.code == "unsupported-encoding")
    }

    @Test func offsetTranslationHandlesAdjacentAndEmptyUnits() {
        var translation = OffsetTranslation()
        translation.record(decodedStart: 0, decodedLength: 0, originalStart: 0, originalLength: 3)
        translation.record(decodedStart: 0, decodedLength: 2, originalStart: 3, originalLength: 1)
        translation.record(decodedStart: 2, decodedLength: 3, originalStart: 4, originalLength: 1)
        #expect(translation.original(0) == 3)
        #expect(translation.original(1) == 3)
        #expect(translation.original(2) == 4)
        #expect(translation.original(4) == 4)
        #expect(translation.original(5) == 5)
        #expect(translation.original(9) == 9)
    }
}
