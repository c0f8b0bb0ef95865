public import CaveatDocument

/// Turns decoded source text into the document model.
public protocol DocumentReader: Sendable {
    /// Reads a whole document. Never fails: malformed input becomes diagnostics on the document.
    func read(_ source: SourceText) -> Document
}
