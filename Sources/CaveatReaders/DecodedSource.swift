public import CaveatDocument

/// A file's bytes decoded to UTF-8, with what the decoder noticed on the way.
public struct DecodedSource: Sendable {
    public var source: SourceText
    /// `invalid-encoding` warnings and `unsupported-encoding` notes.
    public var diagnostics: [Diagnostic]

    public init(source: SourceText, diagnostics: [Diagnostic] = []) {
        self.source = source
        self.diagnostics = diagnostics
    }
}
