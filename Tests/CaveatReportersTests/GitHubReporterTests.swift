import Testing
import CaveatDocument
import CaveatEngine
@testable import CaveatReporters

@Suite struct GitHubReporterTests {
    @Test func escapesDataAndProperties() {
        #expect(GitHubReporter.escapeData("100% sure\r\nnext: a,b") == "100%25 sure%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("dir:one,two%\n") == "dir%3Aone%2Ctwo%25%0A")
    }

    @Test func annotationCarriesFileLineColumnsAndTitle() {
        let output = GitHubReporter().render(SampleRun.run())
        let lines = output.split(separator: "\n")
        #expect(lines[0] == "::error file=articles/stopping-lorazepam.md,line=4,col=10,endLine=4,endColumn=31,"
                    + "title=caveat missing-withdrawal-seizure-warning::Discusses stopping lorazepam but never warns "
                    + "that withdrawal can cause seizures.%0ANote (line 3): no seizure warning anywhere in this section")
        #expect(lines.contains("::error file=articles/missing.html,title=caveat%3A not-found::No such file or directory"))
        #expect(!output.contains("::notice title=caveat summary"))
    }

    /// A run with `count` findings of each severity in one file.
    func bigRun(_ count: Int) -> LintRun {
        let doc = SampleRun.article
        var findings: [Finding] = []
        for _ in 0..<count {
            for severity in Severity.allCases {
                findings.append(doc.finding("dosing-claim", severity, "m", on: "Take 2 mg"))
            }
        }
        return LintRun(files: [FileReport(path: doc.path, document: doc.document, findings: findings)],
                       rules: SampleRun.rules, toolVersion: "1")
    }

    @Test(arguments: [1, 3, 10])
    func neverEmitsMoreThanTheCapPerLevel(cap: Int) {
        let output = GitHubReporter(options: ReporterOptions(maxAnnotations: cap)).render(bigRun(25))
        let lines = output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == cap)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == cap)
        // Notices include the summary, which takes one of the slots.
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == cap)
        let notShown = 75 - 3 * cap + 1
        let expected = "::notice title=caveat summary::\(notShown) of 75 annotations not shown (at most \(cap) "
            + "per level); 75 findings (25 errors, 25 warnings, 25 info) in 1 file. See the full report "
            + "(--report sarif=… or --format text)."
        #expect(lines.last.map(String.init) == expected)
    }

    @Test func noSummaryWhenEverythingFits() {
        let output = GitHubReporter(options: ReporterOptions(maxAnnotations: 3)).render(bigRun(3))
        #expect(output.split(separator: "\n").count == 9)
        #expect(!output.contains("summary"))
    }

    @Test func zeroCapEmitsNothing() {
        #expect(GitHubReporter(options: ReporterOptions(maxAnnotations: 0)).render(bigRun(2)) == "")
    }
}
