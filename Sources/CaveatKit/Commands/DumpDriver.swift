import CaveatDocument
import CaveatEngine
import CaveatReaders
import Foundation

/// Runs `caveat dump`: reads each input and prints the document model as one JSON array.
public struct DumpDriver: Sendable {
    public init() {}

    public func run(paths: [String], standardInputFormat: DocumentFormatOption, standardInputPath: String,
                    includeTokens: Bool, standardInput: @Sendable () -> [UInt8]) -> CommandOutput {
        var output = CommandOutput()
        let (inputs, missing) = InputCollector(standardInputFormat: standardInputFormat,
                                               standardInputPath: standardInputPath).collect(paths)
        var errors = missing.map { "\($0.path): error: \($0.message) [\($0.code)]" }
        let loader = DocumentLoader()
        var documents: [DocumentJSON] = []
        for input in inputs {
            let result: Result<Document, ReadFailure>
            switch input.origin {
            case .file:
                result = loader.load(path: input.path)
            case .standardInput(let format):
                result = loader.load(bytes: standardInput(), path: input.path, format: format)
            }
            switch result {
            case .success(let document):
                documents.append(DocumentJSON(document, includeTokens: includeTokens))
            case .failure(let failure):
                errors.append("\(input.path): error: \(failure.message) [\(failure.code)]")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            output.standardOutput = String(decoding: try encoder.encode(documents), as: UTF8.self) + "\n"
        } catch {
            errors.append("caveat: cannot encode the document model: \(error)")
        }
        output.standardError = errors
        output.status = errors.isEmpty ? .clean : .error
        return output
    }
}
