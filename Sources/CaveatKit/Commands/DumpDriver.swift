import CaveatDocument
import CaveatEngine
import CaveatReaders
import Foundation

/// Runs `caveat dump`: reads each input and prints the document model as one JSON array, streamed to `emit` one
/// document (and one block) at a time so that memory follows the largest file, not the whole output.
public struct DumpDriver: Sendable {
    public init() {}

    public func run(paths: [String], standardInputFormat: DocumentFormatOption, standardInputPath: String,
                    includeTokens: Bool, standardInput: @Sendable () -> [UInt8],
                    emit: @escaping (String) -> Void) -> CommandOutput {
        var output = CommandOutput()
        // The walker also opens web archives, so `dump crawl.warc.gz` shows each document record's model.
        let walker = InputWalker(arguments: paths, standardInputFormat: standardInputFormat,
                                 standardInputPath: standardInputPath)
        let inputs = walker.all()
        var errors = walker.errors.map(\.line)
        let loader = DocumentLoader()
        var writer = DumpWriter(emit: emit)
        writer.begin()
        for input in inputs {
            let result: Result<Document, ReadFailure>
            switch input.origin {
            case .file:
                result = loader.load(path: input.path)
            case .standardInput(let format):
                result = loader.load(bytes: standardInput(), path: input.path, format: format)
            case .archiveDocument(let document, _):
                result = loader.load(bytes: document.payload, path: input.path, format: document.format,
                                     charset: document.charset)
            case .unreadable(let error):
                errors.append(error.line)
                continue
            }
            switch result {
            case .success(let document):
                do {
                    try writer.write(document, includeTokens: includeTokens)
                } catch {
                    errors.append("\(input.path): error: cannot encode the document model: \(error)")
                }
            case .failure(let failure):
                errors.append(InputError(failure).line)
            }
        }
        writer.end()
        output.standardError = errors
        output.status = errors.isEmpty ? .clean : .error
        return output
    }
}
