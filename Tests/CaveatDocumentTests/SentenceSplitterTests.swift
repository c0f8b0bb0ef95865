import Testing
@testable import CaveatDocument

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String, kind: BlockKind = .paragraph) -> [String] {
        let tokens = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        return SentenceSplitter().split(text, tokens: tokens, kind: kind).map {
            String(decoding: bytes[$0.range], as: UTF8.self)
        }
    }

    private func ranges(_ text: String, kind: BlockKind = .paragraph) -> [Range<Int>] {
        SentenceSplitter().split(text, tokens: Tokenizer().tokenize(text), kind: kind).map(\.range)
    }

    @Test func exactRangesExcludeWhitespace() {
        #expect(ranges("  Stop now.  Then rest!  ") == [2..<11, 13..<23])
    }

    @Test func exactRangesOnTrickyText() {
        // Byte ranges: the curly quote and the ellipsis are 3 bytes each.
        let text = "Take 0.5 mg b.i.d. (with food).” Then stop… Really?"
        #expect(ranges(text) == [0..<34, 35..<47, 48..<55])
        #expect(ranges("Dr. Ng said “no.”\nNext line") == [0..<21, 22..<31])
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(ranges("") == [])
        #expect(ranges("   \n ") == [])
    }

    @Test func questionAndExclamation() {
        #expect(sentences("Is it safe? Ask first! 3 doses are too many.") ==
                ["Is it safe?", "Ask first!", "3 doses are too many."])
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(sentences("Use approx. three tablets. Done.") == ["Use approx. three tablets.", "Done."])
    }

    @Test func prefixAbbreviations() {
        #expect(sentences("Ask Dr. Lee or Mrs. Park about it. Mr. Jones agreed, e.g. Valium vs. Xanax.") ==
                ["Ask Dr. Lee or Mrs. Park about it.", "Mr. Jones agreed, e.g. Valium vs. Xanax."])
        #expect(sentences("See St. Mary's clinic, i.e. The Annex.") == ["See St. Mary's clinic, i.e. The Annex."])
    }

    @Test func numericAbbreviationsOnlyBeforeNumbers() {
        #expect(sentences("See Fig. 2 and No. 5 for details. I said no. Then I left.") ==
                ["See Fig. 2 and No. 5 for details.", "I said no.", "Then I left."])
    }

    @Test func monthAbbreviationsBeforeDays() {
        #expect(sentences("It ran Sept. 30-Oct. 3 in Boston. Published Dec. 1. Next came Oct. The end.") ==
                ["It ran Sept. 30-Oct. 3 in Boston.", "Published Dec. 1.", "Next came Oct.", "The end."])
    }

    @Test func terminalCapableAbbreviations() {
        #expect(sentences("Take 5 mg. Then rest. Give 5 mg. Valium twice.") ==
                ["Take 5 mg.", "Then rest.", "Give 5 mg. Valium twice."])
        #expect(sentences("Bring water, snacks, etc. Then go. It is sold in the U.S. Food shops differ.") ==
                ["Bring water, snacks, etc.", "Then go.", "It is sold in the U.S. Food shops differ."])
        #expect(sentences("Take it b.i.d. with food. Doses at 8 a.m. The effect lasts.") ==
                ["Take it b.i.d. with food.", "Doses at 8 a.m.", "The effect lasts."])
    }

    @Test func initials() {
        #expect(sentences("J. K. Smith wrote it. Take vitamin D. It helps.") ==
                ["J. K. Smith wrote it.", "Take vitamin D.", "It helps."])
    }

    @Test func decimalsDoNotSplit() {
        #expect(sentences("Take 0.5 mg. Then 2.5 mg at night.") == ["Take 0.5 mg.", "Then 2.5 mg at night."])
        #expect(sentences("The dose is 0.5 mg daily.") == ["The dose is 0.5 mg daily."])
    }

    @Test func ellipses() {
        #expect(sentences("He waited... and waited. Then… Nothing happened... So he left.") ==
                ["He waited... and waited.", "Then…", "Nothing happened...", "So he left."])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(sentences("He said “stop now.” Then he left. (This matters.) \"Quoted?\" she asked. 'Yes.' Fine.") ==
                ["He said “stop now.”", "Then he left.", "(This matters.)", "\"Quoted?\" she asked.",
                 "'Yes.'", "Fine."])
    }

    @Test func footnoteNumbersStayWithTheirSentence() {
        #expect(sentences("It is the leading cause.12 In the U.S. rates fell.3 Doses of 2.5 mg.") ==
                ["It is the leading cause.12", "In the U.S. rates fell.3", "Doses of 2.5 mg."])
        #expect(sentences("Chapter ends.1 2 3 go.") == ["Chapter ends.1 2 3 go."])
    }

    @Test func detachedClosingQuoteStaysWithItsSentence() {
        #expect(ranges("He said to take it daily. \" ") == [0..<27])
        #expect(sentences("Quote ends. \"") == ["Quote ends. \""])
        #expect(sentences("Line one.\n\"") == ["Line one.", "\""])
        #expect(sentences("Drs. Lee and Ng agreed.") == ["Drs. Lee and Ng agreed."])
    }

    @Test func openingQuoteOrBracketStartsASentence() {
        #expect(sentences("It ended. “Never again,” she said. [Editor’s note.]") ==
                ["It ended.", "“Never again,” she said.", "[Editor’s note.]"])
    }

    @Test func noSpaceNoSplit() {
        #expect(sentences("Visit example.com. Or Fig.3 works.") == ["Visit example.com.", "Or Fig.3 works."])
    }

    @Test func listItemOrHeadingWithoutFinalPunctuationIsOneSentence() {
        #expect(ranges("Dilated pupils and chills", kind: .listItem) == [0..<25])
        #expect(sentences("Withdrawal Symptoms", kind: .heading) == ["Withdrawal Symptoms"])
    }

    @Test func hardLineBreaksSplit() {
        #expect(sentences("Dosing\nTake one tablet. Rest") == ["Dosing", "Take one tablet.", "Rest"])
        #expect(ranges("Line one\n  \nline two") == [0..<8, 12..<20])
    }

    @Test func preformattedSplitsOnlyAtLines() {
        #expect(sentences("x = 1. Y = 2.\nprint(x)", kind: .preformatted) == ["x = 1. Y = 2.", "print(x)"])
    }

    @Test func multipleTerminalsAndCurrency() {
        #expect(sentences("Really?! $5 a pill. €3 elsewhere.") == ["Really?!", "$5 a pill.", "€3 elsewhere."])
    }

    @Test func nonASCIIUppercaseStartsSentence() {
        #expect(sentences("C’est fini. Élodie part.") == ["C’est fini.", "Élodie part."])
    }

    @Test func curlyApostropheOpener() {
        #expect(sentences("Sold in the U.S. Don’t buy online.") == ["Sold in the U.S.", "Don’t buy online."])
    }
}
