import CaveatEngine
import CaveatDocument

/// JUnit XML, as GitLab CI (`artifacts:reports:junit`), Jenkins and test-report actions read it: one `testsuite`
/// per file, one `testcase` per rule that ran, a `failure` per rule with findings carrying every finding of it, and
/// an `error` test case when the file could not be read.
public struct JUnitReporter: Reporter {
    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "junit" }
    /// The usual file extension.
    public var fileExtension: String { "xml" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The whole report for `run`.
    public func render(_ run: LintRun) -> String {
        let rules = run.rules.map(\.id)
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for file in run.files {
            let byRule = Dictionary(grouping: file.findings, by: \.ruleID)
            // Rules that ran, plus any rule id a finding names that the run did not list (kept, never dropped).
            let fatal = file.errors.filter(\.isFatal)
            // A file that could not be read ran no rules: its only test case is the failed read.
            let ids = fatal.isEmpty ? rules + byRule.keys.filter { !rules.contains($0) }.sorted() : []
            let tests = ids.count + (fatal.isEmpty ? 0 : 1)
            let failures = ids.filter { byRule[$0] != nil }.count
            let errors = fatal.isEmpty ? 0 : 1
            totalTests += tests
            totalFailures += failures
            totalErrors += errors
            let path = XMLEscaping.attribute(run.reportPath(file.path))
            suites += "  <testsuite name=\"\(path)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\""
                + " skipped=\"0\">\n"
            if !fatal.isEmpty {
                let text = fatal.map { "\(file.path): error: \($0.message) [\($0.code)]" }.joined(separator: "\n")
                suites += "    <testcase classname=\"\(path)\" name=\"read\">\n"
                    + "      <error type=\"\(XMLEscaping.attribute(fatal[0].code))\" message=\""
                    + "\(XMLEscaping.attribute(fatal[0].message))\">\(XMLEscaping.escape(text))</error>\n"
                    + "    </testcase>\n"
            }
            for id in ids {
                suites += "    <testcase classname=\"\(path)\" name=\"\(XMLEscaping.attribute(id))\""
                guard let findings = byRule[id] else { suites += "/>\n"; continue }
                let worst = findings.map(\.severity).max() ?? .info
                let message = findings.count == 1 ? findings[0].message : "\(findings.count) findings: \(findings[0].message)"
                let body = findings.map { finding in
                    "\(file.path):\(finding.span.start.line):\(finding.span.start.column): "
                        + "\(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]\n"
                        + "  \u{201C}\(finding.excerpt)\u{201D}"
                }.joined(separator: "\n")
                suites += ">\n      <failure type=\"\(worst.rawValue)\" message=\"\(XMLEscaping.attribute(message))\">"
                    + XMLEscaping.escape(body) + "</failure>\n    </testcase>\n"
            }
            suites += "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"caveat\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n"
            + suites + "</testsuites>\n"
    }
}
