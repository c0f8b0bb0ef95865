import CaveatAnalysis

/// Gives every distinct phrase of every rule and lexicon one id, so that all of them compile into a single
/// `PhraseMatcher` run once per block.
struct PhraseRegistry {
    private var ids: [Key: Int32] = [:]
    private(set) var phrases: [PhraseMatcher.Phrase] = []

    private struct Key: Hashable {
        var normalized: [UInt8]
        var exact: Bool
    }

    /// The id of a phrase, adding it on first use; `nil` for a phrase that is empty once normalised.
    mutating func id(of text: String, exact: Bool) -> Int32? {
        let normalized = NormalizedText.normalizePhrase(text, keepCase: exact)
        guard !normalized.isEmpty else { return nil }
        let key = Key(normalized: normalized, exact: exact)
        if let id = ids[key] { return id }
        let id = Int32(phrases.count)
        ids[key] = id
        phrases.append(PhraseMatcher.Phrase(text: text, id: id, exact: exact))
        return id
    }
}
