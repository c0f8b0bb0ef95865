import Testing
import CaveatDocument
@testable import CaveatReaders

@Suite struct PlainTextMarkdownTests {
    @Test func fixtureStructureAndMetadata() throws {
        let document = try readFixture("article.md")
        #expect(document.format == .markdown)
        #expect(document.metadata.title == "Tapering Benzodiazepines: A Plain Guide")
        #expect(document.metadata.description == "Why a slow taper matters.")
        #expect(document.metadata.author == "Caveat Fixtures")
        #expect(document.metadata.published == "2026-02-14")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph, .blockquote, .paragraph,
                                                .preformatted, .listItem, .listItem, .altText])
        #expect(document.sections.map(\.title) == ["Tapering benzodiazepines", "What to expect"])
        #expect(document.sections.map(\.level) == [1, 2])
        #expect(document.sections[1].parent == 0)
        #expect(document.blocks[1].text == "Stopping a benzodiazepine suddenly can cause seizures. Read the "
                + "withdrawal guidance before you change anything, or see https://example.org/faq.")
        #expect(document.blocks[4].text == "\"I cut my dose by half and could not sleep for a week.\" — a reader, 2025")
        #expect(document.blocks[6].text == "week 1: 10 mg\nweek 3:  7.5 mg")
        #expect(document.blocks[7].text == "Keep a symptom diary with date and dose.")
        #expect(document.blocks[9].text == "A calendar marked with dose changes")
        #expect(document.blocks[9].element == "md-image")
        #expect(document.sectionPath(ofBlock: 5) == ["Tapering benzodiazepines", "What to expect"])
    }

    @Test func positionsInsideEmphasisAndLinks() throws {
        let document = try readFixture("article.md")
        // A word split by emphasis spans the markers in the source.
        #expect(span(of: "benzodiazepine", in: document, occurrence: 2) == "10:12(177)-10:27(192)")
        #expect(span(of: "seizures", in: document) == "10:50(215)-10:58(223)")
        #expect(span(of: "guidance", in: document) == "11:13(248)-11:21(256)")
        #expect(span(of: "rebound", in: document) == "16:23(405)-16:30(412)")
        #expect(span(of: "date", in: document, occurrence: 1) == "30:30(781)-30:34(785)")
    }

    @Test func linksKeepTargetAndTextRange() throws {
        let document = try readFixture("article.md")
        let block = document.blocks[1]
        #expect(block.links.map(\.target) == ["https://example.org/withdrawal", "https://example.org/faq"])
        #expect(block.links.map { block.substring($0.textRange) } == ["withdrawal guidance", "https://example.org/faq"])
        #expect(block.links[0].targetSourceRange == 258..<288)
        let faq = document.source.span(block.sourceRange(ofText: block.links[1].textRange))
        #expect(faq.start.line == 12 && faq.start.column == 26 && faq.end.column == 49)
    }

    @Test func directiveComment() throws {
        let document = try readFixture("article.md")
        #expect(document.directives.map(\.text) == ["caveat-disable-next dosing-claim -- example dose quoted from a leaflet"])
        #expect(document.directives.first?.sourceRange == 572..<651)
        #expect(!document.blocks.contains { $0.text.contains("caveat-") })
    }

    @Test func sentencesInMarkdown() throws {
        let document = try readFixture("article.md")
        let block = document.blocks[3]
        #expect(block.sentences.map { block.substring($0.range) } ==
                ["Most people notice rebound anxiety for a few days.", "Symptoms often peak around day 3… and then ease."])
    }

    @Test func atxAndSetextHeadings() {
        let document = readText("# One #\n\nText.\n\nTwo\n===\n\nThree\n---\n\n###### Six\n\n####### seven", markdown: true)
        #expect(outline(document) == ["heading/1: One", "paragraph/0: Text.", "heading/1: Two", "heading/2: Three",
                                      "heading/6: Six", "paragraph/0: ####### seven"])
    }

    @Test func listsAndContinuations() {
        let document = readText("- one\n  more\n* two\n+ three\n\n1. four\n2) five\n• six", markdown: true)
        // `•` is not a CommonMark list marker: the line continues item "five" lazily, as on GitHub.
        #expect(outline(document) == ["list-item/0: one more", "list-item/0: two", "list-item/0: three",
                                      "list-item/0: four", "list-item/0: five • six"])
    }

    @Test func onlyItemOneOrABulletInterruptsAParagraph() {
        #expect(outline(readText("In the year\n2020. Cases rose.\n1. First\n-\n- Second", markdown: true)) ==
                ["paragraph/0: In the year 2020. Cases rose.", "list-item/0: First", "list-item/0: Second"])
    }

    @Test func headingAttributesAreNotText() {
        #expect(outline(readText("## Dosing {#dosing .big}\n\nText {not attrs}", markdown: true)) ==
                ["heading/2: Dosing", "paragraph/0: Text {not attrs}"])
    }

    @Test func multiLineDirectiveComment() {
        let text = "Intro.\n\n<!--\n  caveat-disable promotional-contact\n  -- clinic page, reviewed\n-->\nCall us."
        let document = readText(text, markdown: true)
        #expect(document.directives.map(\.text) == ["caveat-disable promotional-contact\n  -- clinic page, reviewed"])
        #expect(document.directives.first.map { document.source.span($0.sourceRange) }.map {
            "\($0.start.line):\($0.start.column)-\($0.end.line):\($0.end.column)"
        } == "3:1-6:4")
        #expect(outline(document) == ["paragraph/0: Intro.", "paragraph/0: Call us."])
    }

    @Test func scriptAndStyleBlocksAreNotText() {
        let text = "Before.\n\n<script type=\"x\">\nvar dose = 5;\n</SCRIPT>\n<style>p { color: red }</style>\nAfter."
        #expect(outline(readText(text, markdown: true)) == ["paragraph/0: Before.", "paragraph/0: After."])
    }

    @Test func thematicBreakIsNotText() {
        #expect(outline(readText("Para one.\n\n***\n\n- - -\n\nPara two.", markdown: true)) ==
                ["paragraph/0: Para one.", "paragraph/0: Para two."])
    }

    @Test func emphasisAndEscapes() {
        let document = readText("A *b* __c__ ~~d~~ 2 * 3 snake_case_name \\*lit\\* **e*", markdown: true)
        #expect(document.blocks[0].text == "A b c d 2 * 3 snake_case_name *lit* *e")
        #expect(span(of: "*lit*", in: document) == "1:42(41)-1:48(47)")
    }

    @Test func inlineCodeKeepsItsContent() {
        let document = readText("Run `take *2* pills` now and `` a ` b ``.", markdown: true)
        #expect(document.blocks[0].text == "Run take *2* pills now and a ` b.")
    }

    @Test func hardBreaksBecomeLineBreaksAndSplitSentences() {
        let document = readText("**Question one**  \nAnswer here\\\nlast line", markdown: true)
        let block = document.blocks[0]
        #expect(block.text == "Question one\nAnswer here\nlast line")
        #expect(block.sentences.map { block.substring($0.range) } == ["Question one", "Answer here", "last line"])
        // The line break stands for the two spaces and the newline.
        #expect(block.sourceRange(ofText: 12..<13) == 16..<19)
    }

    @Test func softBreakIsASpace() {
        let document = readText("First half\nsecond half.", markdown: true)
        #expect(document.blocks[0].text == "First half second half.")
        #expect(document.blocks[0].sourceRange(ofText: 10..<11) == 10..<11)
    }

    @Test func entitiesDecodeAtomically() {
        let document = readText("5&nbsp;mg &amp; more&#8217;s", markdown: true)
        let block = document.blocks[0]
        #expect(block.text == "5 mg & more’s")
        #expect(block.sourceRange(ofText: 1..<2) == 1..<7)
        #expect(block.sourceRange(ofText: 5..<6) == 10..<15)
    }

    @Test func autolinksAndEmailAutolinks() {
        let document = readText("See <https://a.example/x_y_z> or <help@clinic.example>.", markdown: true)
        let block = document.blocks[0]
        #expect(block.text == "See https://a.example/x_y_z or help@clinic.example.")
        #expect(block.links.map(\.target) == ["https://a.example/x_y_z", "mailto:help@clinic.example"])
        #expect(block.links.map { block.substring($0.textRange) } == ["https://a.example/x_y_z", "help@clinic.example"])
    }

    @Test func referenceLinks() {
        let document = readText("Read [the leaflet][pil] and [Pil].\n\n[pil]: https://example.org/pil \"Leaflet\"", markdown: true)
        #expect(document.blocks.count == 1)
        let block = document.blocks[0]
        #expect(block.text == "Read the leaflet and Pil.")
        #expect(block.links.map(\.target) == ["https://example.org/pil", "https://example.org/pil"])
        #expect(block.links.map { block.substring($0.textRange) } == ["the leaflet", "Pil"])
    }

    @Test func bracketsThatAreNotLinksStay() {
        #expect(readText("A [note] here and [x](", markdown: true).blocks[0].text == "A [note] here and [x](")
    }

    @Test func imagesInlineBecomeAltTextBlocks() {
        let document = readText("Before ![a *pill*](p.png \"t\") after.", markdown: true)
        #expect(outline(document) == ["paragraph/0: Before after.", "alt-text/0: a pill"])
        #expect(span(of: "pill", in: document) == "1:13(12)-1:17(16)")
    }

    @Test func htmlTagsAndCommentsAreDropped() {
        let document = readText("Visible <span class=\"x\">text</span><br>next <!-- hidden --> and <!-- caveat-enable phone --> end.",
                                markdown: true)
        let block = document.blocks[0]
        #expect(block.text == "Visible text\nnext and end.")
        #expect(document.directives.map(\.text) == ["caveat-enable phone"])
    }

    @Test func blockquoteLinesJoin() {
        let document = readText("> Line one\n> line two\n>\n> New quote.", markdown: true)
        #expect(outline(document) == ["blockquote/0: Line one line two", "blockquote/0: New quote."])
        #expect(span(of: "line two", in: document) == "2:3(13)-2:11(21)")
    }

    @Test func fencedAndIndentedCodeArePreformatted() {
        let document = readText("Text.\n\n~~~\na  b\n\n  c\n~~~\n\n    indented\n    code\n\nAfter.", markdown: true)
        #expect(outline(document) == ["paragraph/0: Text.", "preformatted/0: a  b\n\n  c",
                                      "preformatted/0: indented\ncode", "paragraph/0: After."])
        #expect(document.blocks[1].element == "md-code")
    }

    @Test func unclosedFenceIsADiagnostic() {
        let document = readText("Text.\n\n```\ncode", markdown: true)
        #expect(document.diagnostics.map(\.code) == ["md-unclosed-fence"])
        #expect(document.diagnostics.first?.location?.line == 3)
        #expect(document.blocks.last?.text == "code")
    }

    @Test func tablesBecomeCells() {
        // GFM splits cells at every unescaped pipe, inside code spans too; `\|` keeps one in the cell.
        let document = readText("| Drug | Dose |\n|:-----|----:|\n| Valium | 5 mg |\n| `x\\|y` | \\| |", markdown: true)
        #expect(outline(document) == ["table-cell/0: Drug", "table-cell/0: Dose", "table-cell/0: Valium",
                                      "table-cell/0: 5 mg", "table-cell/0: x|y", "table-cell/0: |"])
        #expect(span(of: "5 mg", in: document) == "3:12(42)-3:16(46)")
    }

    @Test func frontMatterIsNotText() {
        let document = readText("---\ntitle: 'Quoted'\nauthor:\n  - nested\nlang: en\n---\nBody.", markdown: true)
        #expect(outline(document) == ["paragraph/0: Body."])
        #expect(document.metadata.title == "Quoted")
        #expect(document.metadata.author == nil)
        #expect(document.metadata.language == "en")
        #expect(span(of: "Body", in: document) == "7:1(52)-7:5(56)")
    }

    @Test func headingGuessesOnlyWithoutExplicitHeadings() {
        let text = "Sleep Basics\n\nMost adults need seven hours.\n\nWhen to Worry\n\nIf sleep stays poor, see a doctor."
        #expect(readText(text, markdown: true).blocks.map(\.kind) == [.title, .paragraph, .heading, .paragraph])
        let withHeading = readText("# Real\n\n" + text, markdown: true)
        #expect(withHeading.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph, .paragraph])
        #expect(withHeading.metadata.title == "Real")
    }

    @Test func crlfInMarkdown() {
        let document = readText("# Title\r\n\r\nOne *two*\r\nthree.\r\n", markdown: true)
        let block = document.blocks[1]
        #expect(block.text == "One two three.")
        #expect(block.sourceRange(ofText: 7..<8) == 20..<22)
        #expect(span(of: "three", in: document) == "4:1(22)-4:6(27)")
    }
}
