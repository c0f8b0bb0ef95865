import Testing
import CaveatDocument
@testable import CaveatReaders

private func read(_ text: String) -> Document {
    MarkdownReader().read(SourceText(path: "test.md", string: text))
}

/// The source text of a block's text range.
private func sourceText(_ document: Document, block: Int, _ range: Range<Int>) -> String {
    let source = document.blocks[block].sourceRange(ofText: range)
    return String(decoding: document.source.utf8[source], as: UTF8.self)
}

/// Whether every verbatim run of every block's map holds exactly its text's bytes.
private func mapsExactly(_ document: Document) -> Bool {
    document.blocks.allSatisfy { block in
        let text = Array(block.text.utf8)
        return block.map.segments.allSatisfy { segment in
            !segment.isVerbatim || text[segment.textStart..<(segment.textStart + segment.textLength)]
                .elementsEqual(document.source.utf8[segment.sourceStart..<(segment.sourceStart + segment.sourceLength)])
        }
    }
}

@Suite struct MarkdownReaderTests {
    @Test func headingInsideABlockQuote() {
        let document = read("> ## Key point\n> Taper *slowly*.\n")
        #expect(outline(document) == ["heading/2: Key point", "blockquote/0: Taper slowly."])
        #expect(document.sections.map(\.title) == ["Key point"])
        #expect(span(of: "Key point", in: document) == "1:6(5)-1:15(14)")
        #expect(span(of: "slowly", in: document) == "2:10(24)-2:16(30)")
    }

