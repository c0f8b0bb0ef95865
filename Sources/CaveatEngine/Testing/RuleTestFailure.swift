/// One example a rule got wrong, with what was expected and what came out.
public struct RuleTestFailure: Sendable, Hashable, CustomStringConvertible {
    /// Which list the example came from.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A text the rule must flag.
        case flag
        /// A text the rule must not flag.
        case pass
    }

    /// The rule tested.
    public var ruleID: String
    /// The reader the example went through (`html`, `text`...).
    public var reader: String
    /// Whether it was a `flag` or a `pass` example.
    public var kind: Kind
    /// 1-based index of the example in its list.
    public var exampleIndex: Int
    /// The example text, markers removed.
    public var text: String
    /// Expected finding spans (UTF-8 byte ranges of `text`).
    public var expected: [Range<Int>]
    /// Finding spans reported (UTF-8 byte ranges of `text`).
    public var got: [Range<Int>]
    /// The explanation, e.g. `flag example 1 (html): expected "stop taking Xanax" (1:11-1:28); got "stop" (1:11-1:15)`.
    public var message: String

    /// `rule 'id': message`.
    public var description: String { "rule '\(ruleID)': \(message)" }
}
