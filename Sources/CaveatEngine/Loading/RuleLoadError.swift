/// Rules could not be loaded. Loading is all or nothing: there is never a partial rule set.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file order.
    public var problems: [RuleProblem]

    /// An error listing `problems`.
    public init(problems: [RuleProblem]) {
        self.problems = problems
    }

    /// One line per problem.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
