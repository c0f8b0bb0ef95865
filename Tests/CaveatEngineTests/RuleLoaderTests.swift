import Testing
import Foundation
import TestSupport
@testable import CaveatEngine

@Suite struct RuleLoaderTests {
    /// Loads fixture files as in-memory sources named by their path under `Fixtures/rules/`, so messages are exact.
    private func problems(_ files: [String]) -> [String] {
        let sources = files.map { name in
            RuleSource.json(name: name, text: (try? String(contentsOfFile: Fixture.path(name), encoding: .utf8)) ?? "")
        }
        do {
            _ = try RuleSet.load(sources)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    private let lexicons = ["lexicons/fixture-sedatives.json", "lexicons/fixture-z-drugs.json"]

    @Test func misspeltKeyIsReportedWithSuggestionAndPosition() {
        #expect(problems(["invalid/misspelt-key.json"]) == [
            "invalid/misspelt-key.json:8:7: rule 'bad-misspelt': unknown key 'severty' in a 'match' rule "
                + "(did you mean 'severity'?)",
            "invalid/misspelt-key.json:4:5: rule 'bad-misspelt': missing required key 'severity' "
                + "(one of: error, warning, info)",
        ])
    }

    @Test func rulesWithoutBothKindsOfExamplesAreRefused() {
        #expect(problems(["invalid/missing-examples.json"]) == [
            "invalid/missing-examples.json:13:19: rule 'bad-no-pass': 'examples' needs 'pass' examples "
                + "(texts the rule must pass)",
            "invalid/missing-examples.json:15:5: rule 'bad-no-examples': missing required key 'examples' "
                + "(every rule needs 'flag' and 'pass' examples)",
        ])
    }

    @Test func badJSONNamesLineAndColumn() {
        #expect(problems(["invalid/bad-syntax.json"]) == [
            "invalid/bad-syntax.json:4:52: invalid JSON: unexpected '}', expected a key in double quotes",
        ])
    }

    @Test func unknownLexiconSuggestsTheClosestName() {
        #expect(problems(lexicons + ["invalid/unknown-lexicon.json"]) == [
            "invalid/unknown-lexicon.json:12:29: rule 'bad-lexicon': unknown lexicon 'fixture-sedative' "
                + "(did you mean 'fixture-sedatives'?)",
        ])
    }

    @Test func badRegexNamesTheOffset() {
        let found = problems(["invalid/bad-regex.json"])
        #expect(found.count == 1)
        #expect(found == [
            "invalid/bad-regex.json:12:27: rule 'bad-regex': invalid regular expression at offset 5: "
                + "missing ')' to close the group that starts here",
        ])
    }

    @Test func duplicateIDNamesTheFirstDefinition() {
        #expect(problems(lexicons + ["match.json", "invalid/duplicate-id.json"]) == [
            "invalid/duplicate-id.json:5:13: rule 'fixture-cold-turkey': duplicate rule id "
                + "(first defined at match.json:5:5)",
        ])
    }

    @Test func anyProblemFailsTheWholeLoad() throws {
        // Valid fixtures plus one broken file: nothing loads.
        let sources = Fixture.validFiles.map { RuleSource.path($0) } + [.path(Fixture.path("invalid/bad-syntax.json"))]
        #expect(throws: RuleLoadError.self) { try RuleSet.load(sources) }
        #expect(try Fixture.ruleSet().rules.count == 8)
    }

    @Test func inMemorySourcesLoadAndReportTheirName() throws {
        let text = """
        { "caveat": 2, "rules": [] }
        """
        #expect(throws: RuleLoadError.self) { try RuleSet.load([.json(name: "config", text: text)]) }
        let problems = self.problemsOf(text)
        #expect(problems == [
            "config:1:13: unsupported format version 2 (this caveat reads version 1)",
            "config:1:25: 'rules' must be a non-empty array",
        ])
    }

    private func problemsOf(_ text: String) -> [String] {
        do {
            _ = try RuleSet.load([.json(name: "config", text: text)])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func patternMistakesAreExplained() {
        let rule = { (pattern: String, extra: String) in """
            { "caveat": 1, "rules": [ { "id": "r", "title": "t", "kind": "match", "severity": "info", "category": "c",
              "message": "m {match}", "rationale": "r", "match": \(pattern)\(extra),
              "examples": { "flag": ["[[x]]"], "pass": ["y"] } } ] }
            """
        }
        #expect(problemsOf(rule(#"{ "phrases": ["x"], "lexicon": "y" }"#, "")) == [
            "config:2:54: rule 'r': a pattern has exactly one of 'phrases', 'lexicon', 'regex', 'detector', 'all', "
                + "'any' (found 'phrases' and 'lexicon'; combine them with 'all' or 'any')",
        ])
        #expect(problemsOf(rule(#"{ "not": { "phrases": ["x"] } }"#, "")) == [
            "config:2:63: rule 'r': 'not' is only allowed as a part of 'all'",
        ])
        #expect(problemsOf(rule(#"{ "detector": "phnoe" }"#, "")) == [
            "config:2:68: rule 'r': unknown detector 'phnoe' (did you mean 'phone'?); known detectors: "
                + "dose, phone, email, url, call-to-action",
        ])
        #expect(problemsOf(rule(#"{ "phrases": ["x"], "unless_context": ["hypotetical"] }"#, "")) == [
            "config:2:93: rule 'r': unknown context category 'hypotetical' (did you mean 'hypothetical'?); expected "
                + "one of: negation, prohibition, permission, hypothetical, supervision, risk, report",
        ])
        #expect(problemsOf(rule(#"{ "phrases": ["x"] }"#, #", "threshold": 3"#)) == [
            "config:2:76: rule 'r': key 'threshold' does not apply to a 'match' rule (it belongs to 'density' rules)",
        ])
        #expect(problemsOf(rule(#"{ "phrases": ["x"] }"#, #", "unless": { "phrases": ["z"] }, "scope": "sentance""#))
                == [
            "config:2:117: rule 'r': invalid scope 'sentance' (did you mean 'sentence'?); expected sentence, "
                + "paragraph, block, section, document or {\"sentences\": N}",
        ])
    }

    @Test func messagePlaceholdersAreChecked() {
        let text = """
        { "caveat": 1, "rules": [ { "id": "Bad_ID", "title": "t", "kind": "match", "severity": "fatal",
          "category": "c", "message": "Found {mach}.", "rationale": "r", "match": { "phrases": ["x"] },
          "examples": { "flag": ["x"], "pass": ["[[y]]"] } } ] }
        """
        #expect(problemsOf(text) == [
            "config:1:35: rule 'Bad_ID': id must be kebab-case (lowercase letters and digits separated by single "
                + "hyphens)",
            "config:1:88: rule 'Bad_ID': invalid severity 'fatal'; expected one of: info, warning, error",
            "config:2:31: rule 'Bad_ID': unknown placeholder '{mach}' in 'message' (did you mean '{match}'?)",
            "config:3:26: rule 'Bad_ID': flag example 1 marks no span (put [[ and ]] around what must be flagged)",
            "config:3:41: rule 'Bad_ID': pass example 1 must not mark spans with [[ ]]",
        ])
    }

    @Test func lexiconIncludesAreResolvedAndChecked() throws {
        let rules = try Fixture.ruleSet()
        #expect(rules.lexicons.map(\.name) == ["fixture-sedatives", "fixture-z-drugs"])
        let broken = """
        { "caveat": 1, "lexicon": "loop-a", "include": ["loop-b"], "terms": ["a"] }
        """
        let other = """
        { "caveat": 1, "lexicon": "loop-b", "include": ["loop-a", "missing"], "terms": ["b"] }
        """
        do {
            _ = try RuleSet.load([.json(name: "a.json", text: broken), .json(name: "b.json", text: other)])
            Issue.record("a lexicon cycle must not load")
        } catch {
            #expect(error.problems.map(\.description) == [
                "a.json:1:27: lexicon 'loop-a' includes itself through 'include'",
                "b.json:1:27: lexicon 'loop-b' includes unknown lexicon 'missing'",
                "b.json:1:27: lexicon 'loop-b' includes itself through 'include'",
            ])
        }
    }
}

