import CaveatDocument
import CaveatEngine
import CaveatReaders
import Foundation
import Testing

/// Lints files with the built-in rules the way the CLI reads them: HTML for `.html`/`.htm`, Markdown for `.md`,
/// plain text otherwise. Shared by the health-rule, fixture and seed tests.
struct HealthRulesHarness {
    let rules: RuleSet
    let linter: Linter

    init(options: LintOptions = LintOptions()) throws {
        rules = try RuleSet.load([.builtIn])
        linter = Linter(rules: rules, options: options)
    }

    /// The readers rule examples go through: HTML (over `RuleTester.htmlPage(for:)`) and the text reader in
    /// Markdown mode (examples mark sections with `#` lines, which plain `.txt` does not treat as headings).
    static let readers: [RuleTester.Reader] = [
        (name: "html", read: { HTMLReader().read(SourceText(path: "example.html", string: RuleTester.htmlPage(for: $0))) }),
        (name: "text", read: { PlainTextReader(markdown: true).read(SourceText(path: "example.md", string: $0)) }),
    ]

    func document(_ url: URL) throws -> Document {
        let source = SourceText(path: url.path, utf8: [UInt8](try Data(contentsOf: url)))
        switch url.pathExtension.lowercased() {
        case "html", "htm": return HTMLReader().read(source)
        case "md", "markdown": return PlainTextReader(markdown: true).read(source)
        default: return PlainTextReader().read(source)
        }
    }

    func lint(_ url: URL) throws -> FileReport {
        linter.lint(try document(url))
    }

    /// Lints a text snippet as plain text.
    func lint(text: String, path: String = "snippet.txt") -> FileReport {
        linter.lint(PlainTextReader().read(SourceText(path: path, string: text)))
    }
}

@Suite struct HealthRulesHarnessTests {
    @Test func readsEachFormatWithItsReader() throws {
        let harness = try HealthRulesHarness()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/health/dosing-claim/flag")
        #expect(try harness.document(folder.appendingPathComponent("02-range-with-entities.html")).format == .html)
        #expect(try harness.document(folder.appendingPathComponent("03-micrograms-per-hour.md")).format == .markdown)
        #expect(try harness.document(folder.appendingPathComponent("01-mg-three-times.txt")).format == .text)
    }
}
