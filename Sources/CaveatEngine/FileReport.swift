public import CaveatDocument

/// The outcome of linting one input: its findings, what was suppressed, and any error reading it.
public struct FileReport: Sendable {
    /// The path as the user gave it (`<stdin>` for standard input).
    public var path: String
    /// The document, when the file could be read; reporters that show the article use it.
    public var document: Document?
    /// Findings that count, sorted by position then rule id.
    public var findings: [Finding]
    /// Findings silenced by inline `caveat-disable` comments.
    public var suppressed: [Finding]
    /// Problems with the input itself (unreadable, binary, unknown rule in a suppression...).
    public var errors: [InputError]
    /// The source lines findings point at, for reporters when `document` has been dropped to save memory.
    public var sourceLines: SourceLines = SourceLines()

    public init(path: String, document: Document? = nil, findings: [Finding] = [], suppressed: [Finding] = [],
                errors: [InputError] = []) {
        self.path = path
        self.document = document
        self.findings = findings
        self.suppressed = suppressed
        self.errors = errors
    }
}

/// A problem with an input (not a rule finding). Each is reported on one line naming the file and the cause.
public struct InputError: Error, Sendable, Hashable {
    /// A stable kebab-case code: `not-found`, `unreadable`, `binary-file`, `invalid-encoding`,
    /// `unknown-rule-in-suppression`, ...
    public var code: String
    public var path: String
    public var message: String
    public var location: SourceLocation?
    /// Whether the problem makes the run fail (exit code 2). Warnings are reported but do not fail.
    public var isFatal: Bool

    public init(code: String, path: String, message: String, location: SourceLocation? = nil, isFatal: Bool = true) {
        self.code = code
        self.path = path
        self.message = message
        self.location = location
        self.isFatal = isFatal
    }
}
