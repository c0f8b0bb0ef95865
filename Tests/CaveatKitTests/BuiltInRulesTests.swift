import CaveatEngine
import Foundation
import Testing
import TestSupport

/// The built-in rules' generated reference stays in step with the rule files.
@Suite struct BuiltInRulesTests {
    /// docs/rules.md is generated from the rule files (`caveat rules docs -o docs/rules.md`); it must not drift.
    @Test func docsRulesMarkdownIsUpToDate() throws {
        let rules = try RuleSet.load([.builtIn])
        let onDisk = try String(contentsOf: Paths.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(onDisk == RuleDocumentation.markdown(for: rules),
                "docs/rules.md is stale: run `swift run caveat rules docs -o docs/rules.md`")
    }
}
