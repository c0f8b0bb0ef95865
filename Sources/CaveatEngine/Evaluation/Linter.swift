public import CaveatDocument

/// Runs a rule set over documents. Create one per run and share it across threads.
public struct Linter: Sendable {
    /// The rules it runs.
    public let rules: RuleSet
    /// The run's choices.
    public let options: LintOptions
    /// Which rules run, after `only` and `disabled` (`nil`: all).
    private let active: [Bool]?
    /// The run's extra allow-list entries, applied to every rule.
    private let extraAllow: AllowList

    /// Cheap: the per-rule work was done when the rule set was loaded.
    public init(rules: RuleSet, options: LintOptions = LintOptions()) {
        self.rules = rules
        self.options = options
        if options.only != nil || !options.disabled.isEmpty {
            self.active = rules.rules.map { rule in
                (options.only?.contains(rule.info.id) ?? true) && !options.disabled.contains(rule.info.id)
            }
        } else {
            self.active = nil
        }
        self.extraAllow = AllowList(options.allow)
    }

    /// Lints one document: findings sorted by position then rule id, inline suppressions applied.
    public func lint(_ document: Document) -> FileReport {
        let plan = rules.plan
        let context = DocumentContext(document: document, matcher: rules.matcher, filters: plan.filters)
        let suppressions = Suppressions(document: document, knownRules: plan.ids)
        var findings: [(Finding, Int)] = []
        var suppressed: [(Finding, Int)] = []
        for index in plan.candidates(phrases: context.phraseHits.keys, active: active) {
            let rule = rules.rules[index]
            let runner = RuleRunner(rule: rule, context: context, allow: [plan.allowLists[index], extraAllow],
                                    threshold: options.thresholds[rule.info.id], filter: plan.filterIndex[index])
            for hit in runner.run() {
                let (finding, offset) = makeFinding(rule, hit, document)
                if !suppressions.isEmpty,
                   suppressions.silences(rule: rule.info.id, offset: offset, block: hit.occurrence.block) {
                    suppressed.append((finding, offset))
                } else {
                    findings.append((finding, offset))
                }
            }
        }
        return FileReport(path: document.source.path, document: document, findings: Linter.sorted(findings),
                          suppressed: Linter.sorted(suppressed), errors: suppressions.errors)
    }

    private static func sorted(_ findings: [(Finding, Int)]) -> [Finding] {
        findings.sorted { lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
            if lhs.0.ruleID != rhs.0.ruleID { return lhs.0.ruleID < rhs.0.ruleID }
            return lhs.0.span.end.offset < rhs.0.span.end.offset
        }.map(\.0)
    }

    /// The finding for a hit, and its decoded source offset (for sorting and suppression).
    private func makeFinding(_ rule: Rule, _ hit: RuleRunner.Hit, _ document: Document) -> (Finding, Int) {
        let occurrence = hit.occurrence
        let block = document.blocks[occurrence.block]
        let sourceRange = block.sourceRange(ofText: occurrence.range)
        let span = document.source.span(sourceRange)
        let excerpt = block.substring(occurrence.range)
        let collapsed = Linter.collapse(excerpt)
        var values = hit.values
        values["match"] = collapsed
        values["normalized"] = occurrence.value ?? collapsed
        let sentenceRange = sentenceRange(of: occurrence, in: block)
        let suggestion = rule.replacement.map { Suggestion(replacement: $0.render(values), span: span) }
        let finding = Finding(
            ruleID: rule.info.id,
            severity: options.severityOverrides[rule.info.id] ?? rule.info.severity,
            message: rule.message.render(values),
            path: document.source.path,
            span: span,
            excerpt: excerpt,
            sectionPath: document.sectionPath(ofBlock: occurrence.block),
            sentence: Linter.collapse(block.substring(sentenceRange)),
            blockIndex: occurrence.block,
            textRange: occurrence.range,
            related: hit.related,
            suggestion: suggestion)
        return (finding, sourceRange.lowerBound)
    }

    /// The sentence holding the start of the occurrence, widened to cover the whole occurrence.
    private func sentenceRange(of occurrence: Occurrence, in block: Block) -> Range<Int> {
        let count = block.text.utf8.count
        guard let sentence = block.sentences.last(where: { Int($0.start) <= occurrence.range.lowerBound }) else {
            return 0..<count
        }
        let end = max(Int(sentence.end), occurrence.range.upperBound)
        return Int(sentence.start)..<min(end, count)
    }

    /// White space runs collapsed to one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
