import CaveatDocument
import Testing
@testable import CaveatAnalysis

@Suite struct CallToActionDetectorTests {
    let detector = CallToActionDetector()

    func cues(_ text: String) -> [(String, String, String?)] {
        let block = makeBlock(text)
        return detector.detect(in: block).map { (block.substring($0.range), $0.normalized, $0.attributes["kind"]) }
    }

    @Test func contactCues() {
        let found = cues("If you are struggling, CALL US TODAY at the number below.")
        #expect(found.map(\.0) == ["CALL US TODAY"])
        #expect(found.map(\.1) == ["call us today"])
        #expect(found.map(\.2) == ["contact"])
        #expect(cues("Contact us or text us.").map(\.1) == ["contact us", "text us"])
        #expect(cues("Give us a call now!").map(\.1) == ["give us a call now"])
    }

    @Test func admissionsAndInsurance() {
        let text = "Speak with an admissions counselor to verify your insurance; we accept most major insurance plans."
        let found = cues(text)
        #expect(found.map(\.0) == ["Speak with an admissions counselor", "verify your insurance",
                                   "we accept most major insurance plans"])
        #expect(found.map(\.2) == ["admissions", "insurance", "insurance"])
        #expect(cues("We are in-network with most carriers.").map(\.1) == ["in-network with"])
    }

    @Test func assessmentAvailabilityUrgency() {
        #expect(cues("Get a free, confidential assessment.").map(\.1) == [])
        #expect(cues("Get a free confidential assessment.").map(\.1) == ["free confidential assessment"])
        #expect(cues("Our 24/7 helpline is open.").map(\.1) == ["24/7 helpline"])
        #expect(cues("Get help now and start your recovery today.").map(\.1)
            == ["get help now", "start your recovery today"])
        #expect(cues("Schedule an appointment online.").map(\.2) == ["assessment"])
    }

    @Test func firstPersonPromotion() {
        let text = "Our facility offers detox, and at our center we offer therapy."
        let found = cues(text)
        #expect(found.map(\.0) == ["Our facility", "at our center", "we offer"])
        #expect(found.map(\.2) == ["first-person", "first-person", "first-person"])
    }

    @Test func curlyApostrophesAndWordBoundaries() {
        #expect(cues("Don’t wait any longer.").map(\.1) == ["don't wait any longer"])
        #expect(cues("Don't wait.").map(\.1) == ["don't wait"])
        // "recall us" and "ourselves" are not cues.
        #expect(cues("They recall us fondly; we ourselves left.").isEmpty)
    }

    @Test func neutralClinicalTextHasNoCues() {
        #expect(cues("Benzodiazepine withdrawal can cause seizures; taper with your doctor.").isEmpty)
        #expect(cues("Call your doctor if symptoms worsen.").isEmpty)
    }

    @Test func exactRange() {
        let text = "For help, call us now."
        let found = detector.detect(in: makeBlock(text))
        #expect(found.map(\.range) == [byteRange(of: "call us now", in: text)])
        #expect(found.first?.detector == "call-to-action")
    }
}

@Suite struct CallToActionAmbiguityTests {
    @Test func generalFirstPersonPhrasesAreNotCues() {
        #expect(matchedTexts(CallToActionDetector(), "How we treat depression is changing; we help each other.") == [])
        #expect(matchedTexts(CallToActionDetector(), "The drug is not covered by insurance.") == [])
        #expect(matchedTexts(CallToActionDetector(), "We’re here to help.") == ["We’re here to help"])
    }
}
