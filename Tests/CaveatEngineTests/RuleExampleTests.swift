import Testing
import TestSupport
import Foundation
@testable import CaveatEngine

@Suite struct RuleExampleTests {
    @Test func fixtureRulesPassTheirExamplesThroughBothReaders() throws {
        let rules = try Fixture.ruleSet()
        #expect(rules.rules.count >= 7)
        let results = RuleTester(readers: TestReaders.all).run(rules)
        for result in results {
            #expect(result.passed, "\(result.failures.map(\.description).joined(separator: "\n"))")
            #expect(result.checks > 0)
        }
    }

    @Test func builtInRulesPassTheirExamplesThroughBothReaders() throws {
        let rules = try RuleSet.load([.builtIn])
        for result in RuleTester(readers: TestReaders.all).run(rules) {
            #expect(result.passed, "\(result.failures.map(\.description).joined(separator: "\n"))")
        }
    }
}
