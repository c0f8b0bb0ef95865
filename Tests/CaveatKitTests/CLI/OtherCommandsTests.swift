import Foundation
import Testing
import TestSupport

/// `caveat dump`, `caveat rules …` through the CLI.
@Suite struct OtherCommandsTests {
    @Test func dumpPrintsBlocksWithRegionsAndPositions() throws {
        let scratch = try Scratch()
        try scratch.write("p.html", "<html><body><nav>Menu</nav><main><h1>Title</h1>\n<p>caf&eacute; text</p></main></body></html>")
        let result = try CaveatCLI.run(["dump", "p.html"], in: scratch.url)
        #expect(result.status == 0)
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let blocks = try #require(documents.first?["blocks"] as? [[String: Any]])
        let texts = blocks.map { $0["text"] as? String }
        #expect(texts == ["Menu", "Title", "café text"])
        #expect(blocks.map { $0["region"] as? String } == ["navigation", "body", "body"])
        let start = try #require(blocks[2]["start"] as? [String: Any])
        #expect(start["line"] as? Int == 2)
        #expect(start["column"] as? Int == 4)
    }

    @Test func dumpReportsMissingFilesAndGoesOn() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "Hello.\n")
        let result = try CaveatCLI.run(["dump", "gone.txt", "a.txt"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr == "gone.txt: error: no such file or directory [not-found]\n")
        #expect(result.stdout.contains("\"Hello.\""))
    }

    @Test func rulesListShowAndTest() throws {
        let scratch = try Scratch()
        try scratch.write("rules/test.json", Scratch.ruleFile)
        let list = try CaveatCLI.run(["rules", "list", "--no-builtin-rules", "--rules", "rules"], in: scratch.url)
        #expect(list.status == 0)
        #expect(list.stdout.contains("test-cold-turkey"))
        #expect(list.stdout.hasSuffix("2 rules\n"))
        let show = try CaveatCLI.run(["rules", "show", "test-miracle", "--no-builtin-rules", "--rules", "rules"],
                                     in: scratch.url)
        #expect(show.stdout.contains("Test rule."))
        let unknown = try CaveatCLI.run(["rules", "show", "test-miracl", "--no-builtin-rules", "--rules", "rules"],
                                        in: scratch.url)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'test-miracle'?"))
        let test = try CaveatCLI.run(["rules", "test", "rules"], in: scratch.url)
        #expect(test.status == 0)
        #expect(test.stdout.contains("PASS  test-miracle"))
        #expect(test.stdout.hasSuffix("2 passed, 0 failed (8 example checks)\n"))
    }

    @Test func rulesTestFailsOnAWrongExample() throws {
        let scratch = try Scratch()
        let wrong = Scratch.ruleFile.replacingOccurrences(of: "Quit [[cold turkey]].", with: "[[Quit]] cold turkey.")
        try scratch.write("rules/test.json", wrong)
        let result = try CaveatCLI.run(["rules", "test", "rules"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  test-cold-turkey"))
        #expect(result.stdout.hasSuffix("1 passed, 1 failed (8 example checks)\n"))
    }
}
