/// The parsed form of a pattern, before compilation to VM instructions.
///
/// Groups leave no trace: matches report only the whole span, so a group matters only as the operand of a
/// quantifier or as the limit of an alternation, and the tree's shape already says both.
indirect enum RegexNode: Sendable, Hashable {
    /// Matches the empty string (an empty pattern, group or alternative).
    case empty
    /// One scalar, or any of a few case variants of it (`a` → `a`, `A`).
    case literal([UInt32])
    /// Any member of a class.
    case set(RegexCharClass)
    /// Any scalar; `\n` too when `dotAll` is set (flag `s`).
    case any(dotAll: Bool)
    /// A zero-width test.
    case assertion(RegexAssertion)
    case concatenation([RegexNode])
    /// Alternatives in priority order: the first that leads to a match wins.
    case alternation([RegexNode])
    /// `node{min,max}` (`max == nil`: unbounded); greedy repeats prefer one more iteration, lazy ones one fewer.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)

    /// Whether every match must begin at the start of the text, so the search need not try later positions.
    var isAnchoredAtStart: Bool {
        switch self {
        case .assertion(.textStart): true
        case .concatenation(let nodes): nodes.first?.isAnchoredAtStart ?? false
        case .alternation(let nodes): nodes.allSatisfy(\.isAnchoredAtStart)
        case .repetition(let node, let min, _, _): min > 0 && node.isAnchoredAtStart
        default: false
        }
    }
}
