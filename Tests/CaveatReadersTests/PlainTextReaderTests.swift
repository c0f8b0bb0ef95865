import Foundation
import Testing
import CaveatDocument
import TestSupport
@testable import CaveatReaders

/// Reads a string as a `.txt` (or `.md`) file.
func readText(_ text: String, markdown: Bool = false) -> Document {
    PlainTextReader(markdown: markdown).read(SourceText(path: markdown ? "test.md" : "test.txt", string: text))
}

/// Reads a fixture from `Fixtures/text/`.
func readFixture(_ name: String) throws -> Document {
    let url = Paths.fixtures.appendingPathComponent("text").appendingPathComponent(name)
    let source = SourceText(path: name, utf8: Array(try Data(contentsOf: url)))
    return PlainTextReader(markdown: name.hasSuffix(".md")).read(source)
}

/// The source span of the `occurrence`-th appearance of `needle` in any block's text, as
/// `line:column(offset)-line:column(offset)`.
func span(of needle: String, in document: Document, occurrence: Int = 1) -> String? {
    var seen = 0
    let pattern = Array(needle.utf8)
    for (index, block) in document.blocks.enumerated() {
        let text = Array(block.text.utf8)
        guard text.count >= pattern.count else { continue }
        for start in 0...(text.count - pattern.count) where text[start..<(start + pattern.count)].elementsEqual(pattern) {
            seen += 1
            if seen == occurrence {
                let span = document.span(ofBlock: index, text: start..<(start + pattern.count))
                return "\(span.start.line):\(span.start.column)(\(span.start.offset))-"
                    + "\(span.end.line):\(span.end.column)(\(span.end.offset))"
            }
        }
    }
    return nil
}

/// Blocks as `kind/level: text`.
func outline(_ document: Document) -> [String] {
    document.blocks.map { "\($0.kind.rawValue)/\($0.level): \($0.text)" }
}