@Suite struct RuleSourceTests {
    @Test func foldersAreSearchedRecursivelyAndMissingPathsAreReported() throws {
        let rules = try RuleSet.load([.path(Fixture.path("lexicons")), .path(Fixture.path("match.json"))])
        #expect(rules.ids == ["fixture-cold-turkey", "fixture-stop-sedative", "fixture-regex-microgram",
                              "fixture-promo-phone"])
        #expect(rules.rules.first?.file == Fixture.path("match.json"))
        do {
            _ = try RuleSet.load([.path("/nonexistent/rules")])
            Issue.record("a missing path must fail the load")
        } catch {
            #expect(error.problems.map(\.description) == ["/nonexistent/rules: no such file or folder"])
        }
    }

    @Test func aFileThatIsNeitherRulesNorLexiconIsRefused() {
        do {
            _ = try RuleSet.load([.json(name: "x.json", text: "{ \"caveat\": 1, \"rulez\": [] }")])
            Issue.record("must fail")
        } catch {
            #expect(error.description
                    == "x.json:1:1: neither a rule file (no 'rules' key) nor a lexicon file (no 'lexicon' key) "
                        + "(is 'rulez' meant to be 'rules'?)")
        }
    }
}

@Suite struct CompositeLexiconTests {
    @Test func aLexiconMayConsistOfIncludesOnly() throws {
        let composite = #"{ "caveat": 1, "lexicon": "all-sedatives", "include": ["fixture-sedatives"] }"#
        let rule = """
        { "caveat": 1, "rules": [ { "id": "t", "title": "t", "kind": "match", "severity": "info", "category": "c",
          "message": "{match}", "rationale": "r", "match": { "lexicon": "all-sedatives" },
          "examples": { "flag": ["Took [[Ambien]]."], "pass": ["Took nothing."] } } ] }
        """
        let rules = try RuleSet.load(Fixture.lexicons + [.json(name: "c", text: composite), .json(name: "r", text: rule)])
        #expect(RuleTester(readers: TestReaders.all).run(rules).allSatisfy { $0.passed })
        do {
            _ = try RuleSet.load([.json(name: "e", text: #"{ "caveat": 1, "lexicon": "empty" }"#)])
            Issue.record("a lexicon without terms or include must fail")
        } catch {
            #expect(error.description
                    == "e:1:1: missing required key 'terms' (or 'include' for a lexicon made of other lexicons)")
        }
    }
}