    @Test func secondParagraphOfAListItemStaysInTheList() {
        let document = read("1. Take one tablet.\n\n   Then wait a week.\n2. Reduce by half.\n")
        #expect(outline(document) == ["list-item/0: Take one tablet.", "list-item/0: Then wait a week.",
                                      "list-item/0: Reduce by half."])
        #expect(span(of: "Then wait", in: document) == "3:4(24)-3:13(33)")
        #expect(span(of: "Reduce", in: document) == "4:4(45)-4:10(51)")
    }

    @Test func nestedQuotesAndLists() {
        let document = read("> - outer\n>   > inner *quote*\n>   - nested item\n> > deeper\n")
        #expect(outline(document) == ["list-item/0: outer", "blockquote/0: inner quote", "list-item/0: nested item",
                                      "blockquote/0: deeper"])
        #expect(span(of: "quote", in: document) == "2:14(23)-2:19(28)")
        #expect(span(of: "nested", in: document) == "3:7(36)-3:13(42)")
        #expect(span(of: "deeper", in: document) == "4:5(52)-4:11(58)")
        #expect(mapsExactly(document))
    }

    @Test func softBreaksAcrossQuoteMarkersMapToTheWholeJoin() {
        let document = read("> one\n>   two\n")
        #expect(document.blocks[0].text == "one two")
        #expect(sourceText(document, block: 0, 3..<4) == "\n>   ")
        #expect(span(of: "two", in: document) == "2:5(10)-2:8(13)")
    }

    @Test func tablesTaskListsStrikethroughAndAutolinks() {
        let document = read("| Drug | Dose |\n|---|---|\n| ~~Valium~~ | 5 mg |\n\n- [ ] ask a doctor\n- [x] www.example.org\n")
        #expect(outline(document) == ["table-cell/0: Drug", "table-cell/0: Dose", "table-cell/0: Valium",
                                      "table-cell/0: 5 mg", "list-item/0: ask a doctor", "list-item/0: www.example.org"])
        #expect(document.blocks[4].element == "md-task-item")
        #expect(span(of: "Valium", in: document) == "3:5(30)-3:11(36)")
        #expect(span(of: "ask", in: document) == "5:7(55)-5:10(58)")
        let link = document.blocks[5].links
        #expect(link.map(\.target) == ["http://www.example.org"])
        #expect(link.first?.textRange == 0..<15)
        #expect(mapsExactly(document))
    }

    @Test func footnotesAreListItemsAndTheirMarkersAreNotText() {
        let document = read("Take it with food.[^1] Then rest.\n\n[^1]: Or with *milk*.\n")
        #expect(outline(document) == ["paragraph/0: Take it with food. Then rest.", "list-item/0: Or with milk."])
        #expect(document.blocks[1].element == "md-footnote")
        #expect(span(of: "Then", in: document) == "1:24(23)-1:28(27)")
        #expect(span(of: "milk", in: document) == "3:16(50)-3:20(54)")
    }

    @Test func everyHTML5ReferenceDecodesAtomically() {
        let document = read("&frac12; tablet &CounterClockwiseContourIntegral; &ngE; &#x1F48A; &amp;&nbsp;x &bogus;\n")
        #expect(document.blocks[0].text == "½ tablet ∳ ≧̸ 💊 & x &bogus;")
        #expect(sourceText(document, block: 0, 0..<2) == "&frac12;")
        let text = Array(document.blocks[0].text.utf8)
        let pill = text.firstIndex(of: 0xF0)!
        #expect(sourceText(document, block: 0, pill..<(pill + 4)) == "&#x1F48A;")
        #expect(span(of: "&bogus;", in: document) == "1:80(79)-1:87(86)")
    }

    @Test func escapesCodeSpansAndLinksMapToTheirCharacters() {
        let document = read("A \\*literal\\* `co\nde` [the *leaflet*](https://x.example/a_(b) \"T\") and <https://y.example>.\n")
        let block = document.blocks[0]
        #expect(block.text == "A *literal* co de the leaflet and https://y.example.")
        #expect(sourceText(document, block: 0, 2..<3) == "*")
        #expect(span(of: "literal", in: document) == "1:5(4)-1:12(11)")
        #expect(span(of: "co de", in: document) == "1:16(15)-2:3(20)")
        #expect(span(of: "leaflet", in: document) == "2:11(28)-2:18(35)")
        #expect(block.links.map(\.target) == ["https://x.example/a_(b)", "https://y.example"])
        #expect(block.links.map { block.substring($0.textRange) } == ["the leaflet", "https://y.example"])
        #expect(block.links[0].targetSourceRange.map { String(decoding: document.source.utf8[$0], as: UTF8.self) }
                == "https://x.example/a_(b)")
        #expect(mapsExactly(document))
    }

    @Test func yamlFrontMatterIsMetadata() {
        let document = read("---\ntitle: \"Sleep\"\ndescription: A guide\ntags:\n  - a\n---\n# Heading\n\nBody.\n")
        #expect(document.metadata.title == "Sleep")
        #expect(document.metadata.description == "A guide")
        #expect(outline(document) == ["heading/1: Heading", "paragraph/0: Body."])
        #expect(span(of: "Body", in: document) == "9:1(67)-9:5(71)")
    }

    @Test func tomlFrontMatterIsMetadata() {
        let document = read("+++\ntitle = 'Dosing'\nauthor = \"Dr. A\"\ndate = 2026-01-02\n+++\nText.\n")
        #expect(document.metadata.title == "Dosing")
        #expect(document.metadata.author == "Dr. A")
        #expect(document.metadata.published == "2026-01-02")
        #expect(outline(document) == ["paragraph/0: Text."])
        #expect(span(of: "Text", in: document) == "6:1(60)-6:5(64)")
    }

    @Test func ruleAndSetextHeadingAreNotFrontMatter() {
        let document = read("---\nFoo\n---\nBar\n")
        #expect(outline(document) == ["heading/2: Foo", "paragraph/0: Bar"])
        #expect(document.metadata.title == nil)
    }

    @Test func rawHTMLBlocksAreReadByTheHTMLReader() {
        let document = read("Intro.\n\n<div class=\"note\">\n<p>Take &frac12; <b>tablet</b>.</p>\n</div>\n\n> <p>Quoted\n> html</p>\n")
        #expect(outline(document) == ["paragraph/0: Intro.", "paragraph/0: Take ½ tablet.",
                                      "blockquote/0: Quoted html"])
        #expect(document.blocks[1].element == "p")
        #expect(span(of: "tablet", in: document) == "4:21(47)-4:27(53)")
        #expect(sourceText(document, block: 1, 5..<7) == "&frac12;")
        #expect(span(of: "html", in: document) == "8:3(85)-8:7(89)")
        #expect(mapsExactly(document))
    }

    @Test func scriptsAndCDATAInHTMLBlocksAreNotText() {
        let document = read("<script>\nvar dose = 5;\n</script>\n\n<![CDATA[\nx < y\n]]>\n\nAfter.\n")
        #expect(outline(document) == ["paragraph/0: After."])
    }

    @Test func directivesInHTMLBlocksAndInline() {
        let document = read("<!-- caveat-disable dosing-claim -->\n\nText <!-- caveat-disable-line x --> here.\n")
        #expect(document.directives.map(\.text) == ["caveat-disable dosing-claim", "caveat-disable-line x"])
        #expect(document.directives.map(\.sourceRange) == [0..<36, 43..<73])
        #expect(outline(document) == ["paragraph/0: Text here."])
    }

    @Test func codeBlocksKeepLinesAndPositions() {
        let document = read("- item\n\n  ```\n  take 5 mg\n    twice\n  ```\n")
        #expect(outline(document) == ["list-item/0: item", "preformatted/0: take 5 mg\n  twice"])
        #expect(span(of: "5 mg", in: document) == "4:8(21)-4:12(25)")
        #expect(span(of: "twice", in: document) == "5:5(30)-5:10(35)")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func imagesInsideLinksBecomeAltText() {
        let document = read("See [![a *pill* chart](p.png)](https://x.example) now.\n")
        #expect(outline(document) == ["paragraph/0: See now.", "alt-text/0: a pill chart"])
        #expect(span(of: "pill", in: document) == "1:11(10)-1:15(14)")
    }

    @Test func headingAttributesAreDropped() {
        let document = read("## Dosing {#dosing .big}\n\n# Plain {braces}\n")
        #expect(outline(document) == ["heading/2: Dosing", "heading/1: Plain {braces}"])
        #expect(document.blocks[0].map.segments.last.map { $0.sourceStart + $0.sourceLength } == 9)
    }

    @Test func tableRightAfterAParagraphKeepsExactPositions() {
        // cmark-gfm 0.29 gives the paragraph no position and counts the header's columns from the paragraph.
        let document = read("Doses for adults:\n| Drug | Dose |\n|---|---|\nValium | 5 mg\n")
        #expect(outline(document) == ["paragraph/0: Doses for adults:", "table-cell/0: Drug", "table-cell/0: Dose",
                                      "table-cell/0: Valium", "table-cell/0: 5 mg"])
        #expect(span(of: "adults", in: document) == "1:11(10)-1:17(16)")
        #expect(span(of: "Dose", in: document, occurrence: 2) == "2:10(27)-2:14(31)")
        #expect(span(of: "5 mg", in: document) == "4:10(53)-4:14(57)")
        #expect(mapsExactly(document))
    }

    @Test func unreferencedFootnotesAreStillRead() {
        // cmark-gfm drops a definition nothing refers to; its text is still linted.
        let document = read("Text.\n\n[^x]: Take two at once.\n\n[^y]: Used.\n\nRef[^y].")
        #expect(outline(document) == ["paragraph/0: Text.", "paragraph/0: Ref.", "list-item/0: Used.",
                                      "list-item/0: Take two at once."])
        #expect(span(of: "two", in: document) == "3:12(18)-3:15(21)")
    }

    @Test func anUnclosedFenceDoesNotSwallowTheFootnoteHelper() {
        // The fence runs to the end, so it takes in the helper paragraph (which is not text); the note then
        // stays unreferenced and cmark-gfm drops it, a known limit.
        let document = read("[^a]: Note.\n\n```\ncode")
        #expect(outline(document) == ["preformatted/0: code"])
        #expect(document.diagnostics.map(\.code) == ["md-unclosed-fence"])
    }
}
