public import CaveatEngine
import Foundation

/// Everything one `caveat lint` run produced, as every reporter consumes it.
public struct LintRun: Sendable {
    /// One report per input, in the order the inputs were given.
    public var files: [FileReport]
    /// Every rule that ran (reporters list them: SARIF `tool.driver.rules`, JUnit test cases).
    public var rules: [RuleInfo]
    /// The caveat version (`0.1.0`).
    public var toolVersion: String
    /// An absolute directory; report paths under it are written relative to it (SARIF `%SRCROOT%`).
    public var basePath: String
    /// Baseline entries that no longer match any finding: the content was fixed since the baseline was written.
    public var fixedSinceBaseline: [Baseline.Entry]
    /// How many findings a baseline accepted (and removed from `files`).
    public var baselinedCount: Int
    /// The directory relative input paths are relative to (absolute).
    public var workingDirectory: String
    /// Records of web archives (WARC) that held no document to lint and were skipped.
    public var skippedRecords = 0

    /// - Parameters:
    ///   - basePath: `--base-path`; defaults to the working directory, and a relative one is taken from it.
    ///   - workingDirectory: defaults to the process's; tests pass a fixed one.
    public init(files: [FileReport], rules: [RuleInfo], toolVersion: String, basePath: String? = nil,
                workingDirectory: String? = nil, fixedSinceBaseline: [Baseline.Entry] = [], baselinedCount: Int = 0) {
        self.files = files
        self.rules = rules
        self.toolVersion = toolVersion
        let cwd = RunPaths.absolute(workingDirectory ?? FileManager.default.currentDirectoryPath, relativeTo: "/")
        self.workingDirectory = cwd
        self.basePath = RunPaths.absolute(basePath ?? cwd, relativeTo: cwd)
        self.fixedSinceBaseline = fixedSinceBaseline
        self.baselinedCount = baselinedCount
    }

    /// Every counted finding, file by file, each file's findings in their (position) order.
    public var allFindings: [Finding] { files.flatMap(\.findings) }

    /// Every input error, file by file.
    public var allErrors: [InputError] { files.flatMap(\.errors) }

    /// The number of findings of each severity (every severity present, zero when none).
    public var countsBySeverity: [Severity: Int] {
        var counts: [Severity: Int] = [.error: 0, .warning: 0, .info: 0]
        for finding in allFindings { counts[finding.severity, default: 0] += 1 }
        return counts
    }

    /// Findings silenced by inline comments, over all files.
    public var suppressedCount: Int { files.reduce(0) { $0 + $1.suppressed.count } }

    /// Files with at least one counted finding.
    public var filesWithFindings: Int { files.filter { !$0.findings.isEmpty }.count }

    /// Whether some input could not be linted (a fatal input error).
    public var hasFatalErrors: Bool { allErrors.contains(where: \.isFatal) }

    /// The rule with this id, if it ran.
    public func rule(_ id: String) -> RuleInfo? { ruleIndex[id].map { rules[$0] } }

    /// Position of each rule in `rules`, for SARIF `ruleIndex`.
    public var ruleIndex: [String: Int] {
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        return index
    }

    /// The path as machine-readable reports show it: relative to `basePath` when the file lies under it
    /// (`/` separators, no `./`), otherwise absolute; `<stdin>` unchanged.
    public func reportPath(_ path: String) -> String {
        RunPaths.relative(path, to: basePath, workingDirectory: workingDirectory)
    }

    /// The report for a path, for reporters that need the document behind a finding.
    func fileReport(for path: String) -> FileReport? { files.first { $0.path == path } }
}
