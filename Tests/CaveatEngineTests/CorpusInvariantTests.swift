import Testing
import Foundation
import TestSupport
import CaveatDocument
import CaveatReaders
@testable import CaveatEngine

/// On real pages (read from `../shared`, never copied), every finding must point at the exact characters it
/// quotes: the source text under its span, white space collapsed, equals its excerpt.
@Suite struct CorpusInvariantTests {
    private func files(_ folder: String, suffix: String, limit: Int) -> [URL] {
        guard let shared = Paths.shared else { return [] }
        let root = shared.appendingPathComponent(folder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.allObjects.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(suffix) }.sorted().prefix(limit).map { root.appendingPathComponent($0) }
    }

    private func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    @Test(.enabled(if: Paths.shared != nil)) func findingsInTextFilesQuoteTheirSourceExactly() throws {
        let linter = Linter(rules: try RuleSet.load([.builtIn] + Fixture.validFiles.map { .path($0) }))
        var checked = 0
        for url in files("corpus/text", suffix: ".txt", limit: 150) + files("seeds", suffix: ".txt", limit: 20) {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let source = SourceText(path: url.lastPathComponent, utf8: [UInt8](data))
            let document = PlainTextReader().read(source)
            guard source.encoding == "utf-8" else { continue }
            for finding in linter.lint(document).findings {
                let bytes = source.utf8[finding.span.start.offset..<finding.span.end.offset]
                #expect(collapse(String(decoding: bytes, as: UTF8.self)) == collapse(finding.excerpt),
                        "\(url.lastPathComponent) \(finding.ruleID) \(finding.span.start.line):\(finding.span.start.column)")
                #expect(finding.span.start.line == source.location(at: finding.span.start.offset).line)
                checked += 1
            }
        }
        print("corpus invariant: \(checked) findings checked")
    }

    @Test(.enabled(if: Paths.shared != nil)) func htmlPagesLintWithoutTrouble() throws {
        let linter = Linter(rules: try RuleSet.load([.builtIn] + Fixture.validFiles.map { .path($0) }))
        var findings = 0
        for url in files("corpus/html", suffix: ".html", limit: 60) {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let document = HTMLReader().read(SourceText(path: url.lastPathComponent, utf8: [UInt8](data)))
            let report = linter.lint(document)
            for finding in report.findings {
                #expect(finding.span.start.offset <= finding.span.end.offset)
                #expect(!finding.excerpt.isEmpty)
                #expect(finding.textRange.upperBound <= document.blocks[finding.blockIndex].text.utf8.count)
            }
            findings += report.findings.count
        }
        print("corpus html: \(findings) findings")
    }
}
