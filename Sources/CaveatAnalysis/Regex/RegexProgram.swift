/// A compiled pattern: VM instructions, the classes they use, and what the search may skip.
struct RegexProgram: Sendable {
    /// The instructions; execution starts at 0 and the last one is `match`.
    var instructions: [RegexInstruction]
    /// The classes that `set` instructions refer to by index.
    var classes: [RegexCharClass]
    /// Matches can only start at offset 0 (the pattern begins with `^` or `\A`).
    var anchoredAtStart: Bool
    /// `firstBytes[b] != 0` when a match can start with byte `b`; `nil` when any position may start a match
    /// (the pattern can match the empty string, or starts with something as broad as `.`).
    var firstBytes: [UInt8]?
}
