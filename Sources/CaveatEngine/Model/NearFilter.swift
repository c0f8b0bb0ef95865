/// Keeps an occurrence only when another pattern occurs close to it.
final class NearFilter: Sendable {
    let pattern: Pattern
    /// Maximum number of words between the two; `nil` means the same sentence.
    let words: Int?

    init(pattern: Pattern, words: Int?) {
        self.pattern = pattern
        self.words = words
    }
}
