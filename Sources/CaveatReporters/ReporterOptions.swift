/// Settings shared by the reporters; each reporter reads the ones that concern it.
public struct ReporterOptions: Sendable, Hashable {
    /// Where rule documentation lives; a rule's page is `docsURL#rule-id` (SARIF `helpUri`, rdjsonl `code.url`,
    /// Markdown and HTML links). SARIF wants an absolute URI, so set this to the published docs/rules.md.
    public var docsURL: String
    /// ANSI colours in the `text` format (`--color`); never on by default.
    public var color: Bool
    /// The most `github` annotations of each level (error, warning, notice) to emit. GitHub shows at most 10 of
    /// each per step and 50 per job and drops the rest, so 10 is the default (`--max-annotations`).
    public var maxAnnotations: Int
    /// Prefix for file links in the `markdown` report (`https://github.com/o/r/blob/<sha>/`); empty means
    /// links relative to the comment's page.
    public var linkBase: String
    /// How many findings the `markdown` report lists before folding the rest into `<details>`.
    public var markdownTopFindings: Int
    /// SARIF `runAutomationDetails.id`, the code-scanning category (`caveat/articles/`); omitted when empty.
    public var category: String
    /// Title of the `html` report.
    public var title: String

    /// The published rule documentation; the lead should point it at the real repository.
    public static let defaultDocsURL = "https://github.com/caveat-lint/caveat/blob/main/docs/rules.md"

    /// Settings with defaults suited to a local run.
    public init(docsURL: String = ReporterOptions.defaultDocsURL, color: Bool = false, maxAnnotations: Int = 10,
                linkBase: String = "", markdownTopFindings: Int = 10, category: String = "",
                title: String = "caveat report") {
        self.docsURL = docsURL
        self.color = color
        self.maxAnnotations = maxAnnotations
        self.linkBase = linkBase
        self.markdownTopFindings = markdownTopFindings
        self.category = category
        self.title = title
    }

    /// The documentation link of a rule.
    public func ruleURL(_ id: String) -> String { docsURL + "#" + id }
}
