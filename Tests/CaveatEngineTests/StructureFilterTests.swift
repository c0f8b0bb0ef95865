import Testing
import CaveatDocument
@testable import CaveatEngine

/// The `not_inside` and `next_block` pattern filters, on exact spans and exact loader messages.
@Suite struct StructureFilterTests {
    private func rules(_ match: String, flag: String = "[[x]]", pass: String = "y") throws -> RuleSet {
        try RuleSet.load([.json(name: "inline", text: """
            { "caveat": 1, "rules": [ { "id": "t", "title": "t", "kind": "match", "severity": "info", "category": "c",
              "message": "{match}", "rationale": "r", "match": \(match),
              "examples": { "flag": ["\(flag)"], "pass": ["\(pass)"] } } ] }
            """)])
    }

    private func spans(_ rules: RuleSet, _ text: String) -> [String] {
        Linter(rules: rules).lint(TestReaders.document(text)).findings.map {
            "\($0.span.start.line):\($0.span.start.column)-\($0.span.end.column) \($0.excerpt)"
        }
    }

    @Test func notInsideDropsOccurrencesWithinAURLOrAddress() throws {
        let set = try rules(#"{ "phrases": ["valium"], "exact": true, "not_inside": { "detector": ["url", "email"] } }"#)
        let text = "See www.valium.com or mail valium@example.org about valium today."
        #expect(spans(set, text) == ["1:53-59 valium"])
    }

    @Test func nextBlockFindsAnIntroductionWithNoListAfterIt() throws {
        let set = try rules(#"{ "regex": ":$", "next_block": { "kinds": ["list-item"], "is": false } }"#)
        let text = "Symptoms include:\n\n- anxiety\n- tremor\n\nCauses include:\n\nStress is one of them.\n\nLast words:"
        #expect(spans(set, text) == ["6:15-16 :", "10:11-12 :"])
    }

    @Test func nextBlockIsTrueKeepsOnlyWhatAListFollows() throws {
        let set = try rules(#"{ "regex": ":$", "next_block": { "kinds": ["list-item"] } }"#)
        #expect(spans(set, "Symptoms include:\n\n- anxiety\n\nCauses include:\n\nStress.") == ["1:17-18 :"])
    }

    @Test func nextBlockErrorsNameTheProblem() throws {
        let text = """
            { "caveat": 1, "rules": [ { "id": "t", "title": "t", "kind": "match", "severity": "info", "category": "c",
              "message": "m", "rationale": "r",
              "match": { "regex": ":$", "next_block": { "kinds": ["list-itme"], "si": false } },
              "examples": { "flag": ["[[:]]"], "pass": ["y"] } } ] }
            """
        #expect(throws: RuleLoadError.self) { try RuleSet.load([.json(name: "inline", text: text)]) }
        do {
            _ = try RuleSet.load([.json(name: "inline", text: text)])
        } catch {
            #expect(error.problems.map(\.description) == [
                "inline:3:69: rule 't': unknown key 'si' in 'next_block' (did you mean 'is'?)",
                "inline:3:55: rule 't': unknown block kind 'list-itme' (did you mean 'list-item'?); expected one of: "
                    + "title, heading, paragraph, list-item, table-cell, blockquote, preformatted, caption, alt-text",
            ])
        }
    }
}
