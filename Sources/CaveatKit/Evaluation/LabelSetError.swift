/// A problem in a labels file, reported as `path: /json/pointer: cause`.
public struct LabelSetError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// JSON pointer to the offending value (`/documents/3/expect/0`), empty for the whole file.
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
