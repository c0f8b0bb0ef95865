import CaveatDocument
import Testing
@testable import CaveatAnalysis

@Suite struct PhoneDetectorTests {
    let detector = PhoneDetector()

    func phones(_ text: String, links: [Link] = []) -> [(String, String)] {
        let block = makeBlock(text, links: links)
        return detector.detect(in: block).map { (block.substring($0.range), $0.normalized) }
    }

    func expectPhones(_ text: String, _ expected: [(String, String)],
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = phones(text)
        #expect(found.map(\.0) == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(found.map(\.1) == expected.map(\.1), sourceLocation: sourceLocation)
    }

    @Test func northAmericanFormats() {
        expectPhones("Call us today at (562) 573-1504. We answer.", [("(562) 573-1504", "15625731504")])
        expectPhones("Office: 562-573-1504 or 562.573.1504", [
            ("562-573-1504", "15625731504"), ("562.573.1504", "15625731504"),
        ])
        expectPhones("Dial +1 562 573 1504 now", [("+1 562 573 1504", "15625731504")])
        expectPhones("SAMHSA: 1-800-662-4357.", [("1-800-662-4357", "18006624357")])
        expectPhones("Poison Control (1 800 222 1222)", [("1 800 222 1222", "18002221222")])
        expectPhones("Reach us at +1 (201) 555-0123!", [("+1 (201) 555-0123", "12015550123")])
        expectPhones("Tel (201)555-0123", [("(201)555-0123", "12015550123")])
        expectPhones("Fax 201 – 555 – 0123", [("201 – 555 – 0123", "12015550123")])
    }

    @Test func exactRangeOfAParenthesizedNumber() {
        let text = "If your loved one is struggling, call us today at (201) 555-0143. To learn more."
        let match = detector.detect(in: makeBlock(text))
        #expect(match.count == 1)
        #expect(match.first?.range == byteRange(of: "(201) 555-0143", in: text))
        #expect(match.first?.attributes == ["source": "text", "kind": "nanp"])
        #expect(match.first?.detector == "phone")
    }

    @Test func tenDigitsTogetherNeedAPhoneWord() {
        expectPhones("Call 2015550123 for help", [("2015550123", "12015550123")])
        expectPhones("Order number 2015550123 shipped", [("2015550123", "12015550123")])
        expectPhones("Batch 2015550123 was recalled", [])
        expectPhones("Reach +12015550123 anytime", [("+12015550123", "12015550123")])
    }

    @Test func vanityNumbers() {
        let found = detector.detect(in: makeBlock("Call 1-800-662-HELP (4357) or 1-866-GET-HELP."))
        #expect(found.map(\.normalized) == ["18006624357", "18664384357"])
        #expect(found.map { $0.attributes["vanity"] } == ["true", "true"])
        expectPhones("Try 800-SIX-FLAGS", [("800-SIX-FLAGS", "18007493524")])
        expectPhones("Lifeline 1-800-273-TALK", [("1-800-273-TALK", "18002738255")])
    }

    @Test func vanityNeedsCapitalKeypadLetters() {
        expectPhones("Call 1-800-662-Help now", [])
        expectPhones("Call 1-800-662-HELPline", [])
        expectPhones("Room 562-OK", [])
    }

    @Test func internationalNumbers() {
        expectPhones("India: +91 73736 44444.", [("+91 73736 44444", "917373644444")])
        expectPhones("London +44 20 7946 0958 (office)", [("+44 20 7946 0958", "442079460958")])
        expectPhones("London +44 (0)20 7946 0958", [("+44 (0)20 7946 0958", "442079460958")])
        let match = detector.detect(in: makeBlock("+44 20 7946 0958"))
        #expect(match.first?.attributes["kind"] == "international")
        expectPhones("Score +12 points", [])
    }

    @Test func shortPublicNumbersOnlyInPhoneContext() {
        expectPhones("Call or text 988 any time.", [("988", "988")])
        expectPhones("In an emergency, dial 911.", [("911", "911")])
        expectPhones("In the UK, call 999; in Europe, call 112.", [("999", "999"), ("112", "112")])
        expectPhones("The 988 Suicide and Crisis Lifeline", [("988", "988")])
        expectPhones("Please call 9-1-1 immediately.", [("9-1-1", "911")])
        expectPhones("Text HOME to 741741.", [("741741", "741741")])
        expectPhones("He took 988 pills over 911 days.", [])
        expectPhones("Pages 211-227 (2003) describe it.", [])
        let match = detector.detect(in: makeBlock("Call 988."))
        #expect(match.first?.attributes["kind"] == "short")
    }

