/// Finds a reporter by format name.
public enum ReporterRegistry {
    /// Every format name, in the order `--help` lists them.
    public static let names = ["text", "json", "jsonl", "sarif", "github", "junit", "rdjsonl", "markdown", "html", "codequality"]

    /// The reporter for a format name, or `nil` when the name is unknown.
    public static func reporter(named name: String, options: ReporterOptions = ReporterOptions()) -> (any Reporter)? {
        switch name {
        case "text": TextReporter(options: options)
        case "json": JSONReporter(options: options)
        case "sarif": SARIFReporter(options: options)
        case "github": GitHubReporter(options: options)
        case "junit": JUnitReporter(options: options)
        case "rdjsonl": RDJSONLReporter(options: options)
        case "markdown": MarkdownReporter(options: options)
        case "html": HTMLReporter(options: options)
        case "codequality": CodeQualityReporter(options: options)
        case "jsonl": JSONLinesReporter(options: options)
        default: nil
        }
    }
}
