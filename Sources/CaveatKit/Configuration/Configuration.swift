public import CaveatEngine

/// The settings in a `.caveat.json` file.
///
/// ```json
/// { "caveat": 1,
///   "rules": { "disable": ["readability-grade"], "only": null,
///              "severity": { "dosing-claim": "error" } },
///   "rulePaths": ["house-rules/"],
///   "ignore": ["drafts/**", "*.min.html"],
///   "allow": ["1-800-555-0100"],
///   "failOn": "warning" }
/// ```
/// Paths inside the file are relative to the file's folder.
public struct Configuration: Sendable, Hashable {
    /// The file the configuration came from; `nil` for the built-in defaults.
    public var path: String?
    /// Rule ids to run exclusively; `nil` runs every enabled rule.
    public var only: Set<String>?
    /// Rule ids turned off.
    public var disable: Set<String>
    /// Severity overrides by rule id.
    public var severity: [String: Severity]
    /// Extra rule files or folders, resolved against the configuration's folder.
    public var rulePaths: [String]
    /// Globs of paths not to lint, relative to the configuration's folder.
    public var ignore: [String]
    /// Extra allow-list entries (helplines, own numbers) for every rule that has an allow-list.
    public var allow: [String]
    /// The level at which findings fail the run, unless `--fail-on` says otherwise.
    public var failOn: FailLevel?

    public init(path: String? = nil, only: Set<String>? = nil, disable: Set<String> = [],
                severity: [String: Severity] = [:], rulePaths: [String] = [], ignore: [String] = [],
                allow: [String] = [], failOn: FailLevel? = nil) {
        self.path = path
        self.only = only
        self.disable = disable
        self.severity = severity
        self.rulePaths = rulePaths
        self.ignore = ignore
        self.allow = allow
        self.failOn = failOn
    }

    /// The folder the configuration file is in (paths in it are relative to this), or `.`.
    public var directory: String {
        guard let path, let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}
