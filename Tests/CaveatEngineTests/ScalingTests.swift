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

    /// CPU time of the current thread: unlike wall time, it does not count time the shared machine gives to
    /// other processes or to tests running in parallel.
    private func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The best of several runs of each linter, alternating so that load on the shared machine hits both alike.
    private func bestSeconds(_ linters: [Linter], _ documents: [Document], runs: Int = 9) -> [Double] {
        var best = [Double](repeating: .infinity, count: linters.count)
        for _ in 0..<runs {
            for (index, linter) in linters.enumerated() {
                let start = threadCPUSeconds()
                for document in documents { _ = linter.lint(document) }
                best[index] = min(best[index], threadCPUSeconds() - start)
            }
        }
        return best
    }

    @Test func syntheticRulesLoadAndTestThemselves() throws {
        let rules = try RuleSet.load([SyntheticRules.source(count: 50)])
        #expect(rules.rules.count == 50)
        let results = RuleTester(readers: [TestReaders.text]).run(rules)
        #expect(results.allSatisfy { $0.passed }, "\(results.flatMap(\.failures).prefix(3))")
    }

    @Test func aThousandExtraPhraseRulesCostAtMostTwentyPercent() throws {
        let documents = documents()
        let base = Linter(rules: try RuleSet.load(baseSources()))
        let extended = Linter(rules: try RuleSet.load(baseSources() + [SyntheticRules.source(count: 1000)]))
        #expect(extended.rules.rules.count == base.rules.rules.count + 1000)
        // Same findings: the synthetic words never occur in real text.
        for document in documents {
            #expect(extended.lint(document).findings.map(\.ruleID) == base.lint(document).findings.map(\.ruleID))
        }
        let times = bestSeconds([base, extended], documents)
        let (baseTime, extendedTime) = (times[0], times[1])
        let ratio = extendedTime / baseTime
        print("scaling: base \(baseTime)s, +1000 rules \(extendedTime)s, ratio \(ratio), "
              + "patterns \(base.rules.phrasePatternCount) -> \(extended.rules.phrasePatternCount), "
              + "automaton \(base.rules.phraseAutomaton) -> \(extended.rules.phraseAutomaton)")
        #expect(ratio <= 1.2)
    }
}

/// A long page with thousands of triggers and companions must not go quadratic.
@Suite struct LongDocumentTests {
    @Test func thousandsOfTriggersAndCompanionsStayLinear() throws {
        let rules = try Fixture.ruleSet()
        let paragraph = "When you stop taking diazepam, near the end, taper slowly with your doctor. "
            + "Adults take 10 mg at night. Quit cold turkey? Seizures can happen.\n\n"
        let small = TestReaders.document(String(repeating: paragraph, count: 200))
        let large = TestReaders.document(String(repeating: paragraph, count: 2000))
        let linter = Linter(rules: rules)
        func cpu(_ document: Document) -> (Double, Int) {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            let start = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
            let count = linter.lint(document).findings.count
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return (Double(time.tv_sec) + Double(time.tv_nsec) / 1e9 - start, count)
        }
        let (smallTime, smallCount) = cpu(small)
        let (largeTime, largeCount) = cpu(large)
        print("long document: 200 paragraphs \(smallTime)s, 2000 paragraphs \(largeTime)s")
        #expect(largeCount == smallCount * 10)
        // Ten times the text: well under a hundred times the time (linear, with slack for noise).
        #expect(largeTime < smallTime * 20)
    }
}
