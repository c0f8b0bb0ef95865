import CaveatDocument
import Testing
@testable import CaveatAnalysis

@Suite struct ContextAnalyzerTests {
    let analyzer = ContextAnalyzer()

    func categories(_ target: String, in text: String, occurrence: Int = 1) -> Set<ContextCategory> {
        let block = makeBlock(text)
        return analyzer.categories(of: byteRange(of: target, in: text, occurrence: occurrence), in: block,
                                   sentence: wholeSentence(text))
    }

    func cues(_ text: String) -> [(ContextCategory, String, String)] {
        let block = makeBlock(text)
        return analyzer.cues(in: block, sentence: wholeSentence(text)).map {
            ($0.category, block.substring($0.trigger), block.substring($0.scope))
        }
    }

    // The table of domain.md §3.4.

    @Test func neverIsAProhibitionAtTheStartOfASentence() {
        #expect(categories("stop diazepam abruptly", in: "Never stop diazepam abruptly.") == [.prohibition])
        let found = cues("Never stop diazepam abruptly.")
        #expect(found.count == 1)
        #expect(found.first?.0 == .prohibition)
        #expect(found.first?.1 == "Never")
        #expect(found.first?.2 == "stop diazepam abruptly")
    }

    @Test func youCanIsAPermission() {
        #expect(categories("stop diazepam abruptly", in: "You can stop diazepam abruptly after two weeks.")
            == [.permission])
    }

    @Test func prohibitionScopeEndsAtBut() {
        let text = "Don't quit suddenly, but you can skip a dose."
        #expect(categories("quit suddenly", in: text) == [.prohibition])
        #expect(categories("skip a dose", in: text) == [.permission])
        let found = cues(text)
        #expect(found.map(\.0) == [.prohibition, .permission])
        #expect(found.map(\.2) == ["quit suddenly", "skip a dose"])
    }

    @Test func conditionalStopWithSeizuresIsHypotheticalAndRisk() {
        let text = "If you stop suddenly, you may have seizures."
        #expect(categories("stop suddenly", in: text) == [.hypothetical, .risk])
    }

    @Test func negatedRiskIsNegation() {
        let text = "Stopping abruptly will not cause seizures."
        #expect(categories("seizures", in: text) == [.negation])
        #expect(categories("Stopping abruptly", in: text) == [.risk])
        #expect(cues(text).map(\.1) == ["will not", "seizures"])
    }

    @Test func cantStressEnoughIsAPseudoTriggerAndNeverStillApplies() {
        let text = "I can't stress enough: never stop abruptly."
        #expect(categories("stop abruptly", in: text) == [.prohibition])
        #expect(cues(text).map(\.1) == ["never"])
        #expect(categories("stop abruptly", in: "I can’t stress this enough: never stop abruptly.") == [.prohibition])
    }

    @Test func doctorIsSupervisionOnBothSides() {
        #expect(categories("diazepam", in: "Your doctor may prescribe diazepam") == [.supervision])
        #expect(categories("Stopping", in: "Stopping should be planned with your doctor.") == [.supervision])
    }

    // Scope and termination.

    @Test func semicolonEndsRiskAndStartsSupervision() {
        let text = "Stopping Xanax suddenly can cause seizures; taper with your doctor."
        #expect(categories("Stopping Xanax suddenly", in: text) == [.risk])
        #expect(categories("taper", in: text) == [.supervision])
    }

    @Test func sameCategoryTriggerClipsTheScope() {
        let text = "Never skip doses and never double up."
        let found = cues(text)
        #expect(found.map(\.0) == [.prohibition, .prohibition])
        #expect(found.map(\.2) == ["skip doses and", "double up"])
    }

    @Test func unlessEndsTheProhibitionAndOpensAHypothetical() {
        let text = "Never stop unless your doctor tells you to."
        #expect(categories("stop", in: text) == [.prohibition])
        #expect(categories("tells you to", in: text) == [.hypothetical, .supervision])
    }

    @Test func neverInsideAClauseIsANegation() {
        #expect(categories("tapered", in: "Many people never tapered at all.") == [.negation])
        #expect(categories("stop", in: "If you don't stop, nothing changes.") == [.negation, .hypothetical])
        #expect(categories("stop", in: "Please don't stop abruptly.") == [.prohibition])
        #expect(categories("stop", in: "Taper slowly and don't stop abruptly.") == [.prohibition])
        #expect(categories("stop", in: "“Don’t stop abruptly,” she said.") == [.prohibition])
    }

    @Test func deonticPhrasesAreAlwaysProhibitions() {
        #expect(categories("stop", in: "You should never stop cold turkey.") == [.prohibition])
        #expect(categories("stop", in: "Patients must not stop on their own.") == [.prohibition])
        #expect(categories("quit", in: "No one should quit benzodiazepines cold turkey.") == [.prohibition])
        #expect(categories("alcohol", in: "Avoid alcohol while taking it.") == [.prohibition])
        #expect(categories("stop", in: "It is not safe to stop suddenly.") == [.prohibition])
    }

    @Test func backwardProhibitionCoversTheActionBeforeIt() {
        let text = "Stopping cold turkey is not recommended."
        #expect(categories("Stopping cold turkey", in: text) == [.prohibition])
        #expect(cues(text).map(\.2) == ["Stopping cold turkey"])
        #expect(categories("Quitting", in: "Quitting abruptly isn’t safe.") == [.prohibition])
    }

    @Test func permissionCues() {
        #expect(categories("stop", in: "It's safe to stop whenever you like.") == [.permission])
        #expect(categories("stop", in: "There is no need to taper; just stop.") == [.permission])
        #expect(categories("taper", in: "There is no need to taper; just stop.") == [.permission])
        #expect(categories("taper", in: "You don't need to taper.") == [.permission])
        #expect(categories("Skipping a dose", in: "Skipping a dose is perfectly fine.") == [.permission])
        #expect(categories("stop", in: "Feel free to stop when you feel better.") == [.permission])
    }

    @Test func justAndSimplyArePermissionsOnlyWhenTheyOpenAClause() {
        #expect(categories("stop", in: "Just stop taking it.") == [.permission])
        #expect(categories("stop", in: "Simply stop the pills and rest.") == [.permission])
        #expect(categories("stop", in: "Cut back, then just stop.") == [.permission])
        #expect(categories("symptoms", in: "These are just some of the symptoms.") == [])
        #expect(categories("quit", in: "We were told to just quit.") == [])
    }

    @Test func notAGoodIdeaToIsAForwardProhibition() {
        let text = "If you are dependent, it is not a good idea to stop all at once."
        #expect(categories("stop all at once", in: text) == [.prohibition, .hypothetical])
        #expect(categories("stop", in: "It may not be the best idea to stop on your own.") == [.prohibition])
        #expect(categories("Quitting", in: "Quitting overnight is not a good idea.") == [.prohibition])
    }

    @Test func pseudoTriggersAreSkipped() {
        #expect(categories("seizures", in: "Withdrawal is not only unpleasant but also causes seizures.") == [])
        #expect(categories("stop", in: "It is never too late to stop.") == [])
        #expect(categories("withdrawal", in: "Taper slowly to avoid withdrawal.") == [])
        #expect(categories("tapering", in: "No matter how long you used it, tapering helps.") == [])
        #expect(categories("feel", in: "You will no longer feel drowsy.") == [])
    }

    @Test func reportCues() {
        #expect(categories("tapering", in: "Studies show that tapering reduces symptoms.") == [.report])
        #expect(categories("withdrawal", in: "According to the FDA, withdrawal reactions can be life-threatening.")
            == [.report, .risk])
    }

    @Test func supervisionPhrases() {
        #expect(categories("taper", in: "Only taper under the supervision of a physician.") == [.supervision])
        #expect(categories("detox", in: "A medically supervised detox is safest.") == [.supervision])
        #expect(categories("Take it", in: "Take it as prescribed.") == [.supervision])
        #expect(categories("reduce", in: "Talk to your doctor before you reduce the dose.") == [.supervision])
        #expect(categories("plan", in: "Your doctor's plan matters.") == [.supervision])
        let text = "Do not stop taking it without talking to your doctor."
        #expect(categories("stop taking it", in: text) == [.prohibition, .supervision])
        #expect(categories("detox", in: "A medically assisted detox is safer.") == [.supervision])
    }

    @Test func hypotheticalCues() {
        #expect(categories("seizure", in: "In case of a seizure, call 911.") == [.hypothetical])
        #expect(categories("it", in: "Take it as needed.") == [])
        #expect(categories("anxiety", in: "When you stop, anxiety returns.") == [.hypothetical])
    }

    @Test func scopeIsTheSentenceGiven() {
        // Two sentences in one block: the first sentence's prohibition must not reach the second.
        let text = "Never stop abruptly. You can reduce slowly."
        let block = makeBlock(text)
        let first = Sentence(start: 0, end: 20)
        let second = Sentence(start: 21, end: text.utf8.count)
        #expect(analyzer.categories(of: byteRange(of: "reduce", in: text), in: block, sentence: second)
            == [.permission])
        #expect(analyzer.categories(of: byteRange(of: "stop", in: text), in: block, sentence: first)
            == [.prohibition])
        let cue = analyzer.cues(in: block, sentence: first)
        #expect(cue.map(\.scope) == [byteRange(of: "stop abruptly", in: text)])
    }

    @Test func triggerAtTheEndHasAnEmptyScope() {
        let text = "Will it stop? Probably not"
        let found = analyzer.cues(in: makeBlock(text), sentence: wholeSentence(text))
        #expect(found.count == 1)
        #expect(found.first?.scope == 26..<26)
        #expect(found.first?.trigger == 23..<26)
    }

    @Test func sentenceBeyondTheTextIsClipped() {
        let text = "Never stop."
        let found = analyzer.cues(in: makeBlock(text), sentence: Sentence(start: 0, end: 400))
        #expect(found.map(\.scope) == [6..<10])
    }
}

