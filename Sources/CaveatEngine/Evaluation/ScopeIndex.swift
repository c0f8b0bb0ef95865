import CaveatDocument

/// The occurrences of a companion pattern indexed by scope unit, so "is there one within scope of this
/// trigger?" costs a lookup instead of a scan (a long page can have thousands of triggers and companions).
struct ScopeIndex {
    private let scope: Scope
    private let isEmpty: Bool
    /// Units that hold an occurrence: global sentences, blocks, or sections with all their ancestors.
    private var units = Set<Int>()
    /// For `sentences(N)`: the sorted global sentence numbers holding an occurrence.
    private var sentences: [Int] = []

    /// Unit number used for blocks before the first heading.
    private static let noSection = -1

    init(_ occurrences: [Occurrence], scope: Scope, context: DocumentContext) {
        self.scope = scope
        self.isEmpty = occurrences.isEmpty
        switch scope {
        case .document:
            break
        case .sentence:
            for occurrence in occurrences { units.insert(context.globalSentence(occurrence)) }
        case .block:
            for occurrence in occurrences { units.insert(occurrence.block) }
        case .section:
            // A trigger's section S is satisfied by a companion in S or any subsection of S: record every
            // ancestor-or-self of each companion's section.
            let document = context.document
            for occurrence in occurrences {
                var current = document.blocks[occurrence.block].section
                if current == nil { units.insert(ScopeIndex.noSection) }
                while let section = current, units.insert(section).inserted {
                    current = document.sections[section].parent
                }
            }
        case .sentences:
            sentences = occurrences.map { context.globalSentence($0) }.sorted()
        }
    }

    /// Whether some indexed occurrence lies within the scope of `anchor`.
    func contains(near anchor: Occurrence, context: DocumentContext) -> Bool {
        guard !isEmpty else { return false }
        switch scope {
        case .document:
            return true
        case .sentence:
            return units.contains(context.globalSentence(anchor))
        case .block:
            return units.contains(anchor.block)
        case .section:
            return units.contains(context.document.blocks[anchor.block].section ?? ScopeIndex.noSection)
        case .sentences(let count):
            let centre = context.globalSentence(anchor)
            var low = 0
            var high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid] < centre - count { low = mid + 1 } else { high = mid }
            }
            return low < sentences.count && sentences[low] <= centre + count
        }
    }
}
