public import CaveatEngine
public import Foundation

/// The findings that existed when a baseline was taken, so that a run can report only what is new.
///
/// Entries are matched by rule id, report path and the normalised text of the finding's sentence, never by line
/// numbers: a finding that moves because lines were added above it is still the same finding. Repeats count: a
/// baseline with two identical entries accepts two such findings, and a third is new.
public struct Baseline: Sendable, Hashable, Codable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Codable, Comparable {
        public var rule: String
        /// The path relative to the run's base path.
        public var path: String
        /// The normalised sentence text (see `Fingerprint.normalize`).
        public var sentence: String

        public init(rule: String, path: String, sentence: String) {
            self.rule = rule
            self.path = path
            self.sentence = sentence
        }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.path, lhs.rule, lhs.sentence) < (rhs.path, rhs.rule, rhs.sentence)
        }
    }

    /// The current file format version.
    public static let currentVersion = 1

    /// `"caveatBaseline": 1` in the file.
    public var caveatBaseline: Int
    /// Sorted by path, rule and sentence, repeats kept.
    public var entries: [Entry]

    /// A baseline of these entries (sorted here).
    public init(entries: [Entry]) {
        self.caveatBaseline = Baseline.currentVersion
        self.entries = entries.sorted()
    }

    /// A baseline accepting every counted finding of the run.
    public init(run: LintRun) {
        self.init(entries: run.files.flatMap { file in
            file.findings.map { Entry(finding: $0, path: run.reportPath(file.path)) }
        })
    }

    /// Reads a baseline file.
    public init(data: Data) throws {
        let decoded = try JSONDecoder().decode(Baseline.self, from: data)
        guard decoded.caveatBaseline == Baseline.currentVersion else {
            throw BaselineError(message: "unsupported baseline version \(decoded.caveatBaseline) "
                + "(this caveat reads version \(Baseline.currentVersion))")
        }
        self.init(entries: decoded.entries)
    }

    /// Reads a baseline file from disk; the error names the file and the cause.
    public static func load(from path: String) throws(BaselineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaselineError(message: "\(path): cannot read baseline file")
        }
        do {
            return try Baseline(data: data)
        } catch let error as BaselineError {
            throw BaselineError(message: "\(path): \(error.message)")
        } catch {
            throw BaselineError(message: "\(path): not a caveat baseline (\(error))")
        }
    }

    /// The baseline as pretty JSON with sorted keys, ending in a newline (stable in version control).
    public func encoded() -> Data {
        let value: JSONValue = [
            "caveatBaseline": .int(caveatBaseline),
            "entries": .array(entries.map { ["rule": .string($0.rule), "path": .string($0.path),
                                             "sentence": .string($0.sentence)] }),
        ]
        return Data((value.pretty() + "\n").utf8)
    }

    /// The run without the findings this baseline accepts, and the entries no finding matched any more (fixed).
    /// The returned run has `baselinedCount` and `fixedSinceBaseline` set.
    public func apply(to run: LintRun) -> (run: LintRun, fixed: [Entry]) {
        var remaining: [Entry: Int] = [:]
        for entry in entries { remaining[entry, default: 0] += 1 }
        var result = run
        var accepted = 0
        for index in result.files.indices {
            let path = run.reportPath(result.files[index].path)
            result.files[index].findings = result.files[index].findings.filter { finding in
                let entry = Entry(finding: finding, path: path)
                guard let count = remaining[entry], count > 0 else { return true }
                remaining[entry] = count - 1
                accepted += 1
                return false
            }
        }
        var fixed: [Entry] = []
        for entry in entries where remaining[entry, default: 0] > 0 {
            remaining[entry]! -= 1
            fixed.append(entry)
        }
        result.baselinedCount = run.baselinedCount + accepted
        result.fixedSinceBaseline = fixed
        return (result, fixed)
    }
}

extension Baseline.Entry {
    /// The entry a finding would have, given its report path.
    public init(finding: Finding, path: String) {
        self.init(rule: finding.ruleID, path: path, sentence: Fingerprint.normalizedText(of: finding))
    }
}
