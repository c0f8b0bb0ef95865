public import CaveatDocument

/// The `--stdin-format` values.
public enum DocumentFormatOption: String, Sendable, CaseIterable {
    case html
    case text
    case markdown

    public var format: DocumentFormat {
        switch self {
        case .html: .html
        case .text: .text
        case .markdown: .markdown
        }
    }
}
