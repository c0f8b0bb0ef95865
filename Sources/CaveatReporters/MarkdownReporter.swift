import CaveatEngine
import CaveatDocument

/// A pull-request comment: counts by severity and by rule, the first findings with links to their lines, the rest
/// folded into `<details>`, and what was fixed since the baseline.
public struct MarkdownReporter: Reporter {
    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "markdown" }
    /// The usual file extension.
    public var fileExtension: String { "md" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The whole report for `run`.
    public func render(_ run: LintRun) -> String {
        let summary = RunSummary(run)
        var out = "## caveat: \(MarkdownReporter.inline(summary.line))\n\n"
        if summary.findings > 0 {
            out += "| Severity | Findings |\n| --- | ---: |\n"
            for severity in Severity.allCases.reversed() {
                out += "| \(MarkdownReporter.icon(severity)) \(severity.rawValue) | \(summary.bySeverity[severity, default: 0]) |\n"
            }
            out += "\n"
            var byRule: [String: (severity: Severity, count: Int)] = [:]
            for finding in run.allFindings {
                let current = byRule[finding.ruleID]
                byRule[finding.ruleID] = (max(current?.severity ?? .info, finding.severity), (current?.count ?? 0) + 1)
            }
            // Most findings first; ties by rule id, so the order is stable.
            let ordered = byRule.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
            out += "| Rule | Severity | Findings |\n| --- | --- | ---: |\n"
            for (id, entry) in ordered {
                let title = run.rule(id).map { " " + MarkdownReporter.cell($0.title) } ?? ""
                out += "| [`\(id)`](\(options.ruleURL(id)))\(title) | \(entry.severity.rawValue) | \(entry.count) |\n"
            }
            out += "\n"
            // Errors first, then warnings, then info; within a severity, the run's order.
            let findings = run.files.flatMap { file in file.findings.map { (file, $0) } }
                .enumerated().sorted { ($1.element.1.severity, $0.offset) < ($0.element.1.severity, $1.offset) }
                .map(\.element)
            let top = max(0, options.markdownTopFindings)
            out += "### Top findings\n\n"
            for (file, finding) in findings.prefix(top) { out += item(run, file, finding) }
            if findings.count > top {
                out += "\n<details>\n<summary>\(findings.count - top) more findings</summary>\n\n"
                for (file, finding) in findings.dropFirst(top) { out += item(run, file, finding) }
                out += "\n</details>\n"
            }
        }
        let errors = run.files.flatMap { file in file.errors.map { (run.reportPath(file.path), $0) } }
        if !errors.isEmpty {
            out += "\n### Input errors\n\n"
            for (path, error) in errors {
                out += "- `\(MarkdownReporter.code(path))`: \(MarkdownReporter.inline(error.message)) (`\(error.code)`)\n"
            }
        }
        if !run.fixedSinceBaseline.isEmpty {
            out += "\n<details>\n<summary>\(run.fixedSinceBaseline.count) fixed since baseline</summary>\n\n"
            for entry in run.fixedSinceBaseline {
                out += "- `\(MarkdownReporter.code(entry.path))` `\(entry.rule)`: "
                    + "\(MarkdownReporter.inline(entry.sentence))\n"
            }
            out += "\n</details>\n"
        }
        return out
    }

    private func item(_ run: LintRun, _ file: FileReport, _ finding: Finding) -> String {
        let path = run.reportPath(file.path)
        let line = finding.span.start.line
        // GitHub renders Markdown files, where line anchors do not exist; `?plain=1` shows the source with them.
        let lowered = path.lowercased()
        let plain = lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") ? "?plain=1" : ""
        let link = options.linkBase + RunPaths.uriEncoded(path) + plain + "#L\(line)"
        return "- \(MarkdownReporter.icon(finding.severity)) **\(finding.severity.rawValue)** "
            + "[`\(MarkdownReporter.code(path)):\(line):\(finding.span.start.column)`](\(link)) "
            + "\(MarkdownReporter.inline(finding.message)) ([`\(finding.ruleID)`](\(options.ruleURL(finding.ruleID))))\n"
    }

    static func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: "🔴"
        case .warning: "🟠"
        case .info: "🔵"
        }
    }

    /// Text safe in running Markdown: HTML is escaped and Markdown punctuation backslash-escaped, line breaks
    /// become spaces.
    static func inline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text inside a table cell.
    static func cell(_ text: String) -> String { inline(text) }

    /// Text inside a code span: backticks cannot be escaped there, so they are replaced.
    static func code(_ text: String) -> String {
        String(text.map { $0 == "`" ? "'" : $0 }).replacingNewlines()
    }
}

private extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" || $0 == "\r" ? " " : $0 }) }
}
