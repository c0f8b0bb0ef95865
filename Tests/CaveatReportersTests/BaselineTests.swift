import Foundation
import Testing
import CaveatDocument
import CaveatEngine
@testable import CaveatReporters

@Suite struct BaselineTests {
    /// A run over the clinic text (`text`), one self-medication finding per line starting "Self-medicate".
    func run(_ text: String) -> LintRun {
        let doc = FixtureDocument(path: "articles/clinic page.txt", text: text, format: .text)
        let findings = doc.document.blocks.indices.filter { doc.document.blocks[$0].text.hasPrefix("Self-medicate") }
            .map { doc.finding("self-medication", .info, "m", on: "Self-medicate", inBlock: $0) }
        return LintRun(files: [FileReport(path: doc.path, document: doc.document, findings: findings)],
                       rules: SampleRun.rules, toolVersion: "1", basePath: "/repo", workingDirectory: "/repo")
    }

    static let line = "Self-medicate with leftover pills: it's 100% fine, a friend says.\n"

    @Test func findingMovedDownByAddedLinesIsStillBaselined() {
        let baseline = Baseline(run: run(Self.line))
        let later = run("A new first paragraph.\n\nAnother one.\n" + Self.line)
        #expect(later.files[0].findings[0].span.start.line == 4)
        let (result, fixed) = baseline.apply(to: later)
        #expect(result.files[0].findings.isEmpty)
        #expect(fixed.isEmpty)
        #expect(result.baselinedCount == 1)
    }

    @Test func aThirdRepeatIsNew() {
        let baseline = Baseline(run: run(Self.line + Self.line))
        #expect(baseline.entries.count == 2)
        let (result, fixed) = baseline.apply(to: run(Self.line + Self.line + Self.line))
        #expect(result.files[0].findings.count == 1)
        #expect(result.files[0].findings[0].span.start.line == 3)
        #expect(fixed.isEmpty)
        #expect(result.baselinedCount == 2)
    }

    @Test func aRemovedFindingIsListedAsFixed() {
        let baseline = Baseline(run: run(Self.line + "Self-medicate freely at home.\n"))
        let (result, fixed) = baseline.apply(to: run(Self.line + "Talk to your doctor first.\n"))
        #expect(result.files[0].findings.isEmpty)
        #expect(fixed == [Baseline.Entry(rule: "self-medication", path: "articles/clinic page.txt",
                                         sentence: "self-medicate freely at home.")])
        #expect(result.fixedSinceBaseline == fixed)
        // Reporters list it.
        #expect(TextReporter().render(result).contains(
            "articles/clinic page.txt: fixed since baseline: [self-medication] \"self-medicate freely at home.\""))
        #expect(MarkdownReporter().render(result).contains("1 fixed since baseline"))
        #expect(JSONReporter().render(result).contains("\"sentence\": \"self-medicate freely at home.\""))
    }

    @Test func editedSentenceIsNewAndTheOldOneFixed() {
        let baseline = Baseline(run: run(Self.line))
        let (result, fixed) = baseline.apply(to: run("Self-medicate with leftover pills: it's fine.\n"))
        #expect(result.files[0].findings.count == 1)
        #expect(fixed.count == 1)
    }

    @Test func fileRoundTripsSortedAndVersioned() throws {
        let baseline = Baseline(run: SampleRun.run())
        let data = baseline.encoded()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"caveatBaseline\": 1,\n  \"entries\": [\n    {\n      \"path\": \"articles/clinic page.txt\""))
        #expect(text.hasSuffix("}\n"))
        let decoded = try Baseline(data: data)
        #expect(decoded == baseline)
        #expect(decoded.entries == decoded.entries.sorted())
        #expect(decoded.entries.count == 7)
        // Everything in the sample is accepted; nothing is fixed.
        let (result, fixed) = decoded.apply(to: SampleRun.run())
        #expect(result.allFindings.isEmpty && fixed.isEmpty && result.baselinedCount == 7)
        // Input errors are not baselined.
        #expect(result.allErrors.count == 1)
    }

    @Test func rejectsAnotherVersion() {
        let data = Data(#"{"caveatBaseline": 2, "entries": []}"#.utf8)
        #expect(throws: BaselineError.self) { try Baseline(data: data) }
        #expect(throws: (any Error).self) { try Baseline(data: Data("[]".utf8)) }
    }
}
