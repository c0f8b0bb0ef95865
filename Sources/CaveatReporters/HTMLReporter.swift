import CaveatEngine
import CaveatDocument

/// One self-contained HTML page for a medical reviewer: no network access, no external assets.
///
/// A summary table of files × severities, filters by severity and rule (plain JavaScript; `#hide=warning,rule-id` in
/// the URL presets them), then each article in a `<details>` (collapsed when there are many) with its text laid out
/// readably — headings as headings, page chrome dimmed and hidden unless asked for — and every finding highlighted
/// in place with a `<mark>`, its message, rationale, fix, suggestion and references in a note beside the paragraph.
/// All text is HTML-escaped.
public struct HTMLReporter: Reporter {
    /// Articles are expanded when the report has at most this many files.
    public static let openFileLimit = 5

    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "html" }
    /// The usual file extension.
    public var fileExtension: String { "html" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The whole report for `run`.
    public func render(_ run: LintRun) -> String {
        let summary = RunSummary(run)
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"generator\" content=\"caveat \(esc(run.toolVersion))\">\n"
            + "<title>\(esc(options.title))</title>\n<style>\n\(HTMLAssets.css)</style>\n</head>\n"
            + "<body data-findings=\"\(summary.findings)\">\n"
        out += "<header>\n<h1>\(esc(options.title))</h1>\n<p class=\"summary\">\(esc(summary.line))</p>\n</header>\n"
        out += filters(run, summary)
        out += overview(run)
        if !run.fixedSinceBaseline.isEmpty {
            out += "<section class=\"fixed\">\n<h2>Fixed since baseline</h2>\n<ul>\n"
            for entry in run.fixedSinceBaseline {
                out += "<li><code>\(esc(entry.path))</code> <code>\(esc(entry.rule))</code>: \(esc(entry.sentence))</li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        out += "<main>\n"
        let open = run.files.count <= HTMLReporter.openFileLimit
        let rules = Dictionary(run.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, file) in run.files.enumerated() {
            out += article(run, rules, file, number: index + 1, open: open)
        }
        out += "</main>\n<script>\n\(HTMLAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Page parts

    private func filters(_ run: LintRun, _ summary: RunSummary) -> String {
        var out = "<section id=\"filters\" aria-label=\"Filters\">\n<fieldset>\n<legend>Severity</legend>\n"
        for severity in Severity.allCases.reversed() {
            out += "<label><input type=\"checkbox\" data-filter=\"severity\" value=\"\(severity.rawValue)\" checked> "
                + "<span class=\"badge sev-\(severity.rawValue)\">\(severity.rawValue)</span> "
                + "(\(summary.bySeverity[severity, default: 0]))</label>\n"
        }
        out += "</fieldset>\n<fieldset>\n<legend>Rule</legend>\n"
        var counts: [String: Int] = [:]
        for finding in run.allFindings { counts[finding.ruleID, default: 0] += 1 }
        let ids = run.rules.map(\.id) + counts.keys.filter { run.rule($0) == nil }.sorted()
        for id in ids {
            out += "<label><input type=\"checkbox\" data-filter=\"rule\" value=\"\(esc(id))\" checked> "
                + "<code>\(esc(id))</code> (\(counts[id, default: 0]))</label>\n"
        }
        out += "</fieldset>\n<label class=\"chrome-toggle\"><input type=\"checkbox\" id=\"show-chrome\"> "
            + "Show page chrome (navigation, footers, sidebars)</label>\n"
            + "<label class=\"clean-toggle\"><input type=\"checkbox\" id=\"hide-clean\" checked> "
            + "Hide files without findings</label>\n"
            + "<p id=\"visible-count\" aria-live=\"polite\">\(summary.findings) of \(summary.findings) findings shown</p>\n"
            + "</section>\n"
        return out
    }

    private func overview(_ run: LintRun) -> String {
        var out = "<table class=\"overview\">\n<thead><tr><th scope=\"col\">File</th>"
        for severity in Severity.allCases.reversed() { out += "<th scope=\"col\">\(severity.rawValue)</th>" }
        out += "<th scope=\"col\">suppressed</th><th scope=\"col\">input errors</th></tr></thead>\n<tbody>\n"
        for (index, file) in run.files.enumerated() {
            out += "<tr\(HTMLReporter.isClean(file) ? " data-clean" : "")><th scope=\"row\">"
                + "<a href=\"#file-\(index + 1)\">\(esc(run.reportPath(file.path)))</a></th>"
            for severity in Severity.allCases.reversed() {
                let count = file.findings.filter { $0.severity == severity }.count
                out += count == 0 ? "<td>0</td>" : "<td class=\"sev-\(severity.rawValue)\">\(count)</td>"
            }
            out += "<td>\(file.suppressed.count)</td><td>\(file.errors.count)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    private func article(_ run: LintRun, _ rules: [String: RuleInfo], _ file: FileReport, number: Int,
                         open: Bool) -> String {
        let path = run.reportPath(file.path)
        let severities = Set(file.findings.map(\.severity.rawValue)).sorted().joined(separator: " ")
        let clean = HTMLReporter.isClean(file) ? " data-clean" : ""
        var out = "<details class=\"file\" id=\"file-\(number)\" data-severities=\"\(severities)\"\(clean)\(open ? " open" : "")>\n"
            + "<summary><span class=\"path\">\(esc(path))</span> "
            + "<span class=\"counts\">\(esc(RunSummary.plural(file.findings.count, "finding")))</span></summary>\n"
        for error in file.errors {
            out += "<p class=\"input-error\"><span class=\"badge sev-error\">\(error.isFatal ? "error" : "warning")</span> "
                + "\(esc(error.message)) <code>\(esc(error.code))</code></p>\n"
        }
        // Findings are numbered within the file; the number links a highlight to its note.
        var byBlock: [Int: [NumberedFinding]] = [:]
        var unplaced: [NumberedFinding] = []
        for (offset, finding) in file.findings.enumerated() {
            let entry = NumberedFinding(id: "f\(number)-\(offset + 1)", label: offset + 1, finding: finding)
            if let document = file.document, HTMLReporter.isPlaceable(finding, in: document) {
                byBlock[finding.blockIndex, default: []].append(entry)
            } else {
                unplaced.append(entry)
            }
        }
        if !unplaced.isEmpty {
            out += "<div class=\"row\">\n<p class=\"block unplaced\">Findings not shown in the text:</p>\n"
                + notes(rules, unplaced) + "</div>\n"
        }
        if let document = file.document {
            out += "<article>\n"
            for (index, block) in document.blocks.enumerated() {
                out += flaggedBlock(block, byBlock[index] ?? [], rules)
            }
            out += "</article>\n"
        }
        out += "</details>\n"
        return out
    }

    /// A block with its findings highlighted and their notes beside it (in parts when the paragraph is long).
    private func flaggedBlock(_ block: Block, _ findings: [NumberedFinding], _ rules: [String: RuleInfo]) -> String {
        if findings.isEmpty { return blockHTML(block, body: esc(block.text)) }
        let parts = HTMLReporter.parts(of: block, findings: findings.map(\.finding.textRange))
        let bytes = Array(block.text.utf8)
        var out = ""
        for (partIndex, part) in parts.enumerated() {
            let here = findings.filter { part.contains($0.finding.textRange.lowerBound) }
            var rowClass = "row"
            if parts.count > 1 {
                rowClass += partIndex == 0 ? " part first" : partIndex == parts.count - 1 ? " part last" : " part"
            }
            out += "<div class=\"\(rowClass)\">\n" + blockHTML(block, body: highlighted(bytes, window: part, findings))
                + notes(rules, here) + "</div>\n"
        }
        return out
    }

    private struct NumberedFinding {
        var id: String
        var label: Int
        var finding: Finding
    }

    /// Where a long flagged paragraph is cut so that each finding's note sits beside its sentence: at the start of
    /// each sentence holding the start of a finding, never inside a finding. Short paragraphs stay whole.
    static func parts(of block: Block, findings: [Range<Int>]) -> [Range<Int>] {
        let count = block.text.utf8.count
        guard count > HTMLReporter.splitThreshold, block.sentences.count > 1 else { return [0..<count] }
        var cuts = Set<Int>()
        for range in findings {
            guard let sentence = block.sentences.last(where: { Int($0.start) <= range.lowerBound }) else { continue }
            let cut = Int(sentence.start)
            if cut > 0, cut < count, !findings.contains(where: { $0.lowerBound < cut && cut < $0.upperBound }) {
                cuts.insert(cut)
            }
        }
        let bounds = [0] + cuts.sorted() + [count]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// Flagged paragraphs longer than this many bytes are cut at sentences (see `parts(of:findings:)`).
    static let splitThreshold = 500

    /// The block's element around `body` (escaped, possibly highlighted text).
    private func blockHTML(_ block: Block, body: String) -> String {
        let flagged = body.contains("<mark")
        let chrome = block.region.isChrome ? " chrome\(flagged ? " flagged" : "")" : ""
        let region = block.region.isChrome ? " data-region=\"\(block.region.rawValue)\"" : ""
        switch block.kind {
        case .heading:
            let level = min(6, max(1, block.level) + 1)
            return "<h\(level) class=\"block\(chrome)\"\(region)>\(body)</h\(level)>\n"
        case .title:
            return "<p class=\"block title\(chrome)\"\(region)>\(body)</p>\n"
        case .preformatted:
            return "<pre class=\"block\(chrome)\"\(region)>\(body)</pre>\n"
        case .blockquote:
            return "<blockquote class=\"block\(chrome)\"\(region)>\(body)</blockquote>\n"
        case .listItem:
            return "<p class=\"block li\(chrome)\"\(region)>\(body)</p>\n"
        case .tableCell:
            return "<p class=\"block td\(chrome)\"\(region)>\(body)</p>\n"
        case .caption:
            return "<p class=\"block caption\(chrome)\"\(region)>\(body)</p>\n"
        case .altText:
            return "<p class=\"block alt\(chrome)\"\(region)><span class=\"kind\">Image text:</span> \(body)</p>\n"
        case .paragraph:
            return "<p class=\"block\(chrome)\"\(region)>\(body)</p>\n"
        }
    }

    /// The block text with each finding's range wrapped in `<mark>`. Overlapping findings split the text into
    /// segments; a segment covered by several findings is marked once, in the most serious severity, and names them
    /// all. A numbered reference follows the end of each finding.
    private func highlighted(_ bytes: [UInt8], window: Range<Int>, _ findings: [NumberedFinding]) -> String {
        var bounds = Set([window.lowerBound, window.upperBound])
        for item in findings {
            for bound in [item.finding.textRange.lowerBound, item.finding.textRange.upperBound] where window.contains(bound) {
                bounds.insert(bound)
            }
        }
        let sorted = bounds.sorted()
        var out = ""
        for (start, end) in zip(sorted, sorted.dropFirst()) {
            let segment = esc(String(decoding: bytes[start..<end], as: UTF8.self))
            let covering = findings.filter { $0.finding.textRange.lowerBound <= start && end <= $0.finding.textRange.upperBound }
            if let worst = covering.map(\.finding.severity).max() {
                out += "<mark class=\"sev-\(worst.rawValue)\" data-f=\"\(covering.map(\.id).joined(separator: " "))\">"
                    + segment + "</mark>"
            } else {
                out += segment
            }
            for item in findings where item.finding.textRange.upperBound == end {
                out += "<a class=\"ref sev-\(item.finding.severity.rawValue)\" href=\"#\(item.id)\" "
                    + "aria-label=\"finding \(item.label)\">\(item.label)</a>"
            }
        }
        return out
    }

    private func notes(_ rules: [String: RuleInfo], _ findings: [NumberedFinding]) -> String {
        var out = "<aside class=\"notes\">\n"
        for item in findings {
            let finding = item.finding
            let severity = finding.severity.rawValue
            out += "<div class=\"note sev-\(severity)\" id=\"\(item.id)\" data-severity=\"\(severity)\" "
                + "data-rule=\"\(esc(finding.ruleID))\">\n"
                + "<p class=\"head\"><span class=\"num\">\(item.label)</span> <span class=\"badge sev-\(severity)\">"
                + "\(severity)</span> <a class=\"rule\" href=\"\(esc(options.ruleURL(finding.ruleID)))\">"
                + "\(esc(finding.ruleID))</a> <span class=\"where\">line \(finding.span.start.line), "
                + "column \(finding.span.start.column)</span></p>\n"
                + "<p class=\"message\">\(esc(finding.message))</p>\n"
            if let suggestion = finding.suggestion {
                out += "<p class=\"suggestion\">Suggested wording: <q>\(esc(suggestion.replacement))</q></p>\n"
            }
            for related in finding.related {
                out += "<p class=\"related\">Line \(related.span.start.line): \(esc(related.message))</p>\n"
            }
            if let rule = rules[finding.ruleID] {
                out += "<details class=\"why\"\(finding.severity == .error ? " open" : "")>"
                    + "<summary>\(esc(rule.title))</summary>\n"
                if !rule.rationale.isEmpty { out += "<p>\(esc(rule.rationale))</p>\n" }
                if let fix = rule.fix { out += "<p><strong>How to fix:</strong> \(esc(fix))</p>\n" }
                if !rule.references.isEmpty {
                    out += "<ul class=\"refs\">\n"
                    for reference in rule.references {
                        let isLink = reference.hasPrefix("https://") || reference.hasPrefix("http://")
                        out += isLink ? "<li><a href=\"\(esc(reference))\">\(esc(reference))</a></li>\n"
                            : "<li>\(esc(reference))</li>\n"
                    }
                    out += "</ul>\n"
                }
                out += "</details>\n"
            }
            out += "</div>\n"
        }
        out += "</aside>\n"
        return out
    }

    /// A file with nothing to show: no findings and no input errors (hidden unless the reader asks).
    static func isClean(_ file: FileReport) -> Bool { file.findings.isEmpty && file.errors.isEmpty }

    /// Whether the finding's block range lies inside its block and on character boundaries.
    static func isPlaceable(_ finding: Finding, in document: Document) -> Bool {
        guard document.blocks.indices.contains(finding.blockIndex) else { return false }
        let bytes = document.blocks[finding.blockIndex].text.utf8
        let range = finding.textRange
        guard range.lowerBound >= 0, range.lowerBound < range.upperBound, range.upperBound <= bytes.count else {
            return false
        }
        func isBoundary(_ offset: Int) -> Bool {
            offset == bytes.count || bytes[bytes.index(bytes.startIndex, offsetBy: offset)] & 0xC0 != 0x80
        }
        return isBoundary(range.lowerBound) && isBoundary(range.upperBound)
    }

    private func esc(_ text: String) -> String { XMLEscaping.escape(text) }
}
