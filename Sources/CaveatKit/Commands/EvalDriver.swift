import CaveatEngine
import CaveatReaders
import Foundation

/// Runs `caveat eval LABELS.json`: lints every labelled document with the given rules and prints per-rule
/// precision and recall.
public struct EvalDriver: Sendable {
    public init() {}

    public func run(labelsPath: String, rulePaths: [String], builtIn: Bool, json: Bool) -> CommandOutput {
        let labels: LabelSet
        do {
            labels = try LabelSet.load(contentsOf: URL(fileURLWithPath: labelsPath))
        } catch {
            return CommandOutput(standardError: ["\(error)"], status: .error)
        }
        var sources: [RuleSource] = builtIn ? [.builtIn] : []
        sources += rulePaths.map { .path($0) }
        let rules: RuleSet
        do {
            rules = try RuleSet.load(sources)
        } catch {
            return CommandOutput(standardError: error.problems.map(\.description), status: .error)
        }
        let linter = Linter(rules: rules)
        let loader = DocumentLoader()
        let report = Evaluator(labels: labels).evaluate { url in
            switch loader.load(path: url.path) {
            case .success(let document):
                return linter.lint(document)
            case .failure(let failure):
                return FileReport(path: url.path, errors: [InputError(failure)])
            }
        }
        var output = CommandOutput()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            output.standardOutput = ((try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "") + "\n"
        } else {
            output.standardOutput = report.render()
        }
        output.status = report.documents.contains { $0.error != nil } ? .error : .clean
        return output
    }
}
