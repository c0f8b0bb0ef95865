/// The texts a rule must flag and must pass. In `flag` texts, `[[` and `]]` mark each expected finding span.
public struct RuleExamples: Sendable, Hashable, Codable {
    public var flag: [String]
    public var pass: [String]

    public init(flag: [String], pass: [String]) {
        self.flag = flag
        self.pass = pass
    }
}
