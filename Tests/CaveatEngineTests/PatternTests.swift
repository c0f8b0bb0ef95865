import Testing
import CaveatDocument
import Foundation
@testable import CaveatEngine

/// Building blocks and combinators, each checked on exact spans (line:column in the text source).
@Suite struct PatternTests {
    /// A one-rule set; `body` holds the kind-specific keys, `flag`/`pass` the examples.
    private func rules(kind: String = "match", _ body: String, flag: String = "[[x]]", pass: String = "y",
                       extra: String = "") throws -> RuleSet {
        let text = """
        { "caveat": 1, "rules": [ { "id": "t", "title": "t", "kind": "\(kind)", "severity": "warning",
          "category": "c", "message": "{match}", "rationale": "r", \(body)\(extra),
          "examples": { "flag": ["\(flag)"], "pass": ["\(pass)"] } } ] }
        """
        return try RuleSet.load([.json(name: "inline", text: text)])
    }

    private func spans(_ rules: RuleSet, _ text: String, options: LintOptions = LintOptions()) -> [String] {
        Linter(rules: rules, options: options).lint(TestReaders.document(text)).findings.map {
            "\($0.span.start.line):\($0.span.start.column)-\($0.span.end.column) \($0.excerpt)"
        }
    }

    @Test func nearWithinWordsAndWithinTheSentence() throws {
        let words = try rules(#""match": { "phrases": ["stop"], "near": { "phrases": ["abruptly", "suddenly"], "words": 2 } }"#)
        #expect(spans(words, "Stop it abruptly. Stop taking the pills very suddenly. Suddenly, stop.") == [
            "1:1-5 Stop", "1:66-70 stop",
        ])
        let sentence = try rules(#""match": { "phrases": ["stop"], "near": { "phrases": ["abruptly"] } }"#)
        #expect(spans(sentence, "Stop taking all of the pills abruptly. Stop.") == ["1:1-5 Stop"])
    }

