import CaveatDocument
import CaveatEngine
import Foundation
import Testing
@testable import CaveatKit

@Suite struct EvaluatorTests {
    private let base = URL(fileURLWithPath: "/labels")

    private func labels(_ json: String) throws -> LabelSet {
        try LabelSet.parse(Data(json.utf8), path: "labels.json", base: base)
    }

    private func parseError(_ json: String) -> String? {
        do {
            _ = try LabelSet.parse(Data(json.utf8), path: "labels.json", base: base)
            return nil
        } catch {
            return error.description
        }
    }

    private func finding(_ rule: String, line: Int, column: Int) -> Finding {
        let start = SourceLocation(line: line, column: column, offset: 0)
        return Finding(ruleID: rule, severity: .warning, message: "m", path: "p",
                       span: SourceSpan(start: start, end: start), excerpt: "")
    }

    private let sample = """
        { "caveat": 1, "labels": "sample", "rules": ["a", "b"],
          "documents": [
            { "path": "one.txt", "expect": ["a"], "locations": [{ "rule": "a", "line": 2, "column": 5 }] },
            { "path": "two.txt", "expect": [] },
            { "path": "sub/three.txt", "expect": ["b"], "rules": ["b"], "note": "only b is judged" },
            { "path": "/abs/four.txt", "expect": ["a", "b"] } ] }
        """

