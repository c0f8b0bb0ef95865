/// How far from an occurrence a rule looks for something else (a companion, an exception, another part).
enum Scope: Sendable, Hashable {
    case sentence
    /// The sentence and N sentences either side, across blocks.
    case sentences(Int)
    /// The same block (a paragraph, list item, cell...).
    case block
    /// The same heading-bounded section, subsections included.
    case section
    case document

    /// Whether everything within the scope lies in the occurrence's own block.
    var staysInBlock: Bool {
        switch self {
        case .sentence, .block: true
        case .sentences, .section, .document: false
        }
    }

    /// The name used in messages (`{scope}`) and documentation.
    var name: String {
        switch self {
        case .sentence: "sentence"
        case .sentences(let count): count == 1 ? "1 sentence" : "\(count) sentences"
        case .block: "paragraph"
        case .section: "section"
        case .document: "document"
        }
    }
}
