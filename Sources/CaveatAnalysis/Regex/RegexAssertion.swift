/// A zero-width test at a position of the text.
enum RegexAssertion: Int32, Sendable, Hashable {
    /// `^` (without flag `m`) and `\A`.
    case textStart
    /// `$` (without flag `m`) and `\z`: the very end, not before a final line feed.
    case textEnd
    /// `^` with flag `m`: the start of the text or just after `\n`.
    case lineStart
    /// `$` with flag `m`: the end of the text or just before `\n`.
    case lineEnd
    /// `\b`: a word character on exactly one side.
    case wordBoundary
    /// `\B`: word characters on both sides or on neither.
    case notWordBoundary

    /// Whether the assertion holds at byte offset `position` of `text` (a scalar boundary).
    func holds(in text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        switch self {
        case .textStart:
            return position == 0
        case .textEnd:
            return position == text.count
        case .lineStart:
            return position == 0 || text[position - 1] == 0x0A
        case .lineEnd:
            return position == text.count || text[position] == 0x0A
        case .wordBoundary, .notWordBoundary:
            let before = RegexScalars.decode(text, before: position).map(RegexScalars.isWord) ?? false
            let after = position < text.count && RegexScalars.isWord(RegexScalars.decode(text, at: position).scalar)
            return (before != after) == (self == .wordBoundary)
        }
    }
}
