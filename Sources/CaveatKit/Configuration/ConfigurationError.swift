/// A problem in a `.caveat.json` file, reported as `path: /json/pointer: cause` and exit code 2.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
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
