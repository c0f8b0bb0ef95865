/// What reporters and documentation need to know about a rule, independent of how it matches.
public struct RuleInfo: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var severity: Severity
    public var category: String
    /// The message template, placeholders unfilled.
    public var message: String
    /// Why the rule exists, in a few sentences.
    public var rationale: String
    /// Guidance the rule rests on (URLs or citations).
    public var references: [String]
    /// Extra labels (`health`, `promotion`, ...).
    public var tags: [String]
    /// How often the rule is right when it fires: `very-high`, `high`, `medium`, `low` (as in SARIF).
    public var precision: String
    /// How to fix what the rule flags, when it can be said in general.
    public var fix: String?

    public init(id: String, title: String, severity: Severity, category: String, message: String, rationale: String,
                references: [String] = [], tags: [String] = [], precision: String = "medium", fix: String? = nil) {
        self.id = id
        self.title = title
        self.severity = severity
        self.category = category
        self.message = message
        self.rationale = rationale
        self.references = references
        self.tags = tags
        self.precision = precision
        self.fix = fix
    }
}
