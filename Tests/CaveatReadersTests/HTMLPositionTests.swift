import Testing
import CaveatDocument
@testable import CaveatReaders

/// Exact positions: every expectation is computed from the fixture bytes, independently of the reader.
@Suite struct HTMLPositionTests {
    typealias H = HTMLTestHelpers

    @Test func verbatimWordHasExactLineColumnAndOffset() throws {
        let document = try H.load("chrome.html")
        let raw = try H.raw("chrome.html")
        let found = try #require(H.find("zolpidem", in: document))
        let span = document.span(ofBlock: found.block, text: found.range)
        let rawOffset = try #require(H.offset(of: "zolpidem", in: raw))
        #expect(span.start == H.location(ofRaw: rawOffset, in: raw))
        #expect(span.end == H.location(ofRaw: rawOffset + 8, in: raw))
        #expect(span.start.line == 15)
        #expect(span.start.column == 27)
    }

    @Test func wordSplitAcrossInlineTagsIsOneWordMappedToEachPiece() throws {
        let document = try H.load("entities.html")
        let raw = try H.raw("entities.html")
        let found = try #require(H.find("Diazepam", in: document))
        let pieces = try #require(H.offset(of: "Dia<b>ze</b>pam", in: raw))
        let block = document.blocks[found.block]
        #expect(block.sourceRange(ofText: found.range) == pieces..<(pieces + "Dia<b>ze</b>pam".utf8.count))
        let start = found.range.lowerBound
        #expect(block.sourceRange(ofText: start..<(start + 3)) == pieces..<(pieces + 3))
        #expect(block.sourceRange(ofText: (start + 3)..<(start + 5)) == (pieces + 6)..<(pieces + 8))
        #expect(block.sourceRange(ofText: (start + 5)..<(start + 8)) == (pieces + 12)..<(pieces + 15))
        let second = try #require(H.find("lorazepam", in: document))
        #expect(H.sourceText(of: second.range, block: second.block, in: document) == "lor</i><em>azepam")
    }

