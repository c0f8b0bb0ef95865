import CaveatDocument

/// Runs one rule over one document and says where it fires, with the values its message needs.
struct RuleRunner {
    /// A place the rule fires, before it becomes a `Finding`.
    struct Hit {
        var occurrence: Occurrence
        var values: [String: String]
        var related: [RelatedLocation]
    }

    let rule: Rule
    let context: DocumentContext
    /// The rule's own allow-list and the run's.
    let allow: [AllowList]
    /// The threshold in force for `density` and `metric` rules.
    let threshold: Double?
    /// The index of the rule's `BlockFilter` in the document context.
    let filter: Int

    func run() -> [Hit] {
        let mask = context.mask(filter)
        guard mask.contains(true) else { return [] }
        let evaluator = PatternEvaluator(context: context, mask: mask)
        switch rule.evaluation {
        case .match(let pattern, let unless, let scope):
            var found = allowed(evaluator.occurrences(of: pattern))
            if let unless, !found.isEmpty {
                let searched = scope.staysInBlock ? evaluator.restricted(to: found) : evaluator
                let exceptions = ScopeIndex(searched.occurrences(of: unless), scope: scope, context: context)
                found = found.filter { !exceptions.contains(near: $0, context: context) }
            }
            let count = String(found.count)
            return found.map { Hit(occurrence: $0, values: ["count": count, "scope": scope.name], related: []) }
        case .require(let trigger, let companion, let scope):
            let triggers = allowed(evaluator.occurrences(of: trigger))
            guard !triggers.isEmpty else { return [] }
            let searched = scope.staysInBlock ? evaluator.restricted(to: triggers) : evaluator
            let companions = ScopeIndex(searched.occurrences(of: companion), scope: scope, context: context)
            // One finding per unit lacking a companion, at its first trigger; {count} = its triggers.
            var firstTriggers: [Occurrence] = []
            var counts: [Int] = []
            var unitIndex: [Int: Int] = [:]
            for occurrence in triggers where !companions.contains(near: occurrence, context: context) {
                let unit = context.unit(of: occurrence, in: scope)
                if let unit, let index = unitIndex[unit] {
                    counts[index] += 1
                    continue
                }
                if let unit { unitIndex[unit] = firstTriggers.count }
                firstTriggers.append(occurrence)
                counts.append(1)
            }
            return zip(firstTriggers, counts).map { occurrence, count in
                let related = RelatedLocation(message: expectation(scope, at: occurrence),
                                              span: expectedSpan(scope, at: occurrence, mask: mask))
                return Hit(occurrence: occurrence, values: ["count": String(count), "scope": scope.name],
                           related: [related])
            }
        case .density(let pattern, let ruleThreshold, let minCount, let anchorFirst, let perText):
            let found = allowed(evaluator.occurrences(of: pattern))
            guard found.count >= minCount else { return [] }
            let words = wordCount(mask)
            guard words > 0 else { return [] }
            let limit = threshold ?? ruleThreshold
            let allowance = Int((limit * Double(words) / 1000).rounded(.down))
            // One group of everything, or one per distinct matched text (in order of first appearance).
            var groups: [[Occurrence]] = [found]
            if perText {
                var index: [String: Int] = [:]
                groups = []
                for occurrence in found {
                    let key = AllowList.normalize(context.document.blocks[occurrence.block].substring(occurrence.range))
                    if let position = index[key] {
                        groups[position].append(occurrence)
                    } else {
                        index[key] = groups.count
                        groups.append([occurrence])
                    }
                }
            }
            return groups.filter { $0.count >= minCount && $0.count > allowance }.map { group in
                let rate = Double(group.count) * 1000 / Double(words)
                let occurrence = anchorFirst ? group[0] : group[min(allowance, group.count - 1)]
                return Hit(occurrence: occurrence, values: [
                    "count": String(group.count), "value": RuleRunner.format(rate),
                    "threshold": RuleRunner.format(limit), "words": String(words),
                ], related: [])
            }
        case .metric(let metric, let ruleThreshold, let minWords):
            let blocks = context.document.blocks.indices.filter { mask[$0] }.map { context.document.blocks[$0] }
            guard let scores = AnalysisBridge.scores(of: blocks), scores.words >= minWords,
                  let first = context.document.blocks.indices.first(where: { mask[$0] }) else { return [] }
            let limit = threshold ?? ruleThreshold
            let value: Double
            switch metric {
            case .fleschKincaidGrade:
                value = scores.fleschKincaidGrade
                guard value > limit else { return [] }
            case .fleschReadingEase:
                value = scores.fleschReadingEase
                guard value < limit else { return [] }
            }
            let block = context.document.blocks[first]
            let range = block.sentences.first?.range ?? 0..<block.text.utf8.count
            return [Hit(occurrence: Occurrence(block: first, range: range), values: [
                "value": RuleRunner.format(value), "threshold": RuleRunner.format(limit), "words": String(scores.words),
            ], related: [])]
        }
    }

