import Foundation
import PackagePlugin

/// Embeds the repository's `Rules/**/*.json` into the target as Swift string literals, so a copied `caveat`
/// binary carries its built-in rules (no bundle resources to lose).
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where url.pathExtension == "json" {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        let tool = try context.tool(named: "RuleEmbedder")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) built-in rule files",
                executable: tool.url,
                arguments: [context.package.directoryURL.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
