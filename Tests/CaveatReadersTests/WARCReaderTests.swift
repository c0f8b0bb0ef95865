import Foundation
import Testing
import CaveatDocument
import TestSupport
@testable import CaveatReaders

/// Reading web archives: records, gzip members, HTTP payloads, damaged and truncated files
/// (fixtures written by `Fixtures/warc/make-fixtures.py`).
@Suite struct WARCReaderTests {
    static func fixture(_ name: String) -> String {
        Paths.fixtures.appendingPathComponent("warc/\(name)").path
    }

    /// Every record or failure of an archive, in order.
    static func read(_ name: String) throws -> [Result<WARCRecord, WARCReadFailure>] {
        let reader = try WARCReader(path: fixture(name))
        var results: [Result<WARCRecord, WARCReadFailure>] = []
        while let result = reader.next() { results.append(result) }
        return results
    }

    static func documents(_ name: String) throws -> (documents: [ArchiveDocument], skipped: Int, failures: [String]) {
        var documents: [ArchiveDocument] = []
        var skipped = 0
        var failures: [String] = []
        for result in try read(name) {
            switch result {
            case .failure(let failure): failures.append("\(failure.code): \(failure.message)")
            case .success(let record):
                switch ArchiveRecordClassifier.content(of: record, archive: name) {
                case .document(let document): documents.append(document)
                case .skipped: skipped += 1
                case .failure(let failure): failures.append("\(failure.code): \(failure.message)")
                }
            }
        }
        return (documents, skipped, failures)
    }

