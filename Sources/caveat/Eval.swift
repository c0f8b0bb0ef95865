import ArgumentParser
import CaveatKit

extension CaveatCommand {
    /// `caveat eval`: measure rules against a labelled set.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per-rule precision and recall against a labelled set (documents → expected rule ids).",
            discussion: "The labels format is documented in docs/health-rules.md."
        )

        @Argument(help: "The labels file.") var labels: String
        @OptionGroup var sources: RuleSourceOptions
        @Flag(help: "Print the evaluation as JSON.") var json = false

        func run() throws {
            try Output.emit(EvalDriver().run(labelsPath: labels, rulePaths: sources.rulePaths,
                                             builtIn: !sources.noBuiltinRules, json: json))
        }
    }
}
