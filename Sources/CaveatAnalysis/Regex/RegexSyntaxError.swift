/// A pattern that `BoundedRegex` refuses to compile, with the position of the problem.
///
/// Rule loaders show it to the rule's author, so the message names the construct and, for features that would need
/// backtracking, says why caveat does not offer them.
public struct RegexSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem starts in the pattern: a 0-based count of Unicode scalars (for ASCII patterns, characters).
    public var offset: Int
    /// What is wrong, in one sentence without the position (`missing ')' to close the group that starts here`).
    public var message: String

    /// Creates an error at `offset` (in Unicode scalars of the pattern).
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// `offset 3: message`, ready to follow `rule 'id': invalid regex at `.
    public var description: String { "offset \(offset): \(message)" }
}
