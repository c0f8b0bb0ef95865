import CaveatDocument

/// Finds a pattern's occurrences in the blocks a rule looks at.
struct PatternEvaluator {
    let context: DocumentContext
    /// Which blocks the rule looks at.
    let mask: [Bool]

    func occurrences(of pattern: Pattern) -> [Occurrence] {
        var found = sourceOccurrences(pattern.source)
        if let allow = pattern.allow, !allow.isEmpty, !found.isEmpty {
            found = found.filter { occurrence in
                let text = context.document.blocks[occurrence.block].substring(occurrence.range)
                return !allow.allows(text: text, value: occurrence.value)
            }
        }
        if let position = pattern.position, !found.isEmpty {
            found = found.filter { context.opens($0, block: position == .blockStart) }
        }
        if let filter = pattern.context, !found.isEmpty {
            found = found.filter { occurrence in
                let categories = context.categories(of: occurrence)
                if filter.affirmed, categories.contains("negation") { return false }
                if !filter.excluded.isDisjoint(with: categories) { return false }
                if !filter.required.isEmpty, filter.required.isDisjoint(with: categories) { return false }
                return true
            }
        }
        if let filter = pattern.nextBlock, !found.isEmpty {
            found = found.filter { occurrence in
                let next = nextBlock(after: occurrence.block)
                let isOfKinds = next.map { filter.kinds.contains(context.document.blocks[$0].kind) } ?? false
                return isOfKinds == filter.matches
            }
        }
        if let inside = pattern.notInside, !found.isEmpty {
            let containers = Dictionary(grouping: restricted(to: found).occurrences(of: inside.pattern), by: \.block)
            found = found.filter { occurrence in
                !(containers[occurrence.block] ?? []).contains { container in
                    container.range.lowerBound <= occurrence.range.lowerBound
                        && occurrence.range.upperBound <= container.range.upperBound
                }
            }
        }
        if let near = pattern.near, !found.isEmpty {
            // Near occurrences by sentence: only the occurrence's own sentence is searched.
            let bySentence = Dictionary(grouping: occurrences(of: near.pattern)) { context.globalSentence($0) }
            found = found.filter { occurrence in
                let candidates = bySentence[context.globalSentence(occurrence)] ?? []
                return candidates.contains { other in
                    guard other != occurrence, other.block == occurrence.block else { return false }
                    guard let words = near.words else { return true }
                    return context.wordsBetween(block: occurrence.block, occurrence.range, other.range) <= words
                }
            }
        }
        return found
    }

    private func sourceOccurrences(_ source: Pattern.Source) -> [Occurrence] {
        switch source {
        case .phrases(let ids):
            var result: [Occurrence] = []
            let hits = context.phraseHits
            if ids.count <= hits.count {
                for id in ids {
                    guard let list = hits[id] else { continue }
                    for occurrence in list where mask[occurrence.block] { result.append(occurrence) }
                }
            } else {
                for (id, list) in hits where PatternEvaluator.contains(ids, id) {
                    for occurrence in list where mask[occurrence.block] { result.append(occurrence) }
                }
            }
            return Occurrence.leftmostLongest(result)
        case .regex(let regex):
            var result: [Occurrence] = []
            for (index, block) in context.document.blocks.enumerated() where mask[index] {
                for range in regex.matches(in: block.text) where !range.isEmpty {
                    result.append(Occurrence(block: index, range: range))
                }
            }
            return result
        case .detectors(let names):
            var result: [Occurrence] = []
            for name in names {
                for occurrence in context.detections(name) where mask[occurrence.block] { result.append(occurrence) }
            }
            return names.count > 1 ? Occurrence.leftmostLongest(result) : result
        case .any(let parts):
            return Occurrence.leftmostLongest(parts.flatMap { occurrences(of: $0) })
        case .all(let positive, let negative, let within):
            return allOccurrences(positive: positive, negative: negative, within: within)
        }
    }

    /// Anchored on the first part: each anchor whose unit holds every other positive part and no negative part.
    private func allOccurrences(positive: [Pattern], negative: [Pattern], within: Scope) -> [Occurrence] {
        let anchors = occurrences(of: positive[0])
        guard !anchors.isEmpty else { return [] }
        // Within a sentence or block, the other parts only matter in the anchors' blocks: don't scan the rest.
        let scoped = within.staysInBlock ? restricted(to: anchors) : self
        // Per other part: an index for "any within scope?" and its occurrences by sentence for widening.
        var others: [(index: ScopeIndex, bySentence: [Int: [Occurrence]])] = []
        for part in positive.dropFirst() {
            let found = scoped.occurrences(of: part)
            if found.isEmpty { return [] }
            others.append((ScopeIndex(found, scope: within, context: context),
                           Dictionary(grouping: found) { context.globalSentence($0) }))
        }
        let excluded = negative.map { ScopeIndex(scoped.occurrences(of: $0), scope: within, context: context) }
        var result: [Occurrence] = []
        var usedUnits = Set<Int>()
        for anchor in anchors {
            let unit = context.unit(of: anchor, in: within)
            if let unit, usedUnits.contains(unit) { continue }
            guard others.allSatisfy({ $0.index.contains(near: anchor, context: context) }),
                  !excluded.contains(where: { $0.contains(near: anchor, context: context) }) else { continue }
            // Widen the span to the closest occurrence of each other part in the anchor's own sentence.
            var span = anchor.range
            let sentence = context.globalSentence(anchor)
            for other in others {
                let candidates = (other.bySentence[sentence] ?? []).filter { $0.block == anchor.block && $0 != anchor }
                if let nearest = candidates.min(by: {
                    distance($0.range, anchor.range) < distance($1.range, anchor.range)
                }) {
                    span = min(span.lowerBound, nearest.range.lowerBound)..<max(span.upperBound, nearest.range.upperBound)
                }
            }
            if let unit { usedUnits.insert(unit) }
            result.append(Occurrence(block: anchor.block, range: span, value: anchor.value))
        }
        return result
    }

    /// The same evaluator, looking only at the blocks that hold some of the given occurrences.
    func restricted(to occurrences: [Occurrence]) -> PatternEvaluator {
        var narrowed = [Bool](repeating: false, count: mask.count)
        for occurrence in occurrences where mask[occurrence.block] { narrowed[occurrence.block] = true }
        return PatternEvaluator(context: context, mask: narrowed)
    }

    /// The next block after `block` in the same region, whatever its kind (a list after a paragraph counts even
    /// when the rule itself only looks at paragraphs; a footer after the article does not).
    private func nextBlock(after block: Int) -> Int? {
        let blocks = context.document.blocks
        let region = blocks[block].region
        var index = block + 1
        while index < blocks.count {
            if blocks[index].region == region { return index }
            index += 1
        }
        return nil
    }

    private func distance(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
        if lhs.upperBound <= rhs.lowerBound { return rhs.lowerBound - lhs.upperBound }
        if rhs.upperBound <= lhs.lowerBound { return lhs.lowerBound - rhs.upperBound }
        return 0
    }

    /// Binary search in a sorted id list.
    private static func contains(_ ids: [Int32], _ id: Int32) -> Bool {
        var low = 0
        var high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id
    }
}
