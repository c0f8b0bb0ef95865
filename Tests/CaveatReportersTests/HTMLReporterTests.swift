import Foundation
import Testing
import CaveatDocument
import CaveatEngine
@testable import CaveatReporters

@Suite struct HTMLReporterTests {
    let html = HTMLReporter().render(SampleRun.run())

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func selfContained() {
        #expect(!html.contains("src=\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(html.contains("<style>") && html.contains("<script>"))
    }

    @Test func everyFindingIsHighlightedInPlaceWithANote() {
        #expect(count("<mark class=\"sev-error\"", in: html) == 1)
        #expect(count("<mark class=\"sev-warning\"", in: html) == 3)
        #expect(count("<mark class=\"sev-info\"", in: html) == 3)
        #expect(count("<div class=\"note ", in: html) == 7)
        #expect(html.contains("When you <mark class=\"sev-error\" data-f=\"f1-1\">stop taking lorazepam</mark>"
                              + "<a class=\"ref sev-error\" href=\"#f1-1\" aria-label=\"finding 1\">1</a>, expect"))
        // The rule's rationale, fix and references sit in the note.
        #expect(html.contains("<p><strong>How to fix:</strong> Add that stopping suddenly can cause seizures"))
        #expect(html.contains("<li>Ashton, Benzodiazepines: How They Work and How to Withdraw (2002)</li>"))
        #expect(html.contains("<p class=\"suggestion\">Suggested wording: <q>Take the dose your prescriber sets</q></p>"))
        #expect(html.contains("<p class=\"related\">Line 3: no seizure warning anywhere in this section</p>"))
    }

    @Test func textIsEscapedAndStructureKept() {
        #expect(html.contains("Our clinic &amp; <mark class=\"sev-warning\" data-f=\"f2-1\">&quot;recovery&quot; "
                              + "&lt;team&gt;</mark>"))
        #expect(!html.contains("<team>"))
        #expect(html.contains("<h2 class=\"block\">Stopping lorazepam: what to expect</h2>"))
        #expect(html.contains("<h3 class=\"block\">Tapering</h3>"))
        #expect(html.contains("<p class=\"block li\">If you are in crisis, call 988.</p>"))
        // Footer chrome is dimmed and hidden (no finding counts there; the suppressed one is not shown).
        #expect(html.contains("<p class=\"block chrome\" data-region=\"footer\">Call (555) 010-9999"))
        #expect(html.contains("<p class=\"input-error\"><span class=\"badge sev-error\">error</span> "
                              + "No such file or directory <code>not-found</code></p>"))
    }

    @Test func summaryTableAndFilters() {
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"#file-1\">articles/stopping-lorazepam.md</a></th>"
                              + "<td class=\"sev-error\">1</td><td class=\"sev-warning\">2</td><td>0</td><td>1</td>"
                              + "<td>0</td></tr>"))
        #expect(count("data-filter=\"severity\"", in: html) == 3)
        #expect(count("data-filter=\"rule\"", in: html) == 5)
        #expect(html.contains("<p id=\"visible-count\" aria-live=\"polite\">7 of 7 findings shown</p>"))
    }

    @Test func overlappingFindingsSplitIntoSegments() {
        let doc = SampleRun.article
        let outer = doc.finding("dosing-claim", .warning, "dose", on: "Take 2 mg three times a day")
        let inner = doc.finding("missing-withdrawal-seizure-warning", .error, "inner", on: "2 mg")
        let run = LintRun(files: [FileReport(path: doc.path, document: doc.document, findings: [outer, inner])],
                          rules: SampleRun.rules, toolVersion: "1")
        let output = HTMLReporter().render(run)
        let expected: String = [
            "<mark class=\"sev-warning\" data-f=\"f1-1\">Take </mark>",
            "<mark class=\"sev-error\" data-f=\"f1-1 f1-2\">2 mg</mark>",
            "<a class=\"ref sev-error\" href=\"#f1-2\" aria-label=\"finding 2\">2</a>",
            "<mark class=\"sev-warning\" data-f=\"f1-1\"> three times a day</mark>",
            "<a class=\"ref sev-warning\" href=\"#f1-1\" aria-label=\"finding 1\">1</a>",
        ].joined()
        #expect(output.contains(expected))
    }

    @Test func findingsThatCannotBePlacedAreStillListed() {
        let doc = SampleRun.article
        var finding = doc.finding("dosing-claim", .warning, "dose", on: "Take 2 mg")
        finding.textRange = 0..<10_000
        let output = HTMLReporter().render(LintRun(
            files: [FileReport(path: doc.path, document: doc.document, findings: [finding])], rules: [], toolVersion: "1"))
        #expect(output.contains("Findings not shown in the text:"))
        #expect(count("<div class=\"note ", in: output) == 1)
        #expect(!output.contains("<mark"))
    }

    @Test func filesWithoutFindingsAreMarkedClean() {
        var run = SampleRun.run()
        run.files.append(FileReport(path: "articles/fine.md"))
        let output = HTMLReporter().render(run)
        #expect(output.contains("<tr data-clean><th scope=\"row\"><a href=\"#file-4\">articles/fine.md</a></th>"))
        #expect(output.contains("<details class=\"file\" id=\"file-4\" data-severities=\"\" data-clean open>"))
        #expect(count(" data-clean", in: output) == 2)
        #expect(output.contains("<input type=\"checkbox\" id=\"hide-clean\" checked>"))
    }

    @Test func manyFilesAreCollapsed() {
        let files = (0..<20).map { _ in SampleRun.articleReport() }
        let output = HTMLReporter().render(LintRun(files: files, rules: SampleRun.rules, toolVersion: "1"))
        #expect(count("<details class=\"file\"", in: output) == 20)
        #expect(!output.contains("data-severities=\"error warning\" open>"))
        #expect(html.contains("data-severities=\"error warning\" open>"))
    }
}

