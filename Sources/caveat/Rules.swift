import ArgumentParser
import CaveatKit

extension CaveatCommand {
    /// `caveat rules`: list, explain, test and document rules.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show, test and document rules.",
            subcommands: [List.self, Show.self, Test.self, Docs.self]
        )
    }
}

/// Options shared by the `rules` subcommands.
struct RuleSourceOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Also load rules from a file or folder (repeatable).",
                                                            valueName: "path"))
    var rulePaths: [String] = []

    @Flag(help: "Leave out the built-in rules.")
    var noBuiltinRules = false
}

extension CaveatCommand.Rules {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule: id, severity, category, title.")
        @OptionGroup var sources: RuleSourceOptions

        func run() throws {
            try Output.emit(RulesDriver().list(paths: sources.rulePaths, builtIn: !sources.noBuiltinRules))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a rule's rationale, references and examples.")
        @Argument(help: "The rule id.") var id: String
        @OptionGroup var sources: RuleSourceOptions

        func run() throws {
            try Output.emit(RulesDriver().show(id: id, paths: sources.rulePaths, builtIn: !sources.noBuiltinRules))
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the examples every rule carries, through the HTML and text readers.",
            discussion: "With no path, tests the built-in rules; with paths, tests only the rules in them."
        )
        @Argument(help: "Rule files or folders (default: the built-in rules).") var paths: [String] = []

        func run() throws {
            try Output.emit(RulesDriver().test(paths: paths, builtIn: paths.isEmpty))
        }
    }

    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the rule reference (docs/rules.md) in Markdown.")
        @OptionGroup var sources: RuleSourceOptions
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() throws {
            var result = RulesDriver().docs(paths: sources.rulePaths, builtIn: !sources.noBuiltinRules)
            if let output, result.status == .clean {
                result = FileOutput.write(result.standardOutput, to: output)
            }
            try Output.emit(result)
        }
    }
}
