import CaveatDocument
import CaveatEngine
import Foundation
import TestSupport
import Testing

/// Runs the built-in rules over the real pages in `../shared/corpus` (skipped when absent): every finding must
/// point inside its file. By default a sample (the first 15 files of each folder) keeps the test quick; with
/// `CAVEAT_CORPUS_DUMP=PATH` set, every file is linted and every finding is written to PATH (one line each:
/// file:line:column, rule, excerpt, sentence) for reading what the rules flag. The dump stays out of the repository.
@Suite struct HealthRulesCorpusTests {
    @Test func rulesRunOverTheCorpusWithFindingsInsideTheirFiles() throws {
        guard let shared = Paths.shared else { return }
        let harness = try HealthRulesHarness()
        let dump = ProcessInfo.processInfo.environment["CAVEAT_CORPUS_DUMP"]
        var lines: [String] = []
        var files = 0
        var perFolder: [String: Int] = [:]
        for folder in ["corpus/html", "corpus/text"] {
            let root = shared.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["html", "htm", "txt", "md"].contains(url.pathExtension) {
                let folderName = url.deletingLastPathComponent().path
                if dump == nil, perFolder[folderName, default: 0] >= 15 { continue }
                perFolder[folderName, default: 0] += 1
                files += 1
                let document = try harness.document(url)
                let report = harness.linter.lint(document)
                for finding in report.findings {
                    #expect(finding.span.start.offset <= finding.span.end.offset)
                    #expect(finding.span.start.line >= 1 && finding.span.start.line <= document.source.lineCount)
                    let path = url.path.replacingOccurrences(of: shared.path + "/", with: "")
                    lines.append("\(path):\(finding.span.start.line):\(finding.span.start.column)\t\(finding.ruleID)"
                                 + "\t\(finding.excerpt)\t\(finding.sentence)")
                }
            }
        }
        #expect(files > 0)
        if let dump {
            try (lines.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
    }
}
