import CaveatEngine
import Foundation

/// Runs `caveat rules list|show|test|docs`.
public struct RulesDriver: Sendable {
    public init() {}

    /// The rule set for a rules subcommand: built-in rules (unless told not to) plus the given paths.
    private func load(_ paths: [String], builtIn: Bool) -> LoadedRules {
        var sources: [RuleSource] = builtIn ? [.builtIn] : []
        sources += paths.map { .path($0) }
        do {
            return .success(try RuleSet.load(sources))
        } catch {
            return .failure(CommandOutput(standardError: error.problems.map(\.description), status: .error))
        }
    }

    private enum LoadedRules {
        case success(RuleSet)
        case failure(CommandOutput)
    }

    /// `caveat rules list`: one line per rule.
    public func list(paths: [String], builtIn: Bool) -> CommandOutput {
        let rules: RuleSet
        switch load(paths, builtIn: builtIn) {
        case .failure(let output): return output
        case .success(let loaded): rules = loaded
        }
        let width = rules.ids.map(\.count).max() ?? 0
        var text = ""
        for info in rules.infos {
            let id = info.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = info.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            text += "\(id)  \(severity)  \(info.category): \(info.title)\n"
        }
        text += "\(rules.rules.count) rules\n"
        return CommandOutput(standardOutput: text)
    }

    /// `caveat rules show ID`: the rule's documentation, examples included.
    public func show(id: String, paths: [String], builtIn: Bool) -> CommandOutput {
        let rules: RuleSet
        switch load(paths, builtIn: builtIn) {
        case .failure(let output): return output
        case .success(let loaded): rules = loaded
        }
        guard let rule = rules.rule(withID: id) else {
            var message = "caveat: unknown rule '\(id)'"
            message += KeySuggester.hint(for: id, among: rules.ids)
            return CommandOutput(standardError: [message], status: .error)
        }
        return CommandOutput(standardOutput: RuleDocumentation.section(for: rule))
    }

    /// `caveat rules test [PATH…]`: runs every rule's examples through both readers; prints a line per rule.
    public func test(paths: [String], builtIn: Bool) -> CommandOutput {
        let rules: RuleSet
        switch load(paths, builtIn: builtIn) {
        case .failure(let output): return output
        case .success(let loaded): rules = loaded
        }
        var text = ""
        var failedRules = 0
        var checks = 0
        for result in RuleTester(readers: ExampleReaders.all).run(rules) {
            checks += result.checks
            if result.passed {
                text += "PASS  \(result.ruleID) (\(result.checks) checks)\n"
            } else {
                failedRules += 1
                text += "FAIL  \(result.ruleID)\n"
                for failure in result.failures { text += "      \(failure.message)\n" }
            }
        }
        text += "\(rules.rules.count - failedRules) passed, \(failedRules) failed (\(checks) example checks)\n"
        return CommandOutput(standardOutput: text, status: failedRules == 0 ? .clean : .findings)
    }

    /// `caveat rules docs`: the rule reference in Markdown.
    public func docs(paths: [String], builtIn: Bool) -> CommandOutput {
        switch load(paths, builtIn: builtIn) {
        case .failure(let output): return output
        case .success(let rules): return CommandOutput(standardOutput: RuleDocumentation.markdown(for: rules))
        }
    }
}
