import CaveatDocument
import Testing
@testable import CaveatAnalysis

@Suite struct DoseDetectorTests {
    let detector = DoseDetector()

    func doses(_ text: String) -> [(String, String)] {
        let block = makeBlock(text)
        return detector.detect(in: block).map { (block.substring($0.range), $0.normalized) }
    }

    func expectDoses(_ text: String, _ expected: [(String, String)],
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = doses(text)
        #expect(found.map(\.0) == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(found.map(\.1) == expected.map(\.1), sourceLocation: sourceLocation)
    }

    @Test func amountAndUnit() {
        expectDoses("Take 5 mg.", [("5 mg", "5 mg")])
        expectDoses("Use 0.5mL or 250 mcg or 10 µg or 1,000 IU.", [
            ("0.5mL", "0.5 mL"), ("250 mcg", "250 mcg"), ("10 µg", "10 mcg"), ("1,000 IU", "1000 IU"),
        ])
        expectDoses("2 g of paracetamol", [("2 g", "2 g")])
        expectDoses("10 milligrams", [("10 milligrams", "10 mg")])
        expectDoses("20 units of insulin", [("20 units", "20 units")])
    }

    @Test func attributes() {
        let text = "Take 5 mg three times a day."
        let match = detector.detect(in: makeBlock(text))
        #expect(match.count == 1)
        #expect(match.first?.range == byteRange(of: "5 mg three times a day", in: text))
        #expect(match.first?.normalized == "5 mg 3/day")
        #expect(match.first?.attributes == ["amount": "5", "unit": "mg", "unitKind": "mass", "frequency": "3/day"])
        #expect(match.first?.detector == "dose")
    }

    @Test func ranges() {
        expectDoses("2-10 mg daily", [("2-10 mg daily", "2-10 mg 1/day")])
        expectDoses("2–10 mg", [("2–10 mg", "2-10 mg")])
        expectDoses("2 to 10 mg", [("2 to 10 mg", "2-10 mg")])
        expectDoses("1 or 2 tablets", [("1 or 2 tablets", "1-2 tablet")])
    }

    @Test func perKilogramAndPerDay() {
        expectDoses("0.2 mg/kg", [("0.2 mg/kg", "0.2 mg/kg")])
        expectDoses("up to 40 mg/day", [("40 mg/day", "40 mg/day")])
        expectDoses("1 mg/kg/day", [("1 mg/kg/day", "1 mg/kg/day")])
        expectDoses("30 mg per day", [("30 mg per day", "30 mg/day")])
    }

    @Test func frequencies() {
        expectDoses("5 mg once daily", [("5 mg once daily", "5 mg 1/day")])
        expectDoses("2 mg twice a day", [("2 mg twice a day", "2 mg 2/day")])
        expectDoses("10 mg every 6 hours", [("10 mg every 6 hours", "10 mg every 6 h")])
        expectDoses("10 mg every 4-6 hours", [("10 mg every 4-6 hours", "10 mg every 4-6 h")])
        expectDoses("2 puffs 2–4× daily", [("2 puffs 2–4× daily", "2 puff 2-4/day")])
        expectDoses("1 tablet at bedtime", [("1 tablet at bedtime", "1 tablet bedtime")])
        expectDoses("5 mg q6h", [("5 mg q6h", "5 mg every 6 h")])
        expectDoses("5 mg b.i.d.", [("5 mg b.i.d.", "5 mg 2/day")])
        expectDoses("2 mg TID", [("2 mg TID", "2 mg 3/day")])
        expectDoses("1 mg as needed", [("1 mg as needed", "1 mg as needed")])
        expectDoses("2 tablets 3x a day", [("2 tablets 3x a day", "2 tablet 3/day")])
    }

    @Test func frequencyAfterRouteOrDrugName() {
        expectDoses("5 mg by mouth twice daily", [("5 mg by mouth twice daily", "5 mg 2/day")])
        expectDoses("2 mg of diazepam three times daily", [("2 mg of diazepam three times daily", "2 mg 3/day")])
        expectDoses("5 mg, twice daily", [("5 mg, twice daily", "5 mg 2/day")])
        // Without a frequency, "of diazepam" is not part of the dose.
        expectDoses("2 mg of diazepam helps", [("2 mg", "2 mg")])
    }

    @Test func wordsAndFractions() {
        expectDoses("two tablets", [("two tablets", "2 tablet")])
        expectDoses("Take ½ tablet", [("½ tablet", "0.5 tablet")])
        expectDoses("Take 1/2 tablet", [("1/2 tablet", "1/2 tablet")])
        expectDoses("Take half a tablet", [("half a tablet", "0.5 tablet")])
        expectDoses("a few drops", [("a few drops", "a few drop")])
        expectDoses("1 ½ tablets", [("1 ½ tablets", "1.5 tablet")])
        expectDoses("a 5-mg tablet", [("5-mg", "5 mg")])
    }

    @Test func drugCounts() {
        let text = "She took a couple of Valium and two Xanax, then three alprazolam."
        let found = detector.detect(in: makeBlock(text))
        #expect(found.map { makeBlock(text).substring($0.range) } == [
            "a couple of Valium", "two Xanax", "three alprazolam",
        ])
        #expect(found.map(\.normalized) == ["2 count", "2 count", "3 count"])
        #expect(found.map { $0.attributes["drug"] } == ["Valium", "Xanax", "alprazolam"])
    }

    @Test func notDoses() {
        expectDoses("In the 1960s, by 2025, 5 million people, 10 days, 2 weeks.", [])
        expectDoses("Up 5% and costs $5 or £10 mg", [])
        expectDoses("Vitamin B12 is cheap", [])
        expectDoses("Call (562) 573-1504 today", [])
        expectDoses("On 3/10/2011 at 4G speeds", [])
        expectDoses("Two people took part", [])
        expectDoses("one of the doctors", [])
    }

    @Test func nutrientAmountsCarryAUnitKind() {
        let match = detector.detect(in: makeBlock("It has 30 g of sugar and 2 liters of water"))
        #expect(match.map(\.normalized) == ["30 g", "2 L"])
        #expect(match.map { $0.attributes["unitKind"] } == ["mass", "volume"])
    }

    @Test func severalDosesInOneBlock() {
        let text = "Start at 2 mg twice daily; increase to 10 mg three times a day (max 40 mg/day)."
        expectDoses(text, [
            ("2 mg twice daily", "2 mg 2/day"), ("10 mg three times a day", "10 mg 3/day"), ("40 mg/day", "40 mg/day"),
        ])
    }
}

@Suite struct DoseDetectorLimitTests {
    @Test func drugCountsAreSmallAndLongDigitRunsAreIdentifiers() {
        #expect(matchedTexts(DoseDetector(), "In 2009 aspirin was studied") == [])
        #expect(matchedTexts(DoseDetector(), "He took 30 Xanax") == ["30 Xanax"])
        #expect(matchedTexts(DoseDetector(), "Order 3156534cc") == [])
        #expect(matchedTexts(DoseDetector(), "100000 units and 1,000,000 units") == ["100000 units", "1,000,000 units"])
    }
}
