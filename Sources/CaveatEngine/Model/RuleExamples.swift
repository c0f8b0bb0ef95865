/// The texts a rule must flag and must pass. In `flag` texts, `[[` and `]]` mark each expected finding span.
public struct RuleExamples: Sendable, Hashable, Codable {
    /// Texts the rule must flag, expected spans marked with `[[` `]]`.
    public var flag: [String]
    /// Texts the rule must not flag.
    public var pass: [String]

    /// Examples as written in a rule file.
    public init(flag: [String], pass: [String]) {
        self.flag = flag
        self.pass = pass
    }
}
