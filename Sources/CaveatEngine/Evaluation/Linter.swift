public import CaveatDocument

/// Runs a rule set over documents. Create one per run and share it across threads.
public struct Linter: Sendable {
    public let rules: RuleSet
    public let options: LintOptions
    /// The rules that run, after `only` and `disabled`.
    private let active: [Rule]
    private let allowLists: [AllowList]
    private let knownIDs: Set<String>
    /// The distinct region/kind filters of the active rules, and each rule's index into them.
    private let filters: [BlockFilter]
    private let filterIndex: [Int]
    /// Active rules that run on every document, and the others by the phrase ids that wake them up; a rule
    /// none of whose necessary phrases occur cannot fire, so 1,000 phrase rules cost almost nothing.
    private let alwaysRun: [Int]
    private let rulesByPhrase: [Int32: [Int]]

    public init(rules: RuleSet, options: LintOptions = LintOptions()) {
        self.rules = rules
        self.options = options
        let active = rules.rules.filter { rule in
            (options.only?.contains(rule.info.id) ?? true) && !options.disabled.contains(rule.info.id)
        }
        self.active = active
        self.allowLists = active.map { AllowList($0.allow + options.allow) }
        self.knownIDs = Set(rules.ids)
        var filters: [BlockFilter] = []
        var positions: [BlockFilter: Int] = [:]
        var filterIndex: [Int] = []
        for rule in active {
            let filter = BlockFilter(regions: rule.regions, kinds: rule.blockKinds)
            if let position = positions[filter] {
                filterIndex.append(position)
            } else {
                positions[filter] = filters.count
                filterIndex.append(filters.count)
                filters.append(filter)
            }
        }
        self.filters = filters
        self.filterIndex = filterIndex
        var alwaysRun: [Int] = []
        var rulesByPhrase: [Int32: [Int]] = [:]
        for (index, rule) in active.enumerated() {
            if let ids = rule.necessaryPhrases {
                for id in ids { rulesByPhrase[id, default: []].append(index) }
            } else {
                alwaysRun.append(index)
            }
        }
        self.alwaysRun = alwaysRun
        self.rulesByPhrase = rulesByPhrase
    }

    /// The indices of the active rules that can fire on a document, in rule order.
    private func candidates(_ context: DocumentContext) -> [Int] {
        var selected = alwaysRun
        for id in context.phraseHits.keys {
            if let rules = rulesByPhrase[id] { selected.append(contentsOf: rules) }
        }
        selected.sort()
        var unique: [Int] = []
        unique.reserveCapacity(selected.count)
        for index in selected where unique.last != index { unique.append(index) }
        return unique
    }

    /// Lints one document: findings sorted by position then rule id, inline suppressions applied.
    public func lint(_ document: Document) -> FileReport {
        let context = DocumentContext(document: document, matcher: rules.matcher, filters: filters)
        let suppressions = Suppressions(document: document, knownRules: knownIDs)
        var findings: [(Finding, Int)] = []
        var suppressed: [(Finding, Int)] = []
        for index in candidates(context) {
            let rule = active[index]
            let runner = RuleRunner(rule: rule, context: context, allow: allowLists[index],
                                    threshold: options.thresholds[rule.info.id], filter: filterIndex[index])
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
