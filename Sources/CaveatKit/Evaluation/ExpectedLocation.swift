/// A place where a labelled document must have a finding of a given rule: the finding's first character.
public struct ExpectedLocation: Sendable, Hashable, Codable {
    public var rule: String
    /// 1-based line.
    public var line: Int
    /// 1-based column in Unicode scalars, as `SourceLocation` counts it.
    public var column: Int

    public init(rule: String, line: Int, column: Int) {
        self.rule = rule
        self.line = line
        self.column = column
    }
}