@Suite struct HTMLParagraphPartsTests {
    static let sentences = (1...6).map { "Sentence number \($0) talks about tapering slowly with a doctor over many weeks of care." }

    @Test func longFlaggedParagraphsAreCutAtTheSentencesHoldingFindings() throws {
        let doc = FixtureDocument(path: "a.md", text: Self.sentences.joined(separator: " ") + "\n")
        let block = doc.document.blocks[0]
        try #require(block.sentences.count == 6, "the sentence splitter should find six sentences")
        let third = doc.finding("dosing-claim", .warning, "third", on: "number 3")
        let fifth = doc.finding("dosing-claim", .warning, "fifth", on: "number 5")
        let parts = HTMLReporter.parts(of: block, findings: [third.textRange, fifth.textRange])
        let starts = block.sentences.map { Int($0.start) }
        #expect(parts == [0..<starts[2], starts[2]..<starts[4], starts[4]..<block.text.utf8.count])
        let html = HTMLReporter().render(LintRun(files: [FileReport(path: "a.md", document: doc.document,
                                                                     findings: [third, fifth])],
                                                 rules: SampleRun.rules, toolVersion: "1"))
        #expect(html.contains("<div class=\"row part first\">\n<p class=\"block\">Sentence number 1"))
        #expect(html.contains("<div class=\"row part\">\n<p class=\"block\">Sentence <mark class=\"sev-warning\" "
                              + "data-f=\"f1-1\">number 3</mark>"))
        #expect(html.contains("<div class=\"row part last\">\n<p class=\"block\">Sentence <mark class=\"sev-warning\" "
                              + "data-f=\"f1-2\">number 5</mark>"))
        // Each note sits in the part of its sentence; the first part has none.
        #expect(html.contains("care. </p>\n<aside class=\"notes\">\n</aside>"))
    }

    @Test func neverCutsInsideAFinding() {
        let doc = FixtureDocument(path: "a.md", text: Self.sentences.joined(separator: " ") + "\n")
        let block = doc.document.blocks[0]
        let across = doc.finding("dosing-claim", .warning, "across", on: "care. Sentence number 4")
        let inside = doc.finding("dosing-claim", .warning, "inside", on: "number 4")
        let parts = HTMLReporter.parts(of: block, findings: [across.textRange, inside.textRange])
        #expect(parts == [0..<Int(block.sentences[2].start), Int(block.sentences[2].start)..<block.text.utf8.count])
    }

    @Test func shortParagraphsStayWhole() {
        let doc = FixtureDocument(path: "a.md", text: "One sentence here. Another one there.\n")
        let finding = doc.finding("dosing-claim", .warning, "m", on: "Another")
        #expect(HTMLReporter.parts(of: doc.document.blocks[0], findings: [finding.textRange]) == [0..<37])
    }
}
