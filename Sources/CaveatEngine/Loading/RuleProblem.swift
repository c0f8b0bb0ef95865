/// One problem found while loading rules, reported on one line:
/// `file:line:column: rule 'id': cause (did you mean 'x'?)`.
public struct RuleProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file, as named in `RuleSource` (`Rules/dosing.json` for built-in rules).
    public var file: String
    /// 1-based line and column (in Unicode scalars) of the offending value or key, when known.
    public var line: Int?
    /// See `line`.
    public var column: Int?
    /// The JSON pointer of the offending value (`/rules/0/severity`), when known.
    public var pointer: String?
    /// The id of the rule concerned, when known.
    public var ruleID: String?
    /// The cause, with a suggestion when there is one.
    public var message: String

    /// A problem; `description` renders it on one line.
    public init(file: String, line: Int? = nil, column: Int? = nil, pointer: String? = nil, ruleID: String? = nil,
                message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
        self.ruleID = ruleID
        self.message = message
    }

    /// `file:line:column: rule 'id': cause`.
    public var description: String {
        var text = file
        if let line, let column { text += ":\(line):\(column)" }
        text += ": "
        if let ruleID { text += "rule '\(ruleID)': " }
        return text + message
    }
}
