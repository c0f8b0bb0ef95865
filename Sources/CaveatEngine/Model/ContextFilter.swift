/// Keeps or drops occurrences by the NegEx/ConText categories that govern them.
struct ContextFilter: Sendable {
    /// Keep only occurrences no negation cue governs.
    var affirmed: Bool
    /// Drop occurrences governed by any of these categories.
    var excluded: Set<String>
    /// Keep only occurrences governed by at least one of these (empty: no requirement).
    var required: Set<String>
}
