/// The outcome of running one rule's examples through every reader.
public struct RuleTestResult: Sendable, Hashable {
    /// The rule tested.
    public var ruleID: String
    /// Examples run (each example counts once per reader).
    public var checks: Int
    /// Every example that went wrong, per reader.
    public var failures: [RuleTestFailure]

    /// Whether every example behaved.
    public var passed: Bool { failures.isEmpty }
}
