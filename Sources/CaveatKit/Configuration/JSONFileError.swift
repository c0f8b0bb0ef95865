/// A problem in one of caveat's JSON input files (a `.caveat.json` configuration, a labels file), reported on one
/// line as `path: /json/pointer: cause`; the CLI exits with code 2.
public struct JSONFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// JSON pointer to the offending value (`/rules/severity/dosing-claim`), empty for the whole file.
    public var pointer: String
    public var message: String

    public init(path: String, pointer: String, message: String) {
        self.path = path
        self.pointer = pointer
        self.message = message
    }

    public var description: String {
        pointer.isEmpty ? "\(path): \(message)" : "\(path): \(pointer): \(message)"
    }
}

/// A problem in a `.caveat.json` file.
public typealias ConfigurationError = JSONFileError

/// A problem in a labels file read by `caveat eval`.
public typealias LabelSetError = JSONFileError
