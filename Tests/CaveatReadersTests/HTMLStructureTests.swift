import Testing
import CaveatDocument
@testable import CaveatReaders

/// Block kinds, regions, hidden content and malformed markup.
@Suite struct HTMLStructureTests {
    typealias H = HTMLTestHelpers

    @Test func chromeAroundMainIsClassifiedByElementRoleAndClass() throws {
        let document = try H.load("chrome.html")
        let expected: [(String, Region)] = [
            ("We use cookies to improve this site. Accept", .banner),
            ("Brightwell Health", .header),
            ("Conditions", .navigation),
            ("Home / Sleep", .navigation),
            ("Tapering off sleeping pills safely", .body),
            ("By a staff writer", .body),
            ("Sleeping pills such as zolpidem can lose their effect over weeks of nightly use.", .body),
            ("Share this article", .chrome),
            ("Reviewed by the clinical board in March.", .body),
            ("Popular", .aside),
            ("Ten foods for better sleep", .aside),
            ("Get our weekly sleep tips.", .banner),
            ("Wait! Before you go.", .banner),
            ("Search the site", .form),
            ("Contact the editors at the office.", .footer),
            ("Tapering Off Sleeping Pills Safely", .body),
        ]
        for (text, region) in expected {
            let block = try #require(document.blocks.first { $0.text == text }, "missing block '\(text)'")
            #expect(block.region == region, "'\(text)'")
        }
        let heading = try #require(document.blocks.first { $0.text == "Tapering off sleeping pills safely" })
        #expect(heading.kind == .heading)
        #expect(heading.level == 1)
        #expect(document.blocks.first?.kind == .title)
    }

    @Test func scriptsStylesAndHiddenElementsAreNotText() throws {
        let document = try H.load("chrome.html")
        for hidden in ["not text", "Hidden note", "Invisible paragraph", "Decorative", "tracking"] {
            #expect(H.find(hidden, in: document) == nil, "'\(hidden)' should not be text")
        }
    }

    @Test func pagesWithoutMainAreAllBody() throws {
        let document = try H.load("broken.html")
        #expect(!document.blocks.isEmpty)
        #expect(document.blocks.allSatisfy { $0.region == .body })
    }

    @Test func everythingOutsideMainIsChromeUnlessMoreSpecific() {
        let document = H.read("<body><div>Outside words</div><main><p>Inside words</p></main><p>After words</p></body>")
        #expect(document.blocks.map(\.region) == [.chrome, .body, .chrome])
    }

    @Test func blockKindsAndElements() throws {
        let document = try H.load("entities.html")
        let expected: [(String, BlockKind, String)] = [
            ("Entities & spaces", .title, "title"),
            ("Item one", .listItem, "li"),
            ("Item two", .listItem, "p"),
            ("Drug", .tableCell, "th"),
            ("Diazepam", .tableCell, "td"),
            ("Never stop suddenly.", .blockquote, "p"),
            ("Typical doses", .caption, "figcaption"),
            ("Heading three", .heading, "h3"),
            ("Loose text in a div", .paragraph, "div"),
            ("then a paragraph", .paragraph, "p"),
            ("and a tail.", .paragraph, "div"),
        ]
        for (text, kind, element) in expected {
            let block = try #require(document.blocks.first { $0.text == text }, "missing block '\(text)'")
            #expect(block.kind == kind, "'\(text)'")
            #expect(block.element == element, "'\(text)'")
        }
        #expect(document.blocks.first { $0.text == "Heading three" }?.level == 3)
        let order = document.blocks.map(\.text)
        let loose = try #require(order.firstIndex(of: "Loose text in a div"))
        #expect(Array(order[loose...]) == ["Loose text in a div", "then a paragraph", "and a tail."])
    }

    @Test func brokenMarkupIsRecoveredAndReported() throws {
        let document = try H.load("broken.html")
        #expect(document.blocks.map(\.text) == [
            "Unclosed paragraph with bold text",
            "Second paragraph with a stray end tag.",
            "Nested emphasis",
            "After the broken div, lorazepam appears.",
            "One",
            "Two",
        ])
        let strayEnd = try #require(document.diagnostics.first { $0.message.contains("Unexpected end tag : i") })
        #expect(strayEnd.code == "html-parse")
        #expect(strayEnd.severity == .warning)
        #expect(strayEnd.location?.line == 3)
    }

    @Test func classNamesMatchWholeTokensAndParts() {
        #expect(HTMLChromeClassifier.region(forNames: "site-nav", insideArticle: false) == .navigation)
        #expect(HTMLChromeClassifier.region(forNames: "main nav_primary", insideArticle: false) == .navigation)
        #expect(HTMLChromeClassifier.region(forNames: "CookieNotice cookie_banner", insideArticle: false) == .banner)
        #expect(HTMLChromeClassifier.region(forNames: "navigate canvas adverse-effects", insideArticle: false) == nil)
        #expect(HTMLChromeClassifier.region(forNames: "has-sidebar no-header", insideArticle: false) == nil)
        #expect(HTMLChromeClassifier.region(forNames: "entry-header", insideArticle: false) == .header)
        #expect(HTMLChromeClassifier.region(forNames: "entry-header", insideArticle: true) == nil)
        #expect(HTMLChromeClassifier.region(forRole: "contentinfo") == .footer)
        #expect(HTMLChromeClassifier.region(forRole: "note") == nil)
    }
}

/// Regions around nested articles and links that wrap whole blocks.
@Suite struct HTMLNestingTests {
    typealias H = HTMLTestHelpers

    @Test func teaserArticlesInsideAsideStayChromeAndDoNotCountAsTheArticle() {
        let document = H.read("<body><h1>Real headline</h1><p>Real body text.</p>"
            + "<aside><article><h3>Teaser title</h3></article></aside></body>")
        #expect(document.blocks.map(\.region) == [.body, .body, .aside])
    }

    @Test func roleMainAndHeaderInsideArticle() {
        let document = H.read("<body><div class=\"topbar\">Site name</div><div role=\"main\"><header>"
            + "<h1>Title</h1></header><p>Text.</p></div></body>")
        #expect(document.blocks.map(\.text) == ["Site name", "Title", "Text."])
        #expect(document.blocks.map(\.region) == [.header, .body, .body])
    }

    @Test func linkWrappingSeveralBlocksIsSplitAcrossThem() {
        let document = H.read("<body><a href=\"/story\"><h3>Card title</h3><p>Card summary</p></a></body>")
        #expect(document.blocks.map(\.text) == ["Card title", "Card summary"])
        #expect(document.blocks[0].links.map(\.target) == ["/story"])
        #expect(document.blocks[0].links.first?.textRange == 0..<10)
        #expect(document.blocks[1].links.first?.textRange == 0..<12)
    }

    @Test func linkTextRangeExcludesSurroundingSpaces() {
        let document = H.read("<p>Call <a href=\"tel:+15555550100\"> 555 0100 </a> now</p>")
        let block = document.blocks[0]
        #expect(block.text == "Call 555 0100 now")
        #expect(block.substring(block.links[0].textRange) == "555 0100")
    }
}