    @Test func rejectsDatesPagesDecimalsAndIdentifiers() {
        expectPhones("Published 3/10/2011 and revised 2012-01-02 08:00.", [])
        expectPhones("Vol 12, pp. 1244-1245, 1997", [])
        expectPhones("ISBN 978-0-306-40615-7", [])
        expectPhones("A value of 562.573 was measured", [])
        expectPhones("Code 12345678901234", [])
        expectPhones("In 2025, 1,200 people", [])
        expectPhones("Serial 562-573-1504-22", [])
        expectPhones("Ref abc5625731504", [])
        expectPhones("It costs $562 573 1504", [])
        expectPhones("Take 250 500 1000 mg", [])
        expectPhones("Doses of 2-10 mg and 5 mg/kg", [])
        expectPhones("The 1960s saw 5 million prescriptions.", [])
        expectPhones("562-573-1504%", [])
    }

    @Test func telLinks() {
        let text = "Call our admissions team or 562-573-1504"
        let links = [
            Link(target: "tel:+15625731504", textRange: byteRange(of: "our admissions team", in: text)),
            Link(target: "tel:562-573-1504", textRange: byteRange(of: "562-573-1504", in: text)),
        ]
        let found = detector.detect(in: makeBlock(text, links: links))
        #expect(found.map(\.range)
            == [byteRange(of: "our admissions team", in: text), byteRange(of: "562-573-1504", in: text)])
        #expect(found.map(\.normalized) == ["15625731504", "15625731504"])
        #expect(found.map { $0.attributes["source"] } == ["tel-link", "tel-link"])
    }

    @Test func telLinkWithADifferentNumberKeepsBoth() {
        let text = "Call 562-573-1504"
        let links = [Link(target: "tel:1-800-662-HELP", textRange: byteRange(of: "562-573-1504", in: text))]
        let found = detector.detect(in: makeBlock(text, links: links))
        #expect(found.map(\.normalized).sorted() == ["15625731504", "18006624357"])
        #expect(PhoneDetector.linkDigits("tel:988") == "988")
        #expect(PhoneDetector.linkDigits("tel:+44-20-7946-0958;ext=12") == "442079460958")
    }

    @Test func noBreakSpacesAndSeveralNumbers() {
        expectPhones("Call (562)\u{00A0}573-1504 or 1-800-662-4357, or dial 988.", [
            ("(562)\u{00A0}573-1504", "15625731504"), ("1-800-662-4357", "18006624357"), ("988", "988"),
        ])
    }
}

@Suite struct PhoneDetectorNationalTests {
    func phones(_ text: String) -> [(String, String, String?)] {
        let block = makeBlock(text)
        return PhoneDetector().detect(in: block).map {
            (block.substring($0.range), $0.normalized, $0.attributes["kind"])
        }
    }

    @Test func nationalNumbersAfterAPhoneWord() {
        let found = phones("Call us on 73736 44444 or phone 020 7946 0958.")
        #expect(found.map(\.0) == ["73736 44444", "020 7946 0958"])
        #expect(found.map(\.1) == ["7373644444", "02079460958"])
        #expect(found.map(\.2) == ["national", "national"])
        #expect(phones("Between 73736 44444 and more").isEmpty)
        #expect(phones("Call 12 34 56").isEmpty)
    }

    @Test func doubleZeroPrefixIsInternational() {
        let found = phones("Call 0091 73736 44444 or 0044 20 7946 0958.")
        #expect(found.map(\.0) == ["0091 73736 44444", "0044 20 7946 0958"])
        #expect(found.map(\.1) == ["917373644444", "442079460958"])
        #expect(found.map(\.2) == ["international", "international"])
        #expect(phones("Call 001 201 555 0123").map(\.1) == ["12015550123"])
    }

    @Test func nationalNumberMustUseAllItsGroups() {
        #expect(phones("Call 123 456 789 012 345").isEmpty)
    }

    @Test func textCodeMustStandAlone() {
        #expect(phones("Text HOME to 741741 now").map(\.1) == ["741741"])
        #expect(phones("Text 12345 67").isEmpty)
    }

    @Test func percentEscapesInTelLinks() {
        #expect(PhoneDetector.linkDigits("tel:800%20544-1211") == "18005441211")
        #expect(PhoneDetector.linkDigits("tel:+91%2073736%2044444") == "917373644444")
    }
}
