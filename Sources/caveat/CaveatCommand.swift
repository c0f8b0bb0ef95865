import ArgumentParser
import CaveatKit

/// The root command: `caveat lint`, `dump`, `rules`, `eval`.
struct CaveatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caveat",
        abstract: "Lints health articles for safety risks before they are published.",
        discussion: """
            Exit codes: 0 nothing at or above the --fail-on level; 1 findings at or above it; \
            2 usage, configuration, rule-file or input errors.
            """,
        version: CaveatVersion.current,
        subcommands: [Lint.self, Dump.self, Rules.self, Eval.self],
        defaultSubcommand: Lint.self
    )
}
