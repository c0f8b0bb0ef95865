/// Renders the rule reference (`docs/rules.md`) from a rule set, so the documentation cannot drift from the
/// rules: title, id, severity, category, rationale, references and examples of every rule.
public enum RuleDocumentation {
    /// The whole reference as Markdown, rules grouped by category (categories and rules sorted by name/id).
    public static func markdown(for rules: RuleSet, title: String = "caveat rules") -> String {
        var out = "# \(title)\n\n"
        out += "<!-- Generated from the rule files by caveat; do not edit by hand. -->\n\n"
        let byCategory = Dictionary(grouping: rules.rules, by: \.info.category)
        let categories = byCategory.keys.sorted()
        out += "| Rule | Severity | Category | Title |\n|---|---|---|---|\n"
        for category in categories {
            for rule in byCategory[category, default: []].sorted(by: { $0.info.id < $1.info.id }) {
                out += "| [`\(rule.info.id)`](#\(rule.info.id)) | \(rule.info.severity.rawValue) | \(category) | "
                    + "\(escapeCell(rule.info.title)) |\n"
            }
        }
        for category in categories {
            out += "\n## \(category)\n"
            for rule in byCategory[category, default: []].sorted(by: { $0.info.id < $1.info.id }) {
                out += "\n" + section(for: rule)
            }
        }
        return out
    }

    /// One rule's section.
    public static func section(for rule: Rule) -> String {
        let info = rule.info
        var out = "### \(info.id)\n\n**\(info.title)**\n\n"
        out += "- Severity: \(info.severity.rawValue)\n"
        out += "- Kind: \(rule.kind.rawValue)\n"
        out += "- Precision: \(info.precision)\n"
        if !info.tags.isEmpty { out += "- Tags: \(info.tags.joined(separator: ", "))\n" }
        out += "- Message: \(info.message)\n\n"
        out += info.rationale + "\n"
        if let fix = info.fix { out += "\n**How to fix:** \(fix)\n" }
        if !info.references.isEmpty {
            out += "\nReferences:\n\n"
            for reference in info.references { out += "- \(reference)\n" }
        }
        out += "\nFlagged (the marked span is reported):\n\n"
        for example in rule.examples.flag { out += quote(example.replacingOccurrences("[[", "**").replacingOccurrences("]]", "**")) }
        out += "\nNot flagged:\n\n"
        for example in rule.examples.pass { out += quote(example) }
        return out
    }

    private static func quote(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") + "\n\n"
    }

    private static func escapeCell(_ text: String) -> String {
        text.replacingOccurrences("|", "\\|")
    }
}

private extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