    @Test func parsesDocumentsRelativeToTheLabelsFile() throws {
        let set = try labels(sample)
        #expect(set.name == "sample")
        #expect(set.rules == ["a", "b"])
        #expect(set.documents.map(\.url.path) == ["/labels/one.txt", "/labels/two.txt", "/labels/sub/three.txt",
                                                  "/abs/four.txt"])
        #expect(set.documents[0].locations == [ExpectedLocation(rule: "a", line: 2, column: 5)])
        #expect(set.documents[2].rules == ["b"])
        #expect(set.documents[2].note == "only b is judged")
        #expect(set.documents[3].expect == ["a", "b"])
    }

    @Test func countsTruePositivesFalsePositivesAndMisses() throws {
        let set = try labels(sample)
        let findings: [String: [Finding]] = [
            "/labels/one.txt": [finding("a", line: 2, column: 5), finding("b", line: 1, column: 1)],
            "/labels/two.txt": [],
            // `a` is not judged on this document, so its finding counts for nothing.
            "/labels/sub/three.txt": [finding("a", line: 1, column: 1)],
            "/abs/four.txt": [finding("a", line: 3, column: 1)],
        ]
        let report = Evaluator(labels: set).evaluate { url in
            FileReport(path: url.path, findings: findings[url.path] ?? [])
        }
        #expect(report.scores == [
            RuleScore(rule: "a", truePositives: 2, falsePositives: 0, falseNegatives: 0, trueNegatives: 1),
            RuleScore(rule: "b", truePositives: 0, falsePositives: 1, falseNegatives: 2, trueNegatives: 1),
        ])
        #expect(report.scores[0].precision == 1)
        #expect(report.scores[0].recall == 1)
        #expect(report.scores[1].precision == 0)
        #expect(report.scores[1].recall == 0)
        #expect(report.scores[1].f1 == 0)
        #expect(report.total == RuleScore(rule: "(all)", truePositives: 2, falsePositives: 1, falseNegatives: 2,
                                          trueNegatives: 2))
        #expect(report.documents.map(\.isCorrect) == [false, true, false, false])
        #expect(report.documents[0].falsePositives == ["b"])
        #expect(report.documents[2].falseNegatives == ["b"])
        #expect(report.documents[2].found == [])
        #expect(report.documents[3].falseNegatives == ["b"])
        #expect(!report.isPerfect)
    }

    @Test func reportsAnExpectedLocationWithoutAFindingThere() throws {
        let set = try labels(sample)
        let report = Evaluator(labels: set).evaluate { url in
            FileReport(path: url.path, findings: url.path == "/labels/one.txt" ? [finding("a", line: 2, column: 6)] : [])
        }
        #expect(report.documents[0].falsePositives.isEmpty)
        #expect(report.documents[0].falseNegatives.isEmpty)
        #expect(report.documents[0].missedLocations == [ExpectedLocation(rule: "a", line: 2, column: 5)])
        #expect(report.render().contains("one.txt: no a at 2:5\n"))
    }

    @Test func keepsUnreadableDocumentsOutOfTheScores() throws {
        struct Unreadable: Error, CustomStringConvertible { var description: String { "gone" } }
        let set = try labels(sample)
        let report = Evaluator(labels: set).evaluate { url in
            if url.path == "/labels/two.txt" { throw Unreadable() }
            if url.path == "/abs/four.txt" {
                return FileReport(path: url.path, errors: [InputError(code: "not-found", path: url.path,
                                                                      message: "no such file")])
            }
            return FileReport(path: url.path, findings: [finding("a", line: 2, column: 5)])
        }
        #expect(report.documents[1].error == "gone")
        #expect(report.documents[3].error == "no such file")
        #expect(report.scores[0] == RuleScore(rule: "a", truePositives: 1, falsePositives: 0, falseNegatives: 0,
                                              trueNegatives: 0))
        #expect(report.scores[1] == RuleScore(rule: "b", truePositives: 0, falsePositives: 0, falseNegatives: 1,
                                              trueNegatives: 1))
        #expect(report.render().contains("two.txt: error: gone\n"))
    }

    @Test func undefinedRatiosAreNilAndRenderAsDashes() throws {
        let set = try labels(#"{ "caveat": 1, "labels": "x", "rules": ["quiet"], "documents": [{ "path": "a.txt", "expect": [] }] }"#)
        let report = Evaluator(labels: set).evaluate { url in FileReport(path: url.path) }
        #expect(report.scores[0].precision == nil)
        #expect(report.scores[0].recall == nil)
        #expect(report.isPerfect)
        #expect(report.render() == """
            rule                          docs    TP    FP    FN  precision  recall
            quiet                            1     0     0     0          -       -
            (all)                            1     0     0     0          -       -

            1 documents, 0 not as labelled

            """)
    }

    @Test func rendersRatiosWithThreeDecimals() {
        let report = EvaluationReport(labels: "x", scores: [
            RuleScore(rule: "r", truePositives: 2, falsePositives: 1, falseNegatives: 0, trueNegatives: 4),
        ], documents: [])
        #expect(report.render().contains("r                                7     2     1     0      0.667   1.000\n"))
    }

    @Test func asyncLintFunctionsGiveTheSameReport() async throws {
        let set = try labels(sample)
        let report = await Evaluator(labels: set).evaluate { (url: URL) async throws -> FileReport in
            FileReport(path: url.path, findings: [finding("a", line: 2, column: 5)])
        }
        #expect(report.scores[0].truePositives == 2)
        #expect(report.scores[0].falsePositives == 1)
    }

    @Test func rejectsMalformedLabelsWithAPointer() {
        #expect(parseError("[]") == "labels.json: expected a JSON object at the top level")
        #expect(parseError(#"{ "labels": "x", "rules": ["a"], "documents": [] }"#)
            == #"labels.json: /caveat: missing or invalid format version; write "caveat": 1"#)
        #expect(parseError(#"{ "caveat": 2, "labels": "x", "rules": ["a"], "documents": [] }"#)
            == "labels.json: /caveat: unsupported format version 2; this caveat reads version 1")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rules": [], "documents": [] }"#)
            == "labels.json: /rules: name at least one rule to evaluate")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rule": ["a"], "documents": [] }"#)
            == "labels.json: /rule: unknown key 'rule'; expected one of caveat, labels, description, rules, documents, $schema")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rules": ["a"], "documents": [{ "path": "d", "expect": ["z"] }] }"#)
            == "labels.json: /documents/0/expect/0: rule 'z' is expected but not evaluated on this document")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rules": ["a"], "documents": [{ "path": "d", "expect": [], "rules": ["q"] }] }"#)
            == "labels.json: /documents/0/rules/0: rule 'q' is not among the evaluated rules")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rules": ["a"], "documents": [{ "path": "d" }] }"#)
            == "labels.json: /documents/0/expect: expected an array of rule ids")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rules": ["a"], "documents": [{ "path": "d", "expect": [], "locations": [{ "rule": "a", "line": 1, "column": 1 }] }] }"#)
            == "labels.json: /documents/0/locations/0/rule: rule 'a' has a location but is not expected")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rules": ["a"], "documents": [{ "path": "d", "expect": ["a"], "locations": [{ "rule": "a", "line": 0, "column": 1 }] }] }"#)
            == "labels.json: /documents/0/locations/0/line: expected a line number (1 or more)")
        #expect(parseError(#"{ "caveat": 1, "labels": "x", "rules": ["a"], "documents": [{ "path": "d", "expect": [] }, { "path": "./d", "expect": [] }] }"#)
            == "labels.json: /documents/1/path: './d' is labelled twice")
    }
}
