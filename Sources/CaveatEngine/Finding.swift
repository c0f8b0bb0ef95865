public import CaveatDocument

/// One thing a rule found, pointing at the exact place in the source file.
public struct Finding: Sendable, Hashable {
    /// The rule's id (`dosing-claim`).
    public var ruleID: String
    public var severity: Severity
    /// The rendered message (placeholders such as `{match}` filled in).
    public var message: String
    /// The file path as the user gave it.
    public var path: String
    /// The flagged span (end exclusive).
    public var span: SourceSpan
    /// The flagged text.
    public var excerpt: String
    /// Titles of the headings above the finding, outermost first.
    public var sectionPath: [String]
    /// The text of the sentence that holds the finding, white space collapsed; used for baselines and fingerprints.
    public var sentence: String
    /// Index of the block in the document, for reporters that show the article.
    public var blockIndex: Int
    /// The flagged range in that block's text (UTF-8 offsets).
    public var textRange: Range<Int>
    /// Other places that explain the finding (for a `require` rule: where the companion was expected).
    public var related: [RelatedLocation]
    /// A suggested replacement, when the rule has one.
    public var suggestion: Suggestion?

    public init(ruleID: String, severity: Severity, message: String, path: String, span: SourceSpan, excerpt: String,
                sectionPath: [String] = [], sentence: String = "", blockIndex: Int = 0, textRange: Range<Int> = 0..<0,
                related: [RelatedLocation] = [], suggestion: Suggestion? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.span = span
        self.excerpt = excerpt
        self.sectionPath = sectionPath
        self.sentence = sentence
        self.blockIndex = blockIndex
        self.textRange = textRange
        self.related = related
        self.suggestion = suggestion
    }
}

/// A secondary location attached to a finding.
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var message: String
    public var span: SourceSpan

    public init(message: String, span: SourceSpan) {
        self.message = message
        self.span = span
    }
}

/// A replacement for the flagged span.
public struct Suggestion: Sendable, Hashable, Codable {
    /// The text to put in place of the flagged span.
    public var replacement: String
    /// The span to replace (usually the finding's own span).
    public var span: SourceSpan

    public init(replacement: String, span: SourceSpan) {
        self.replacement = replacement
        self.span = span
    }
}
