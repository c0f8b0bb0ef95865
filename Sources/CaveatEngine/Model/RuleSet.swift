import CaveatAnalysis

/// A loaded, validated set of rules with their phrases compiled into one matcher.
public struct RuleSet: Sendable {
    /// The rules, in load order (files in the order given, rules in file order).
    public let rules: [Rule]
    /// The lexicons loaded alongside, by name.
    public let lexicons: [Lexicon]
    /// All phrases and lexicon terms of all rules.
    let matcher: PhraseMatcher
    /// Per-rule evaluation data, computed once.
    let plan: EvaluationPlan
    private let indexByID: [String: Int]

    init(rules: [Rule], lexicons: [Lexicon], matcher: PhraseMatcher) {
        self.rules = rules
        self.lexicons = lexicons
        self.matcher = matcher
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() { index[rule.info.id] = position }
        self.indexByID = index
        self.plan = EvaluationPlan(rules: rules)
    }

    /// Loads rules and lexicons from the sources, all or nothing: any problem in any file throws, listing every
    /// problem found. The built-in rules come from `.builtIn`.
    public static func load(_ sources: [RuleSource]) throws(RuleLoadError) -> RuleSet {
        var loader = RuleLoader()
        guard let set = loader.load(sources) else { throw RuleLoadError(problems: loader.problems) }
        return set
    }

    /// What reporters and documentation need, one per rule, in load order.
    public var infos: [RuleInfo] { rules.map(\.info) }

    /// The rule ids, in load order.
    public var ids: [String] { rules.map(\.info.id) }

    /// The rule with an id.
    public func rule(withID id: String) -> Rule? {
        indexByID[id].map { rules[$0] }
    }

    /// A rule's examples, for `caveat rules show`.
    public func examples(of id: String) -> RuleExamples? {
        rule(withID: id)?.examples
    }

    /// The number of patterns in the shared phrase matcher (phrase variants included), for benchmarks.
    public var phrasePatternCount: Int { matcher.patternCount }

    /// States of the shared phrase automaton and its table size in bytes, for benchmarks.
    public var phraseAutomaton: (states: Int, tableBytes: Int) { (matcher.stateCount, matcher.tableBytes) }

    /// A copy restricted to some rules (the matcher is shared, so this costs nothing).
    public func filtered(_ isIncluded: (Rule) -> Bool) -> RuleSet {
        RuleSet(rules: rules.filter(isIncluded), lexicons: lexicons, matcher: matcher)
    }
}
