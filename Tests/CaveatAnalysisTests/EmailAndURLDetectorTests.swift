import CaveatDocument
import Testing
@testable import CaveatAnalysis

@Suite struct EmailAndURLDetectorTests {
    @Test func emailAddressesInText() {
        let text = "Write to Intake.Team+web@Example-Rehab.com. Or info@clinic.co.uk today."
        let found = EmailDetector().detect(in: makeBlock(text))
        #expect(found.map(\.range) == [byteRange(of: "Intake.Team+web@Example-Rehab.com", in: text),
                                      byteRange(of: "info@clinic.co.uk", in: text)])
        #expect(found.map(\.normalized) == ["intake.team+web@example-rehab.com", "info@clinic.co.uk"])
        #expect(found.allSatisfy { $0.attributes["source"] == "text" && $0.detector == "email" })
    }

    @Test func notEmailAddresses() {
        #expect(matchedTexts(EmailDetector(), "Follow @samhsa on social media") == [])
        #expect(matchedTexts(EmailDetector(), "user@localhost and a@b.c and x@-bad.com") == [])
        #expect(matchedTexts(EmailDetector(), "Mixed .dots.@example.org here") == [])
        #expect(matchedTexts(EmailDetector(), "name@example.org.") == ["name@example.org"])
    }

    @Test func mailtoLinks() {
        let text = "Email our team or write to help@example.org"
        let links = [
            Link(target: "mailto:Admissions@Example.org?subject=Help", textRange: byteRange(of: "our team", in: text)),
            Link(target: "mailto:help@example.org", textRange: byteRange(of: "help@example.org", in: text)),
        ]
        let found = EmailDetector().detect(in: makeBlock(text, links: links))
        #expect(found.map(\.normalized) == ["admissions@example.org", "help@example.org"])
        #expect(found.map { $0.attributes["source"] } == ["mailto-link", "text"])
        #expect(found.map(\.range)
            == [byteRange(of: "our team", in: text), byteRange(of: "help@example.org", in: text)])
    }

    @Test func urlsInText() {
        let text = "See https://www.Example.org/help?q=1#top, www.samhsa.gov and findtreatment.gov/locator."
        let found = URLDetector().detect(in: makeBlock(text))
        #expect(found.map { makeBlock(text).substring($0.range) } == [
            "https://www.Example.org/help?q=1#top", "www.samhsa.gov", "findtreatment.gov/locator",
        ])
        #expect(found.map(\.normalized) == [
            "https://www.example.org/help?q=1#top", "www.samhsa.gov", "findtreatment.gov/locator",
        ])
        #expect(found.map { $0.attributes["host"] } == ["www.example.org", "www.samhsa.gov", "findtreatment.gov"])
    }

    @Test func urlTrailingPunctuationAndBrackets() {
        #expect(matchedTexts(URLDetector(), "(see http://example.com/a_(b))") == ["http://example.com/a_(b)"])
        #expect(matchedTexts(URLDetector(), "(see http://example.com/page).") == ["http://example.com/page"])
        #expect(matchedTexts(URLDetector(), "Visit example.org!") == ["example.org"])
        #expect(matchedTexts(URLDetector(), "http://localhost:8080/x") == ["http://localhost:8080/x"])
    }

    @Test func notURLs() {
        #expect(matchedTexts(URLDetector(), "e.g. this, i.e. that, U.S. data") == [])
        #expect(matchedTexts(URLDetector(), "Read label.pdf and version 2.5.1 notes") == [])
        #expect(matchedTexts(URLDetector(), "Write to info@example.com now") == [])
        #expect(matchedTexts(URLDetector(), "It ends.Com is not a domain here: end.Sentence") == [])
    }

    @Test func linkTargets() {
        let text = "Book a free assessment or read https://example.org/a"
        let links = [
            Link(target: "https://Rehab.example.com/admissions",
                 textRange: byteRange(of: "Book a free assessment", in: text)),
            Link(target: "https://example.org/a", textRange: byteRange(of: "https://example.org/a", in: text)),
            Link(target: "/relative/path", textRange: 0..<4),
        ]
        let found = URLDetector().detect(in: makeBlock(text, links: links))
        #expect(found.map(\.normalized) == ["https://rehab.example.com/admissions", "https://example.org/a"])
        #expect(found.map { $0.attributes["source"] } == ["link", "text"])
        #expect(found.first?.attributes["host"] == "rehab.example.com")
    }
}

@Suite struct URLDetectorMarkupTests {
    @Test func markdownLinkSyntaxIsNotPartOfTheURL() {
        #expect(matchedTexts(URLDetector(), "see [example.org/a](https://example.org/a) now") == [
            "example.org/a", "https://example.org/a",
        ])
        #expect(matchedTexts(URLDetector(), "**example.org/help**.") == ["example.org/help"])
        #expect(matchedTexts(URLDetector(), "https://en.example.org/wiki/A_(b)_c.")
            == ["https://en.example.org/wiki/A_(b)_c"])
    }
}