    @Test(arguments: ["sample.warc.gz", "sample.warc"])
    func readsEveryRecordOfAnArchive(name: String) throws {
        let records = try Self.read(name).map { try $0.get() }
        #expect(records.map(\.type) == ["warcinfo", "request", "response", "response", "response", "conversion",
                                        "metadata"])
        #expect(records.map(\.number) == Array(1...7))
        #expect(records[2].targetURI == "https://rehab.example/articles/sleeping-pills")
        #expect(records[0].field("content-type") == "application/warc-fields")
        #expect(records[0].block == Array("software: caveat fixtures\r\n".utf8))
        // Offsets: gzip members in the .gz (each starts where the previous ended), bytes in the plain file.
        #expect(records[0].offset == 0)
        #expect(records[1].offset > 0 && records[2].offset > records[1].offset)
    }

    @Test func recordOffsetsInAGzipArchiveAreMemberOffsets() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixture("sample.warc.gz"))))
        let records = try Self.read("sample.warc.gz").map { try $0.get() }
        for record in records {
            // Each member starts with the gzip magic number at the offset the record reports.
            #expect(bytes[record.offset] == 0x1F && bytes[record.offset + 1] == 0x8B, "record \(record.number)")
        }
    }

    @Test func htmlResponsesAndTextConversionsAreDocumentsTheRestIsSkipped() throws {
        let (documents, skipped, failures) = try Self.documents("sample.warc.gz")
        #expect(failures == [])
        // warcinfo, request, the PNG response and metadata.
        #expect(skipped == 4)
        #expect(documents.map(\.name) == ["https://rehab.example/articles/sleeping-pills", "https://clinic.example/",
                                          "https://wet.example/stopping-alcohol"])
        #expect(documents.map(\.format) == [.html, .html, .text])
        #expect(documents.map(\.record) == [3, 5, 6])
        #expect(documents[0].charset == "windows-1252")
        // The payload is the HTTP body, without the status line and headers.
        #expect(documents[0].payload.starts(with: Array("<!doctype html>\n".utf8)))
        // Chunked and gzip-encoded on the wire: de-chunked and inflated.
        #expect(String(decoding: documents[1].payload, as: UTF8.self).hasPrefix("<html><body><h1>Our clinic</h1>\n"))
    }

    @Test func theHTTPCharsetDecodesThePayload() throws {
        let (documents, _, _) = try Self.documents("sample.warc.gz")
        let article = documents[0]
        // 'é' is the single byte 0xE9 in windows-1252.
        #expect(article.payload.contains(0xE9))
        let document = try DocumentLoader().load(bytes: article.payload, path: article.name, format: article.format,
                                                 charset: article.charset).get()
        #expect(String(decoding: document.source.utf8, as: UTF8.self).contains("Café owners say"))
        #expect(document.source.encoding == "windows-1252")
        #expect(document.diagnostics.filter { $0.code == "invalid-encoding" }.isEmpty)
    }

    @Test func aDamagedGzipMemberIsOneFailureAndTheRestIsRead() throws {
        let results = try Self.read("corrupt.warc.gz")
        let failures = results.compactMap { if case .failure(let failure) = $0 { failure } else { nil } }
        #expect(failures.count == 1)
        let failure = try #require(failures.first)
        #expect(failure.code == "warc-corrupt")
        #expect(failure.record == 3)
        #expect(failure.message.hasPrefix("record 3 (offset 400): corrupt gzip data ("))
        let records = results.compactMap { try? $0.get() }
        #expect(records.map(\.type) == ["warcinfo", "request", "response", "response", "conversion", "metadata"])
        #expect(records.map(\.number) == [1, 2, 4, 5, 6, 7])
    }

    @Test func aTruncatedArchiveEndsWithOneFailureNamingTheRecord() throws {
        let results = try Self.read("truncated.warc.gz")
        #expect(results.count == 7)
        #expect(results.prefix(6).allSatisfy { (try? $0.get()) != nil })
        guard case .failure(let failure) = try #require(results.last) else {
            Issue.record("the last record should fail")
            return
        }
        #expect(failure.code == "warc-truncated")
        #expect(failure.record == 7)
        #expect(failure.message.hasPrefix("record 7 (offset "))
        #expect(failure.message.hasSuffix("): truncated: the file ends inside the record's gzip member"))
    }

    @Test func aRecordThatIsNotWARCIsSkippedToTheNextRecord() throws {
        let results = try Self.read("garbage.warc")
        #expect(results.count == 3)
        #expect((try? results[0].get())?.targetURI == "https://rehab.example/articles/sleeping-pills")
        guard case .failure(let failure) = results[1] else {
            Issue.record("record 2 should fail")
            return
        }
        #expect(failure.message == "record 2 (offset 609): not a WARC record (starts with 'HTTP/1.1 200 OK')")
        #expect((try? results[2].get())?.targetURI == "https://wet.example/stopping-alcohol")
        #expect((try? results[2].get())?.number == 3)
    }

    @Test func aContentLengthPastTheEndIsATruncatedRecord() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-\(UUID().uuidString).warc")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/\r\n"
            + "Content-Type: text/plain\r\nContent-Length: 500\r\n\r\nonly a few bytes"
        try Data(text.utf8).write(to: url)
        let reader = try WARCReader(path: url.path)
        guard case .failure(let failure)? = reader.next() else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.message == "record 1 (offset 0, https://a.example/): truncated: Content-Length is 500 bytes "
                + "but the file ends after 16")
        #expect(reader.next() == nil)
    }

    @Test func recordsOverTheSizeLimitAreSkippedWithAFailure() throws {
        let reader = try WARCReader(path: Self.fixture("sample.warc"), maximumRecordSize: 100)
        var codes: [String] = []
        while let result = reader.next() {
            switch result {
            case .success(let record): codes.append(record.type)
            case .failure(let failure): codes.append(failure.code)
            }
        }
        // The two HTML responses (339 and 251 bytes) are too large; skipping them does not stop the reading.
        #expect(codes == ["warcinfo", "request", "warc-too-large", "response", "warc-too-large", "conversion",
                          "metadata"])
    }

    @Test func openingAMissingArchiveFails() {
        #expect(throws: ReadFailure.self) { try WARCReader(path: "/nonexistent/x.warc.gz") }
    }

    @Test func mediaTypesAndChunkedBodies() {
        #expect(MediaType("text/HTML; Charset=\"ISO-8859-1\"") == MediaType("text/html;charset=iso-8859-1"))
        #expect(MediaType("text/html; charset=\"ISO-8859-1\"").charset == "iso-8859-1")
        #expect(MediaType("application/xhtml+xml").isHTML)
        #expect(!MediaType("image/png").isHTML)
        #expect(ChunkedBody.decode(Array("4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n".utf8)) == Array("Wikipedia".utf8))
        #expect(ChunkedBody.decode(Array("zz\r\nWiki".utf8)) == nil)
    }
}
