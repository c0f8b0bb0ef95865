/// What a context trigger says about the words it governs.
public enum ContextCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// The statement is denied: "will **not** cause seizures".
    case negation
    /// The reader is told not to do it: "**never** stop abruptly", "**avoid** alcohol".
    case prohibition
    /// The reader is told they may do it: "**you can** stop", "**it's safe to** skip a dose".
    case permission
    /// It is a condition, not a fact: "**if** you stop suddenly", "**in case** of".
    case hypothetical
    /// A clinician is involved: "under the **supervision of** a doctor", "**as prescribed**".
    case supervision
    /// Harm is stated: "**can cause** seizures", "**life-threatening**".
    case risk
    /// The claim is attributed to evidence or a source: "**studies show**", "**according to**".
    case report
}