    @Test func allWithNotAndParagraphScope() throws {
        let set = try rules(#"""
        "match": { "all": [ { "phrases": ["taper"] }, { "phrases": ["week"] }, { "not": { "phrases": ["doctor"] } } ],
                   "within": "paragraph" }
        """#)
        let text = "Taper over a week.\n\nTaper slowly. Ask your doctor each week.\n\nA week later, taper again. And again."
        #expect(spans(set, text) == ["1:1-18 Taper over a week", "5:3-20 week later, taper"])
    }

    @Test func anyMergesPartsAndRequireContextKeepsGovernedOccurrences() throws {
        let withLexicon = try RuleSet.load(Fixture.lexicons + [.json(name: "inline", text: """
            { "caveat": 1, "rules": [ { "id": "t", "title": "t", "kind": "match", "severity": "info", "category": "c",
              "message": "{match}", "rationale": "r",
              "match": { "any": [ { "phrases": ["stop"] }, { "lexicon": "fixture-z-drugs" } ],
                         "require_context": ["permission"] },
              "examples": { "flag": ["You can [[stop]] now."], "pass": ["Do not stop."] } } ] }
            """)])
        #expect(spans(withLexicon, "You can stop Ambien whenever you like. Stop Ambien? Never.") == [
            "1:9-13 stop", "1:14-20 Ambien",
        ])
    }

    @Test func unlessWithinSentencesLooksAcrossBlocks() throws {
        let set = try rules(#""match": { "phrases": ["cold turkey"] }, "unless": { "phrases": ["doctor"] }, "scope": { "sentences": 1 }"#)
        let text = "Ask a doctor.\n\nQuitting cold turkey is risky. More text here. Quitting cold turkey again."
        #expect(spans(set, text) == ["3:57-68 cold turkey"])
    }

    @Test func regionsAndBlockKindsLimitWhereRulesLook() throws {
        let headingsOnly = try rules(#""match": { "phrases": ["miracle"] }, "blocks": ["heading"]"#)
        #expect(spans(headingsOnly, "# A miracle\n\nA miracle cure.") == ["1:5-12 miracle"])
        let bodyDefault = try rules(#""match": { "phrases": ["miracle"] }"#)
        #expect(spans(bodyDefault, "# A miracle\n\n    a miracle in code\n") == ["1:5-12 miracle"])
    }

    @Test func allowListComparesMatchedTextAndDetectorValues() throws {
        let set = try rules(#""match": { "phrases": ["call us", "call now"] }, "allow": ["Call   NOW"]"#)
        #expect(spans(set, "Call us. Call now.") == ["1:1-8 Call us"])
        #expect(spans(set, "Call us. Call now.", options: LintOptions(allow: ["call us"])).isEmpty)
        let allow = AllowList(["1-800-662-HELP", "988"])
        #expect(allow.allows(text: "1 (800) 662-4357", value: "18006624357"))
        #expect(allow.allows(text: "988", value: "988"))
        #expect(!allow.allows(text: "(201) 555-0123", value: "12015550123"))
    }

    @Test func exactPhrasesAndMultiplePlaceholders() throws {
        let set = try rules(#""match": { "phrases": ["AA"], "exact": true }, "replacement": "Alcoholics Anonymous""#)
        let report = Linter(rules: set).lint(TestReaders.document("Join AA. The aa battery."))
        #expect(report.findings.map(\.excerpt) == ["AA"])
        #expect(report.findings.first?.suggestion?.replacement == "Alcoholics Anonymous")
    }
}

@Suite struct PositionFilterTests {
    @Test func sentenceStartKeepsOnlyOccurrencesThatOpenTheirSentence() throws {
        let text = """
        { "caveat": 1, "rules": [ { "id": "imperative-stop", "title": "t", "kind": "match", "severity": "info",
          "category": "c", "message": "{match}", "rationale": "r",
          "match": { "phrases": ["stop", "take"], "at": "sentence-start" },
          "examples": { "flag": ["Rest first. [[Stop]] the pills."], "pass": ["Do not stop the pills."] } } ] }
        """
        let rules = try RuleSet.load([.json(name: "inline", text: text)])
        #expect(RuleTester(readers: TestReaders.all).run(rules).allSatisfy { $0.passed })
        let report = Linter(rules: rules).lint(TestReaders.document("“Take two.” Then stop. Stopping is hard: stop now."))
        #expect(report.findings.map { "\($0.span.start.column) \($0.excerpt)" } == ["2 Take", "24 Stopping"])
        let bad = text.replacingOccurrences(of: "\"sentence-start\"", with: "\"sentence-strat\"")
        do {
            _ = try RuleSet.load([.json(name: "inline", text: bad)])
            Issue.record("an unknown position must fail")
        } catch {
            #expect(error.problems.first?.message
                    == "invalid at 'sentence-strat' (did you mean 'sentence-start'?); expected one of: sentence-start, block-start")
        }
    }
}

@Suite struct DensityPerTextTests {
    @Test func perTextCountsEachDistinctPhraseOnItsOwn() throws {
        let rule = { (per: String) in """
            { "caveat": 1, "rules": [ { "id": "repeat", "title": "t", "kind": "density", "severity": "info",
              "category": "c", "message": "'{match}' {count} times", "rationale": "r",
              "match": { "regex": "\\\\b[A-Z][a-z]+ (?:Rehab|Detox)\\\\b", "case_sensitive": true }, "threshold": 250,
              "per": "\(per)",
              "examples": { "flag": ["Texas Rehab. Texas Rehab. [[Texas Rehab]]. Ohio Detox. Ohio Detox."],
                            "pass": ["Texas Rehab and Ohio Detox and Utah Rehab and some more words to pad."] } } ] }
            """
        }
        let perText = try RuleSet.load([.json(name: "t", text: rule("text"))])
        #expect(RuleTester(readers: TestReaders.all).run(perText).allSatisfy { $0.passed })
        let document = TestReaders.document("Texas Rehab. Texas Rehab. Texas Rehab. Ohio Detox. Ohio Detox.")
        #expect(Linter(rules: perText).lint(document).findings.map(\.message) == ["'Texas Rehab' 3 times"])
        // Counted as one pattern: 5 occurrences, the finding on the first beyond the allowance of 2.
        let whole = try RuleSet.load([.json(name: "t", text: rule("pattern"))])
        #expect(Linter(rules: whole).lint(document).findings.map(\.message) == ["'Texas Rehab' 5 times"])
    }
}

@Suite struct PatternAllowTests {
    @Test func aPatternLevelAllowListAppliesToThatPartOnly() throws {
        let text = """
        { "caveat": 1, "rules": [ { "id": "contact", "title": "t", "kind": "match", "severity": "info",
          "category": "c", "message": "{match}", "rationale": "r",
          "match": { "any": [ { "detector": "phone", "allow": ["988", "1-800-662-HELP"] },
                              { "phrases": ["988 lifeline"] } ] },
          "examples": { "flag": ["Call [[(201) 555-0123]] or the [[988 Lifeline]]."], "pass": ["Call 988 now."] } } ] }
        """
        let rules = try RuleSet.load([.json(name: "inline", text: text)])
        let results = RuleTester(readers: TestReaders.all).run(rules)
        #expect(results.allSatisfy { $0.passed }, "\(results.flatMap(\.failures))")
    }
}
