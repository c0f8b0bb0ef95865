/// Why a file could not be turned into a document at all.
public struct ReadFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable kebab-case code: `not-found`, `unreadable`, `is-directory`, `binary-file`, `too-large`.
    public var code: String
    /// One line naming the cause, e.g. `binary file (NUL byte at offset 12)`.
    public var message: String
    /// The path as given.
    public var path: String

    public init(code: String, message: String, path: String) {
        self.code = code
        self.message = message
        self.path = path
    }

    public var description: String { "\(path): \(message)" }
}
