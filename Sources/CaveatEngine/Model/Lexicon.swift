/// A named list of terms rules refer to (`{ "lexicon": "benzodiazepines" }`), loaded from a lexicon file.
public struct Lexicon: Sendable, Hashable {
    /// One term and what it is.
    public struct Term: Sendable, Hashable {
        /// The term as written.
        public var term: String
        /// `generic`, `brand`, `slang`, `class` or `other`, when given.
        public var kind: String?
        /// For a brand name, the generic name.
        public var generic: String?
    }

    /// The name rules use.
    public var name: String
    /// What the lexicon holds.
    public var description: String?
    /// Where its terms come from.
    public var source: String?
    /// Names of other lexicons whose terms this one contains.
    public var include: [String]
    /// The lexicon's own terms (without included ones).
    public var terms: [Term]
    /// The file it came from.
    public var file: String
}
