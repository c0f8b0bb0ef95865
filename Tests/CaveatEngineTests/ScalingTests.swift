import Testing
import Foundation
import TestSupport
import CaveatDocument
@testable import CaveatEngine

/// All phrases of all rules share one matcher, so adding 1,000 phrase rules must cost little.
@Suite(.serialized) struct ScalingTests {
    /// Articles to lint: the shared seed articles when present (read, never copied), else generated prose.
    private func documents() -> [Document] {
        if let shared = Paths.shared {
            let folder = shared.appendingPathComponent("seeds")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
            let documents = names.filter { $0.hasSuffix(".txt") }.compactMap { name -> Document? in
                guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                    return nil
                }
                return TestReaders.document(text, path: name)
            }
            if !documents.isEmpty { return documents }
        }
        let paragraph = "When you stop taking diazepam, talk to your doctor about a slow taper. Some people quit "
            + "cold turkey and call (201) 555-0123 for help; others take 10 mg at night as prescribed.\n\n"
        return [TestReaders.document(String(repeating: paragraph, count: 200))]
    }

    private func baseSources() -> [RuleSource] {
        Fixture.validFiles.map { RuleSource.path($0) } + [.builtIn]
    }

    @Test func syntheticRulesLoadAndTestThemselves() throws {
        let rules = try RuleSet.load([SyntheticRules.source(count: 50)])
        #expect(rules.rules.count == 50)
        let results = RuleTester(readers: [TestReaders.text]).run(rules)
        #expect(results.allSatisfy { $0.passed }, "\(results.flatMap(\.failures).prefix(3))")
    }

    /// What 1,000 extra phrase rules cost in time is measured by Benchmarks/lint-throughput.sh (release build);
    /// here: they load, share the one automaton, and change no finding on real articles.
    @Test func aThousandExtraPhraseRulesShareTheMatcherAndChangeNoFinding() throws {
        let documents = documents()
        let base = Linter(rules: try RuleSet.load(baseSources()))
        let extended = Linter(rules: try RuleSet.load(baseSources() + [SyntheticRules.source(count: 1000)]))
        #expect(extended.rules.rules.count == base.rules.rules.count + 1000)
        #expect(extended.rules.phrasePatternCount > base.rules.phrasePatternCount + 1000)
        // Same findings: the synthetic words never occur in real text.
        for document in documents {
            #expect(extended.lint(document).findings.map(\.ruleID) == base.lint(document).findings.map(\.ruleID))
        }
        print("scaling: patterns \(base.rules.phrasePatternCount) -> \(extended.rules.phrasePatternCount), "
              + "automaton \(base.rules.phraseAutomaton) -> \(extended.rules.phraseAutomaton)")
    }
}

/// A long page with thousands of triggers and companions is linted completely.
@Suite struct LongDocumentTests {
    @Test func thousandsOfTriggersAndCompanionsStayLinear() throws {
        let rules = try Fixture.ruleSet()
        let paragraph = "When you stop taking diazepam, near the end, taper slowly with your doctor. "
            + "Adults take 10 mg at night. Quit cold turkey? Seizures can happen.\n\n"
        let small = TestReaders.document(String(repeating: paragraph, count: 200))
        let large = TestReaders.document(String(repeating: paragraph, count: 2000))
        let linter = Linter(rules: rules)
        // Speed is for the benchmarks; here, ten times the text gives exactly ten times the findings.
        #expect(linter.lint(large).findings.count == linter.lint(small).findings.count * 10)
    }
}
