import Testing
import CaveatDocument
import CaveatEngine
@testable import CaveatReporters

@Suite struct TextReporterTests {
    @Test func compilerStyleLinesWithCaretsAndNotes() {
        let lines = TextReporter().render(SampleRun.run()).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "articles/stopping-lorazepam.md:4:10: error: Discusses stopping lorazepam but never warns "
                    + "that withdrawal can cause seizures. [missing-withdrawal-seizure-warning]")
        #expect(lines[2] == String(repeating: " ", count: 9) + "^" + String(repeating: "~", count: 20))  // 21 scalars
        #expect(lines[3] == "articles/stopping-lorazepam.md:3:4: note: no seizure warning anywhere in this section")
        // The tab before the dose is kept in the caret line's padding.
        #expect(lines[5] == "\tTake 2 mg three times a day, then cut down on your own.")
        #expect(lines[6] == "\t^" + String(repeating: "~", count: 26))
        #expect(lines.contains("articles/missing.html: error: No such file or directory [not-found]"))
        #expect(lines[lines.count - 2]
                    == "7 findings (1 error, 3 warnings, 3 info) in 2 files; 1 suppressed; 1 input error")
    }

    @Test func caretCountsScalarsNotBytes() throws {
        let source = SourceText(path: "a", string: "Café ☕ (555) 010-2030 x")
        let span = source.span(10..<24)  // "(555) 010-2030": after 7 scalars, 10 bytes (é and ☕ are multi-byte)
        #expect(span.start.column == 8)
        let snippet = try #require(CaretSnippet(source: source, span: span))
        #expect(snippet.carets == "       ^" + String(repeating: "~", count: 13))
    }

    @Test func longLinesAreCutToAWindowAroundTheSpan() throws {
        let text = String(repeating: "word ", count: 100) + "TARGET" + String(repeating: " more", count: 100)
        let source = SourceText(path: "a", string: text)
        let span = source.span(500..<506)
        let snippet = try #require(CaretSnippet(source: source, span: span, width: 60))
        #expect(snippet.line.hasPrefix("…") && snippet.line.hasSuffix("…"))
        #expect(snippet.line.unicodeScalars.count <= 62)
        let caretStart = snippet.carets.unicodeScalars.firstIndex(of: "^")!
        let offset = snippet.carets.unicodeScalars.distance(from: snippet.carets.unicodeScalars.startIndex, to: caretStart)
        let marked = snippet.line.unicodeScalars.dropFirst(offset).prefix(6)
        #expect(String(String.UnicodeScalarView(marked)) == "TARGET")
        #expect(snippet.carets.hasSuffix(" ^~~~~~"))
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!TextReporter().render(SampleRun.run()).contains("\u{1B}["))
        let coloured = TextReporter(options: ReporterOptions(color: true)).render(SampleRun.run())
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func summaryLineVariants() {
        var run = LintRun(files: [FileReport(path: "a.md"), FileReport(path: "b.md")], rules: [], toolVersion: "1")
        #expect(RunSummary(run).line == "no findings in 2 files")
        run.baselinedCount = 4
        run.fixedSinceBaseline = [Baseline.Entry(rule: "r", path: "a.md", sentence: "s")]
        #expect(RunSummary(run).line == "no findings in 2 files; 4 in baseline; 1 fixed since baseline")
        #expect(TextReporter().render(run) == "a.md: fixed since baseline: [r] \"s\"\n" + RunSummary(run).line + "\n")
        let one = SampleRun.article.finding("dosing-claim", .warning, "m", on: "Take 2 mg")
        run = LintRun(files: [FileReport(path: "a.md", findings: [one])], rules: [], toolVersion: "1")
        #expect(RunSummary(run).line == "1 finding (1 warning) in 1 file")
    }
}
