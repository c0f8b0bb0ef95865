/// Something a reader noticed about the input itself (not a rule finding): malformed markup,
/// bytes that are not valid in the declared encoding, and the like.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    /// A stable kebab-case code (`html-parse`, `invalid-encoding`, `binary-file`, ...).
    public var code: String
    public var message: String
    /// Where it was noticed, when known.
    public var location: SourceLocation?

    public init(severity: Severity, code: String, message: String, location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }
}