    @Test func entitiesAndNoBreakSpacesMapToTheWholeReference() throws {
        let document = try H.load("entities.html")
        let found = try #require(H.find("5 mg & rest — then call 1800 if", in: document))
        let start = found.range.lowerBound
        let text = Array(document.blocks[found.block].text.utf8)
        #expect(text[start + 1] == 0x20, "&nbsp; is a plain space in the text")
        #expect(H.sourceText(of: (start + 1)..<(start + 2), block: found.block, in: document) == "&nbsp;")
        #expect(H.sourceText(of: (start + 5)..<(start + 6), block: found.block, in: document) == "&amp;")
        let dash = try #require(H.find("—", in: document))
        #expect(H.sourceText(of: dash.range, block: dash.block, in: document) == "&mdash;")
        let number = try #require(H.find("1800", in: document))
        let numberStart = number.range.lowerBound
        #expect(H.sourceText(of: numberStart..<(numberStart + 1), block: number.block, in: document) == "&#x31;")
        #expect(H.sourceText(of: (numberStart + 1)..<(numberStart + 2), block: number.block, in: document) == "&#56;")
        #expect(H.sourceText(of: number.range, block: number.block, in: document) == "&#x31;&#56;00")
        // A range that starts inside a multi-byte decoded entity still maps to the whole reference.
        #expect(H.sourceText(of: (dash.range.lowerBound + 1)..<dash.range.upperBound, block: dash.block,
                             in: document) == "&mdash;")
    }

    @Test func unknownAndIncompleteReferencesStayLiteral() throws {
        let document = try H.load("entities.html")
        let found = try #require(H.find("Unknown &bogus; stays, lone &amp ampersand vanishes.", in: document))
        let literal = try #require(H.find("&bogus;", in: document))
        #expect(H.sourceText(of: literal.range, block: literal.block, in: document) == "&bogus;")
        let vanished = try #require(H.find("ampersand vanishes", in: document))
        #expect(H.sourceText(of: vanished.range, block: vanished.block, in: document) == "ampersand &#0; vanishes")
        _ = found
    }

    @Test func crlfAndTabsCollapseToSpacesMappedToTheirSource() throws {
        let document = try H.load("multibyte-crlf.html")
        let daily = try #require(H.find("daily. Ask", in: document))
        let space = (daily.range.lowerBound + 6)..<(daily.range.lowerBound + 7)
        #expect(H.sourceText(of: space, block: daily.block, in: document) == "\r\n")
        let tab = try #require(H.find("café serves", in: document))
        let tabSpace = (tab.range.lowerBound + 5)..<(tab.range.lowerBound + 6)
        #expect(H.sourceText(of: tabSpace, block: tab.block, in: document) == "\t")
        let tabs = try #require(H.find("about decafé", in: document))
        #expect(H.sourceText(of: (tabs.range.lowerBound + 5)..<(tabs.range.lowerBound + 6), block: tabs.block,
                             in: document) == "\t\t")
    }

    @Test func multiByteTextHasScalarColumnsAndByteOffsets() throws {
        let document = try H.load("multibyte-crlf.html")
        let raw = try H.raw("multibyte-crlf.html")
        for word in ["decafé", "🍵", "diazepam", "日本語", "👍"] {
            let found = try #require(H.find(word, in: document), "\(word)")
            let span = document.span(ofBlock: found.block, text: found.range)
            let rawOffset = try #require(H.offset(of: word, in: raw))
            #expect(span.start == H.location(ofRaw: rawOffset, in: raw), "\(word)")
            #expect(span.end.offset == rawOffset + word.utf8.count, "\(word)")
        }
        let decaf = try #require(H.find("decafé", in: document))
        let location = document.span(ofBlock: decaf.block, text: decaf.range).start
        #expect(location.line == 6)
        #expect(location.column == 12)
        let emoji = try #require(H.find("👍", in: document))
        let after = document.span(ofBlock: emoji.block, text: emoji.range).end
        #expect(after.column == document.span(ofBlock: emoji.block, text: emoji.range).start.column + 1)
    }

    @Test func preformattedTextKeepsWhiteSpace() throws {
        let document = try H.load("entities.html")
        let pre = try #require(document.blocks.first { $0.kind == .preformatted })
        #expect(pre.text == "dose:  5 mg\n  when:  twice daily")
        #expect(pre.element == "pre")
        let crlf = try H.load("multibyte-crlf.html")
        let crlfPre = try #require(crlf.blocks.first { $0.kind == .preformatted })
        #expect(crlfPre.text == "line one\n\tline two")
        let raw = try H.raw("multibyte-crlf.html")
        let tabOffset = try #require(H.offset(of: "\tline two", in: raw))
        #expect(crlfPre.sourceRange(ofText: 9..<10) == tabOffset..<(tabOffset + 1))
    }

    @Test func lineBreakElementsBecomeSpacesMappedToTheTag() throws {
        let document = try H.load("entities.html")
        let found = try #require(H.find("First line second line third.", in: document))
        let start = found.range.lowerBound
        #expect(H.sourceText(of: (start + 10)..<(start + 11), block: found.block, in: document) == "<br>")
        #expect(H.sourceText(of: (start + 22)..<(start + 23), block: found.block, in: document) == "<br/>")
    }

    @Test func altTextMapsIntoTheAttributeValue() throws {
        let document = try H.load("entities.html")
        let raw = try H.raw("entities.html")
        let index = try #require(document.blocks.firstIndex { $0.kind == .altText })
        let alt = document.blocks[index]
        #expect(alt.text == "Dose chart: 5 mg < 10 mg")
        #expect(alt.element == "img@alt")
        let valueOffset = try #require(H.offset(of: "Dose chart", in: raw))
        #expect(alt.sourceRange(ofText: 0..<4) == valueOffset..<(valueOffset + 4))
        let less = try #require(H.find("<", in: document))
        #expect(less.block == index)
        #expect(H.sourceText(of: less.range, block: index, in: document) == "&lt;")
        #expect(H.sourceText(of: 0..<alt.text.utf8.count, block: index, in: document)
                == "Dose chart: 5&nbsp;mg &lt; 10 mg")
    }

    @Test func textBeyondLine65535HasItsRealLine() throws {
        let filler = String(repeating: "\n", count: 70_000)
        let html = "<html><body><p>start</p>" + filler + "<p>Needle diazepam here</p>\n</zzz><p>after</p></body></html>"
        let document = H.read(html)
        let found = try #require(H.find("diazepam", in: document))
        let span = document.span(ofBlock: found.block, text: found.range)
        #expect(span.start.line == 70_001)
        #expect(span.start.column == 11)
        let raw = Array(html.utf8)
        #expect(span.start.offset == H.offset(of: "diazepam", in: raw))
        let parseProblem = document.diagnostics.first { $0.code == "html-parse" }
        #expect(parseProblem?.location?.line == 70_002)
    }

    @Test func tenThousandNestedElementsAreReadIteratively() throws {
        let depth = 10_000
        let html = "<html><body>" + String(repeating: "<div><span>", count: depth) + "<p>deep diazepam text</p>"
            + String(repeating: "</span></div>", count: depth) + "<p>tail</p></body></html>"
        let document = H.read(html)
        let found = try #require(H.find("deep diazepam text", in: document))
        #expect(document.blocks[found.block].sourceRange(ofText: found.range).lowerBound
                == H.offset(of: "deep diazepam", in: Array(html.utf8)))
        #expect(document.blocks.last?.text == "tail")
    }
}
