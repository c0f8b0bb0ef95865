/// Where rules come from.
public enum RuleSource: Sendable, Hashable {
    /// The rules compiled into the binary (the repository's `Rules/` folder).
    case builtIn
    /// A rule or lexicon file, or a folder searched recursively for `*.json`.
    case path(String)
    /// A rule or lexicon file held in memory (config files, tests, benchmarks); `name` is used in messages.
    case json(name: String, text: String)
}
