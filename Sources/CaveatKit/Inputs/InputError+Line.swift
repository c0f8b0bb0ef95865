import CaveatDocument
import CaveatEngine
import CaveatReaders

extension InputError {
    /// The one line caveat prints for a problem with an input: `path[:line:col]: error|warning: message [code]`.
    var line: String {
        let place = location.map { "\(path):\($0.line):\($0.column)" } ?? path
        return "\(place): \(isFatal ? "error" : "warning"): \(message) [\(code)]"
    }

    /// The input error for a file the loader could not read.
    init(_ failure: ReadFailure) {
        self.init(code: failure.code, path: failure.path, message: failure.message)
    }
}
