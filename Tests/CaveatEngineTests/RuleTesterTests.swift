import Testing
@testable import CaveatEngine

@Suite struct RuleTesterTests {
    private let wrong = """
    { "caveat": 1, "rules": [ { "id": "wrong-examples", "title": "t", "kind": "match", "severity": "info",
      "category": "c", "message": "{match}", "rationale": "r", "match": { "phrases": ["cold turkey"] },
      "examples": { "flag": ["Quit [[cold]] turkey & go.", "Nothing [[to]] see."],
                    "pass": ["Went cold turkey."] } } ] }
    """

    @Test func failuresSayWhichExampleWhichReaderAndWhatCameOut() throws {
        let rules = try RuleSet.load([.json(name: "wrong", text: wrong)])
        let result = try #require(RuleTester(readers: TestReaders.all).run(rules).first)
        #expect(result.ruleID == "wrong-examples")
        #expect(result.checks == 6)
        #expect(!result.passed)
        #expect(result.failures.map(\.description) == [
            "rule 'wrong-examples': flag example 1 (html): expected \"cold\" (1:6-1:10); got \"cold turkey\" (1:6-1:17)",
            "rule 'wrong-examples': flag example 1 (text): expected \"cold\" (1:6-1:10); got \"cold turkey\" (1:6-1:17)",
            "rule 'wrong-examples': flag example 2 (html): expected \"to\" (1:9-1:11); got nothing",
            "rule 'wrong-examples': flag example 2 (text): expected \"to\" (1:9-1:11); got nothing",
            "rule 'wrong-examples': pass example 1 (html): expected no finding; got \"cold turkey\" (1:6-1:17)",
            "rule 'wrong-examples': pass example 1 (text): expected no finding; got \"cold turkey\" (1:6-1:17)",
        ])
        let first = try #require(result.failures.first)
        #expect(first.kind == .flag)
        #expect(first.exampleIndex == 1)
        #expect(first.text == "Quit cold turkey & go.")
        #expect(first.expected == [5..<9])
        #expect(first.got == [5..<16])
    }

    @Test func htmlPagesEscapeTextAndMapPositionsBack() {
        let page = ExampleHTML("# Title\n\nA & B <c>\nnext line\n\nSecond")
        #expect(page.html == "<!DOCTYPE html>\n<html><body>\n<h1>Title</h1>\n<p>A &amp; B &lt;c&gt;\nnext line</p>\n"
                + "<p>Second</p>\n</body></html>\n")
        let html = Array(page.html.utf8)
        let ampersand = html.firstIndex(of: UInt8(ascii: "&"))!
        #expect(page.textRange(of: ampersand..<(ampersand + 5)) == 11..<12)
        let second = page.html.utf8.count - "Second</p>\n</body></html>\n".utf8.count
        #expect(page.textRange(of: second..<(second + 6)) == 30..<36)
    }

    @Test func ruleSetExposesInfosAndExamples() throws {
        let rules = try Fixture.ruleSet()
        #expect(rules.infos.map(\.id) == rules.ids)
        #expect(rules.ids.contains("fixture-cold-turkey"))
        let info = try #require(rules.rule(withID: "fixture-cold-turkey")?.info)
        #expect(info.precision == "high")
        #expect(info.fix == "Mention planning the change with a doctor in the same sentence.")
        #expect(info.references == ["Engine fixture"])
        #expect(rules.examples(of: "fixture-cold-turkey")?.pass.count == 2)
        #expect(rules.rule(withID: "fixture-reading-grade")?.threshold == 12)
        #expect(rules.rule(withID: "nope") == nil)
    }
}
