import CaveatEngine

/// Everything `caveat lint` was asked to do, as parsed from the command line.
public struct LintSettings: Sendable {
    /// Files, folders, or `-` for standard input.
    public var paths: [String]
    public var standardInputFormat: DocumentFormatOption = .text
    public var standardInputPath = "<stdin>"
    /// `--rules` files or folders.
    public var rulePaths: [String] = []
    public var useBuiltInRules = true
    /// `--config`; when `nil`, `.caveat.json` files are looked up from each file's folder.
    public var configPath: String?
    /// `--no-config`.
    public var ignoreConfigurationFiles = false
    public var only: Set<String>?
    public var disabled: Set<String> = []
    /// `--fail-on`; when `nil`, the configuration's `failOn`, else `error`.
    public var failOn: FailLevel?
    /// The format printed on standard output.
    public var format = "text"
    /// `--report FORMAT=PATH` outputs, in order.
    public var reports: [ReportRequest] = []
    public var basePath: String?
    public var baselinePath: String?
    public var writeBaselinePath: String?
    public var maxAnnotations: Int?
    public var color = false
    /// Where rule documentation lives (SARIF `helpUri`, report links); `nil` keeps the default.
    public var docsURL: String?
    /// Files linted at once; `nil` uses every core.
    public var jobs: Int?
    /// `--allow` entries, added to every rule's allow-list (with the configuration's `allow`).
    public var allow: [String] = []
    /// Threshold overrides (`--threshold readability-grade=12`).
    public var thresholds: [String: Double] = [:]

    public init(paths: [String]) {
        self.paths = paths
    }
}

/// One `--report FORMAT=PATH`.
public struct ReportRequest: Sendable, Hashable {
    public var format: String
    public var path: String

    public init(format: String, path: String) {
        self.format = format
        self.path = path
    }

    /// Parses `FORMAT=PATH`.
    public init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        let path = argument[argument.index(after: equals)...]
        guard !path.isEmpty else { return nil }
        self.format = String(argument[..<equals])
        self.path = String(path)
    }
}