@Suite struct PlainTextReaderTests {
    @Test func fixtureStructure() throws {
        let document = try readFixture("article.txt")
        #expect(document.format == .text)
        #expect(document.blocks.map(\.kind) == [.title, .paragraph, .heading, .paragraph, .heading, .listItem,
                                                .listItem, .listItem, .paragraph, .listItem, .listItem, .listItem,
                                                .paragraph])
        #expect(document.blocks[0].text == "Tapering Off Sleep Medicine Safely")
        #expect(document.metadata.title == "Tapering Off Sleep Medicine Safely")
        #expect(document.sections.map(\.title) == ["Why Stopping Suddenly Is Risky", "What a Taper Plan Includes"])
        #expect(document.sections.map(\.level) == [2, 2])
        // A hard-wrapped paragraph is one block; the continuation line of list item 2 joins it.
        #expect(document.blocks[1].text.hasPrefix("Many people take a sleeping pill for a few weeks and then find it hard to stop."))
        #expect(document.blocks[6].text == "Small reductions, approx. 10% every two weeks, written down in advance so nobody has to guess.")
        #expect(document.blocks[7].text == "A way to pause the plan if symptoms flare.")
        #expect(document.blocks[8].text == "Helpful habits:")
        #expect(document.blocks[9...11].map(\.text) == ["Keep a regular wake-up time.", "Avoid alcohol during the taper.",
                                                        "Tell someone you trust what you are doing."])
        #expect(document.blocks.allSatisfy { $0.region == .body })
        #expect(document.sectionPath(ofBlock: 6) == ["What a Taper Plan Includes"])
    }

    @Test func positionsAfterTabsAndEmoji() throws {
        let document = try readFixture("article.txt")
        #expect(span(of: "Café", in: document) == "10:2(419)-10:6(424)")
        #expect(span(of: "😴", in: document) == "10:46(464)-10:47(468)")
        #expect(span(of: "all report", in: document) == "10:48(469)-10:58(479)")
        #expect(span(of: "advance", in: document) == "15:4(658)-15:11(665)")
        #expect(span(of: "Dr. Patel", in: document) == "23:40(905)-23:49(914)")
    }

    @Test func sentencesOfFixture() throws {
        let document = try readFixture("article.txt")
        let last = try #require(document.blocks.last)
        #expect(last.sentences.map { last.substring($0.range) } ==
                ["Never change the dose on your own.", "Ask Dr. Patel or your pharmacist first."])
        let item = document.blocks[5]
        #expect(item.sentences.count == 1)
        #expect(item.text == "A starting dose agreed with your doctor, e.g. 10 mg at night.")
    }

    @Test func crlfLineEndings() throws {
        let document = try readFixture("crlf-article.txt")
        #expect(outline(document) == [
            "title/0: Night Sweats and Medicines",
            "paragraph/0: Night sweats have many causes. Some medicines list them as a side effect, and the leaflet says to report them.",
            "heading/2: When to Get Help",
            "paragraph/0: Call your clinic if sweats come with fever or weight loss.",
            "list-item/0: Write down when they happen.",
            "list-item/0: Note any new tablets.",
        ])
        #expect(span(of: "Call", in: document) == "8:1(164)-8:5(168)")
        #expect(span(of: "leaflet", in: document) == "5:1(114)-5:8(121)")
        // The space joining the lines stands for the whole `\r\n`.
        #expect(span(of: "the leaflet", in: document) == "4:48(109)-5:8(121)")
        let paragraph = document.blocks[1]
        let join = paragraph.text.utf8.count - " leaflet says to report them.".utf8.count
        #expect(paragraph.sourceRange(ofText: join..<(join + 1)) == 112..<114)
    }

    @Test func titleNeedsSomethingAfterIt() {
        #expect(outline(readText("Just One Line")) == ["paragraph/0: Just One Line"])
        #expect(outline(readText("Short Title\n\nBody text here.")) == ["title/0: Short Title", "paragraph/0: Body text here."])
    }

    @Test func titleMayBeALongHeadlineButHeadingsStayShort() {
        let headline = "New Study Finds Zinc Lozenges Shorten Colds by Two Days in Adults Who Start Early"
        #expect(readText("\(headline)\n\nThe trial enrolled 300 adults.").blocks.map(\.kind) == [.title, .paragraph])
        let document = readText("Intro.\n\n\(headline)\n\nThe trial enrolled 300 adults.")
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph])
    }

    @Test func lineEndingInColonIsNotAHeading() {
        let document = readText("Intro text ends here.\nCommon signs include:\n- Tremor\n- Sweating")
        #expect(outline(document) == ["paragraph/0: Intro text ends here.", "paragraph/0: Common signs include:",
                                      "list-item/0: Tremor", "list-item/0: Sweating"])
    }

    @Test func onePararaphPerLineWithHeadingLines() {
        let long = String(repeating: "This sentence is long enough to rule out hard wrapping of the text. ", count: 2)
        let document = readText("\(long)\nWhat Happens Next\n\(long)\nAnother line that is short.")
        #expect(document.blocks.map(\.kind) == [.paragraph, .heading, .paragraph, .paragraph])
        #expect(document.blocks[1].text == "What Happens Next")
        #expect(document.blocks[1].level == 2)
    }

    @Test func headingInsideAHardWrappedChunk() {
        let text = """
        Some paragraph text that wraps onto
        the next line and ends here with a period.
        Dosing Basics
        Most adults take one tablet, and the label
        lists the maximum.
        """
        #expect(outline(readText(text)) == [
            "paragraph/0: Some paragraph text that wraps onto the next line and ends here with a period.",
            "heading/2: Dosing Basics",
            "paragraph/0: Most adults take one tablet, and the label lists the maximum.",
        ])
    }

    @Test func headingNeedsAFollowingParagraph() {
        // Two title-like lines in a row, and a last line: neither is a heading.
        let document = readText("Body text.\n\nLatest News\nMore Stories\n\nThe End Of It")
        #expect(!document.blocks.contains { $0.kind == .heading })
    }

    @Test func lowercaseLineContinuesParagraph() {
        let long = String(repeating: "word ", count: 30)
        let document = readText("\(long)and\nthen it goes on.")
        #expect(document.blocks.count == 1)
    }

    @Test func orderedMarkersWithMoreThanThreeDigitsAreText() {
        let document = readText("2025. A year of change.")
        #expect(document.blocks.map(\.kind) == [.paragraph])
        #expect(outline(readText("10) Ten\n11) Eleven")) == ["list-item/0: Ten", "list-item/0: Eleven"])
    }

    @Test func whitespaceIsCollapsedAtomically() {
        let document = readText("Tabs\tand   spaces\u{00A0}here.")
        let block = document.blocks[0]
        #expect(block.text == "Tabs and spaces here.")
        #expect(block.sourceRange(ofText: 4..<5) == 4..<5)       // the tab
        #expect(block.sourceRange(ofText: 8..<9) == 8..<11)      // three spaces
        #expect(block.sourceRange(ofText: 15..<16) == 17..<19)   // U+00A0, two bytes
        #expect(span(of: "here", in: document) == "1:19(19)-1:23(23)")
    }

    @Test func directiveCommentsOnTheirOwnLines() {
        let text = "First paragraph.\n<!-- caveat-disable phone -->\nSecond paragraph.\n<!-- note to self\nstill -->\nThird."
        let document = readText(text)
        #expect(document.directives.map(\.text) == ["caveat-disable phone"])
        #expect(document.directives.first?.sourceRange == 17..<46)
        #expect(document.blocks.map(\.text) == ["First paragraph.", "Second paragraph.", "Third."])
    }

    @Test func separatorLinesAreNotText() {
        #expect(outline(readText("One.\n***\nTwo.\n\n= = =\n###\nThree.")) ==
                ["paragraph/0: One.", "paragraph/0: Two.", "paragraph/0: Three."])
        #expect(outline(readText("A -- B\n--")) == ["paragraph/0: A -- B", "paragraph/0: --"])
    }

    @Test func emptyAndBlankInput() {
        #expect(readText("").blocks.isEmpty)
        #expect(readText("\n\n  \r\n").blocks.isEmpty)
    }

    @Test func loneCarriageReturnsAreLineBreaks() {
        let document = readText("Item list:\r- One\r- Two")
        #expect(outline(document) == ["paragraph/0: Item list:", "list-item/0: One", "list-item/0: Two"])
        #expect(span(of: "Two", in: document) == "3:3(19)-3:6(22)")
    }
}
