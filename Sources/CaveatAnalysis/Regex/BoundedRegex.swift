/// A regular expression that runs in time linear in the text, whatever the pattern: the escape hatch for user
/// rules that phrase lists cannot express.
///
/// Matching simulates the pattern's automaton over UTF-8 bytes (a Pike VM, as in RE2) instead of backtracking, so
/// `(a+)+$` over 100,000 characters takes a fraction of a second even in a debug build. The price is that
/// constructs which need backtracking (backreferences, lookaround, atomic groups, possessive quantifiers) are
/// refused when the pattern is compiled.
/// See `docs/regex.md` for the syntax.
///
/// Results are UTF-8 byte ranges of the text, leftmost-first (the earliest start wins; among matches that start
/// there, alternation order and greedy or lazy quantifiers decide, as in Perl), non-overlapping. Matches never
/// start or end inside a multi-byte character.
///
/// Compile once and share: the value is immutable and `Sendable`; each call uses its own scratch space.
public struct BoundedRegex: Sendable {
    /// The pattern as written.
    public let pattern: String
    /// Whether letters match regardless of case when the pattern does not say otherwise with `(?-i)`.
    public let caseInsensitive: Bool
    let program: RegexProgram

    /// Compiles `pattern`; case-insensitive by default because rules are written about prose, where
    /// "Call", "call" and "CALL" mean the same thing.
    ///
    /// - Throws: `RegexSyntaxError` naming the offset (in Unicode scalars) and the problem, for malformed
    ///   patterns, unsupported constructs, repetition counts above 1000, and programs above 10,000 instructions.
    public init(_ pattern: String, caseInsensitive: Bool = true) throws(RegexSyntaxError) {
        var parser = RegexParser(pattern: pattern, caseInsensitive: caseInsensitive)
        let root = try parser.parse()
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        self.program = try RegexCompiler.compile(root)
    }

    /// All non-overlapping matches in `text`, as UTF-8 byte ranges, in order.
    ///
    /// After an empty match the search resumes one character later, so `x*` over `"ab"` yields `0..<0`, `1..<1`,
    /// `2..<2`, and never loops.
    public func matches(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    /// The leftmost-first match that starts at or after UTF-8 offset `from`, or `nil`.
    ///
    /// The text before `from` still counts for `^`, `\b` and `\B` (`^` never matches at `from > 0`). An offset
    /// inside a multi-byte character moves to the end of that character.
    public func firstMatch(in text: String, from: Int = 0) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(in: $0, from: from) }
    }

    /// Whether `text` holds any match; faster than `firstMatch`, as it stops as soon as some match ends.
    public func hasMatch(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { hasMatch(in: $0) }
    }

    /// All non-overlapping matches in UTF-8 `bytes`, as byte ranges, in order.
    ///
    /// Bytes that are not valid UTF-8 are taken one at a time; only `.` and negated classes match them.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var machine = RegexVM(program: program)
        return machine.allMatches(bytes)
    }

    /// All non-overlapping matches in UTF-8 `bytes`, as byte ranges, in order.
    public func matches(in bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { matches(in: $0) }
    }

    /// The leftmost-first match in UTF-8 `bytes` that starts at or after byte offset `from`, or `nil`.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Range<Int>? {
        guard from <= bytes.count else { return nil }
        let start = RegexScalars.boundary(bytes, atOrAfter: max(from, 0))
        var machine = RegexVM(program: program)
        return machine.search(bytes, from: start)
    }

    /// Whether UTF-8 `bytes` hold any match.
    public func hasMatch(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var machine = RegexVM(program: program)
        return machine.search(bytes, from: 0, earliest: true) != nil
    }
}
