import ArgumentParser
import CaveatKit

extension CaveatCommand {
    /// `caveat dump`: what caveat sees in a file.
    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the document model (blocks, regions, sections, sentences, positions) as JSON.",
            discussion: "The shape is documented in docs/dump-format.md."
        )

        @Argument(help: "Files, folders, or - for standard input.")
        var paths: [String]

        @Flag(help: "Include every token with its position.")
        var tokens = false

        @Option(help: "How to read standard input: html, text, markdown.")
        var stdinFormat: DocumentFormatOption = .text

        @Option(help: "The name standard input gets in the output.")
        var stdinPath = "<stdin>"

        func run() throws {
            try Output.emit(DumpDriver().run(paths: paths, standardInputFormat: stdinFormat,
                                             standardInputPath: stdinPath, includeTokens: tokens,
                                             standardInput: Output.readStandardInput,
                                             emit: { Output.write($0, to: 1) }))
        }
    }
}
