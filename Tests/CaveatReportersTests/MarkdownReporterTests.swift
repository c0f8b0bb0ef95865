import Testing
import CaveatEngine
@testable import CaveatReporters

@Suite struct MarkdownReporterTests {
    @Test func countsBySeverityAndRule() {
        let output = MarkdownReporter().render(SampleRun.run())
        #expect(output.hasPrefix("## caveat: 7 findings (1 error, 3 warnings, 3 info) in 2 files; 1 suppressed; "
                                 + "1 input error\n"))
        #expect(output.contains("| 🟠 warning | 3 |"))
        // Most frequent rule first, ties by id.
        let rules = output.split(separator: "\n").filter { $0.hasPrefix("| [`") }.map { $0.split(separator: "`")[1] }
        #expect(rules == ["self-medication", "promotional-contact", "dosing-claim", "missing-withdrawal-seizure-warning"])
    }

    @Test func topFindingsLinkToLinesAndTheRestFold() {
        let output = MarkdownReporter(options: ReporterOptions(linkBase: "https://github.com/o/r/blob/abc/",
                                                               markdownTopFindings: 2)).render(SampleRun.run())
        let items = output.split(separator: "\n").filter { $0.hasPrefix("- ") && $0.contains("**") }
        #expect(items.count == 7)
        #expect(items[0].hasPrefix("- 🔴 **error** [`articles/stopping-lorazepam.md:4:10`]"
                                   + "(https://github.com/o/r/blob/abc/articles/stopping-lorazepam.md?plain=1#L4)"))
        // Warnings before infos, in run order.
        #expect(items[1].contains("#L5") && items[2].contains("#L6") && items[3].contains("clinic%20page.txt#L1"))
        #expect(output.contains("<details>\n<summary>5 more findings</summary>"))
        // Markdown and HTML in messages are neutralised.
        #expect(items[3].contains(#"Promotional name: "recovery" &lt;team&gt; &amp; co, inside clinical text."#))
    }

    @Test func inlineEscaping() {
        #expect(MarkdownReporter.inline("a|b *c* [d](e) <f>\nnext") == #"a\|b \*c\* \[d\](e) &lt;f&gt; next"#)
    }

    @Test func noFindingsIsOneLine() {
        let run = LintRun(files: [FileReport(path: "a.md")], rules: [], toolVersion: "1")
        #expect(MarkdownReporter().render(run) == "## caveat: no findings in 1 file\n\n")
    }
}