    /// Drops allow-listed occurrences.
    private func allowed(_ occurrences: [Occurrence]) -> [Occurrence] {
        let lists = allow.filter { !$0.isEmpty }
        guard !lists.isEmpty else { return occurrences }
        return occurrences.filter { occurrence in
            let text = context.document.blocks[occurrence.block].substring(occurrence.range)
            return !lists.contains { $0.allows(text: text, value: occurrence.value) }
        }
    }

    private func wordCount(_ mask: [Bool]) -> Int {
        var count = 0
        for (index, block) in context.document.blocks.enumerated() where mask[index] {
            for token in block.tokens where token.kind == .word || token.kind == .number { count += 1 }
        }
        return count
    }

    private func expectation(_ scope: Scope, at occurrence: Occurrence) -> String {
        switch scope {
        case .document:
            return "expected somewhere in the document"
        case .section:
            if let section = context.document.blocks[occurrence.block].section {
                return "expected in the section '\(context.document.sections[section].title)'"
            }
            return "expected before the first heading"
        case .block:
            return "expected in this paragraph"
        case .sentence:
            return "expected in this sentence"
        case .sentences(let count):
            return "expected within \(count == 1 ? "1 sentence" : "\(count) sentences") of the trigger"
        }
    }

    /// The source span of the region where the companion was expected.
    private func expectedSpan(_ scope: Scope, at occurrence: Occurrence, mask: [Bool]) -> SourceSpan {
        let document = context.document
        func blockSpan(_ first: Int, _ last: Int) -> SourceSpan {
            document.source.span(document.blocks[first].sourceRange.lowerBound..<document.blocks[last].sourceRange.upperBound)
        }
        switch scope {
        case .document:
            let considered = document.blocks.indices.filter { mask[$0] }
            return blockSpan(considered.first ?? occurrence.block, considered.last ?? occurrence.block)
        case .section:
            let section = document.blocks[occurrence.block].section
            let members = document.blocks.indices.filter { index in
                var current = document.blocks[index].section
                if section == nil { return current == nil }
                while let value = current {
                    if value == section { return true }
                    current = document.sections[value].parent
                }
                return false
            }
            return blockSpan(members.first ?? occurrence.block, members.last ?? occurrence.block)
        case .block:
            return blockSpan(occurrence.block, occurrence.block)
        case .sentence:
            return document.span(ofBlock: occurrence.block, text: context.sentence(of: occurrence).range)
        case .sentences(let count):
            let centre = context.globalSentence(occurrence)
            var first: (Int, Int)?
            var last: (Int, Int)?
            for (index, block) in document.blocks.enumerated() {
                let ranges = block.sentences.isEmpty ? [0..<block.text.utf8.count] : block.sentences.map(\.range)
                for range in ranges {
                    let number = context.globalSentence(Occurrence(block: index, range: range))
                    guard abs(number - centre) <= count else { continue }
                    if first == nil { first = (index, range.lowerBound) }
                    last = (index, range.upperBound)
                }
            }
            guard let first, let last else { return blockSpan(occurrence.block, occurrence.block) }
            let start = document.blocks[first.0].sourceRange(ofText: first.1..<first.1).lowerBound
            let end = document.blocks[last.0].map.sourceEnd(ofText: last.1)
            return document.source.span(start..<max(start, end))
        }
    }

    /// One decimal, no trailing `.0` (`12.3`, `4`).
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
