/// What the linter precomputes about a rule set once, at load: which rules each phrase wakes up, the shared
/// block filters, and each rule's own allow-list. Linters built per file or per run then cost almost nothing.
struct EvaluationPlan: Sendable {
    /// The distinct region/kind filters, and each rule's index into them.
    let filters: [BlockFilter]
    let filterIndex: [Int]
    /// Rules that run on every document (their trigger is not made of phrases alone).
    let alwaysRun: [Int]
    /// The other rules by the phrase ids that wake them up: a rule none of whose necessary phrases occur
    /// cannot fire, so a thousand phrase rules cost almost nothing on a document that mentions none of them.
    let rulesByPhrase: [Int32: [Int]]
    /// Each rule's own allow-list.
    let allowLists: [AllowList]
    /// All rule ids, for checking suppression comments.
    let ids: Set<String>

    init(rules: [Rule]) {
        var filters: [BlockFilter] = []
        var positions: [BlockFilter: Int] = [:]
        var filterIndex: [Int] = []
        var alwaysRun: [Int] = []
        var rulesByPhrase: [Int32: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            let filter = BlockFilter(regions: rule.regions, kinds: rule.blockKinds)
            if let position = positions[filter] {
                filterIndex.append(position)
            } else {
                positions[filter] = filters.count
                filterIndex.append(filters.count)
                filters.append(filter)
            }
            if let ids = rule.necessaryPhrases {
                for id in ids { rulesByPhrase[id, default: []].append(index) }
            } else {
                alwaysRun.append(index)
            }
        }
        self.filters = filters
        self.filterIndex = filterIndex
        self.alwaysRun = alwaysRun
        self.rulesByPhrase = rulesByPhrase
        self.allowLists = rules.map { AllowList($0.allow) }
        self.ids = Set(rules.map(\.info.id))
    }

    /// The indices of the rules that can fire given the phrase ids found in a document, in rule order.
    func candidates(phrases: some Sequence<Int32>, active: [Bool]?) -> [Int] {
        var selected = alwaysRun
        for id in phrases {
            if let rules = rulesByPhrase[id] { selected.append(contentsOf: rules) }
        }
        selected.sort()
        var unique: [Int] = []
        unique.reserveCapacity(selected.count)
        for index in selected where unique.last != index && (active?[index] ?? true) { unique.append(index) }
        return unique
    }
}
