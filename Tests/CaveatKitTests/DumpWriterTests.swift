import CaveatDocument
import CaveatReaders
import Foundation
import Testing
import TestSupport
@testable import CaveatKit

/// `caveat dump` streams documents block by block; the bytes must be exactly those of encoding them in one go.
@Suite struct DumpWriterTests {
    private func fixtures() throws -> [String] {
        var paths: [String] = []
        for folder in ["html", "text"] {
            let url = Paths.fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".html") || name.hasSuffix(".txt") || name.hasSuffix(".md") {
                paths.append(url.appendingPathComponent(name).path)
            }
        }
        paths.append(Paths.fixtures.appendingPathComponent("sample-article.html").path)
        return paths
    }

    @Test func streamedOutputEqualsOneShotEncoding() throws {
        let loader = DocumentLoader()
        let documents = try fixtures().map { try loader.load(path: $0).get() }
        #expect(documents.count >= 10)
        let empty = Document(source: SourceText(path: "empty.txt", string: ""), format: .text)
        for batch in [documents, [documents[0]], [empty], [empty, documents[1]], []] {
            var streamed = ""
            var writer = DumpWriter { streamed += $0 }
            writer.begin()
            for document in batch { try writer.write(document, includeTokens: true) }
            writer.end()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let oneShot = String(decoding: try encoder.encode(batch.map { DocumentJSON($0, includeTokens: true) }),
                                 as: UTF8.self) + "\n"
            if batch.isEmpty {
                #expect(try JSONSerialization.jsonObject(with: Data(streamed.utf8)) as? [Any] != nil)
            } else {
                #expect(streamed == oneShot, "\(batch.map(\.source.path))")
            }
        }
    }
}
