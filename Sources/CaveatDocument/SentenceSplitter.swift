/// Splits block text into sentences.
///
/// PLACEHOLDER: a minimal version so the package builds; the full splitter replaces it.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String, tokens: [Token], kind: BlockKind) -> [Sentence] {
        let count = text.utf8.count
        return count == 0 ? [] : [Sentence(start: 0, end: count)]
    }
}