@Suite struct ContextWindowTests {
    @Test func overlongSentencesAreReadAroundTheTarget() {
        let filler = String(repeating: "and more words here ", count: 200)  // 4,000 bytes
        let text = "Never " + filler + "stop abruptly if " + filler + "you can."
        let block = makeBlock(text)
        let analyzer = ContextAnalyzer()
        // The prohibition 4,000 bytes before the target lies outside the window; the hypothetical "if" right
        // after the target does not govern it (forward), so nothing applies.
        #expect(analyzer.categories(of: byteRange(of: "stop abruptly", in: text), in: block,
                                    sentence: wholeSentence(text)) == [])
        let near = "Never stop abruptly " + filler
        #expect(analyzer.categories(of: byteRange(of: "stop abruptly", in: near), in: makeBlock(near),
                                    sentence: wholeSentence(near)) == [.prohibition])
    }
}

@Suite struct ContextNegationLimitTests {
    let analyzer = ContextAnalyzer()

    func categories(_ target: String, in text: String) -> Set<ContextCategory> {
        analyzer.categories(of: byteRange(of: target, in: text), in: makeBlock(text), sentence: wholeSentence(text))
    }

    @Test func riskVerbEndsAnEarlierNegation() {
        let text = "The sudden absence of the drug can cause seizures."
        #expect(categories("the drug", in: text) == [.negation, .risk])
        // "seizures" is itself a risk trigger and "can cause" stops at it, so no cue governs it: what matters is
        // that the negation does not reach it.
        #expect(categories("seizures", in: text) == [])
        #expect(categories("seizures", in: "Not tapering may lead to seizures.") == [])
        #expect(categories("tapering", in: "Not tapering may lead to seizures.") == [.negation, .risk])
        #expect(categories("seizures", in: "Stopping without help can trigger seizures.") == [])
        #expect(categories("seizures", in: "Without a taper, withdrawal can cause seizures.") == [])
    }

    @Test func negationBeforeTheHarmStillCounts() {
        #expect(categories("seizures", in: "Stopping abruptly does not cause seizures.") == [.negation])
        #expect(categories("seizures", in: "There is no risk of seizures.") == [.negation])
    }

    @Test func claimNegationsReachPastARiskVerb() {
        #expect(categories("seizures", in: "There is no evidence that stopping can cause seizures.") == [.negation])
        #expect(categories("dangerous", in: "It’s a myth that quitting cold turkey is dangerous.") == [.negation])
        #expect(categories("seizures", in: "No studies show that tapering too fast may trigger seizures.")
            == [.negation])
        // A terminator still ends it.
        #expect(categories("seizures", in: "It's a myth that it is harmless, but it can cause seizures.") == [])
    }

    @Test func notJustIsNotANegation() {
        #expect(categories("quitting", in: "Recovery is not just about quitting the drug.") == [])
        #expect(categories("quitting", in: "Recovery isn’t only about quitting.") == [])
    }
}
