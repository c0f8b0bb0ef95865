/// Generates rule files for benchmarks and scaling tests: `count` phrase rules over made-up words, so the
/// cost of adding rules can be measured without touching real text.
public enum SyntheticRules {
    /// A rule file with `count` `match` rules, each with `phrasesPerRule` phrases of one or two made-up words.
    public static func source(count: Int, phrasesPerRule: Int = 3, seed: UInt64 = 1) -> RuleSource {
        var generator = seed &* 6364136223846793005 &+ 1442695040888963407
        func next() -> UInt64 {
            generator = generator &* 6364136223846793005 &+ 1442695040888963407
            return generator >> 33
        }
        let syllables = ["ka", "lo", "mi", "zu", "ter", "vax", "quo", "ril", "den", "fep", "sor", "nix", "bly", "gat"]
        func word() -> String {
            (0..<(2 + Int(next() % 2))).map { _ in syllables[Int(next() % UInt64(syllables.count))] }.joined()
        }
        var rules: [String] = []
        rules.reserveCapacity(count)
        for index in 0..<count {
            let phrases = (0..<phrasesPerRule).map { _ in
                next() % 2 == 0 ? "\"\(word())\"" : "\"\(word()) \(word())\""
            }
            let first = phrases[0].dropFirst().dropLast()
            rules.append("""
                {"id": "synthetic-\(index)", "title": "Synthetic rule \(index)", "kind": "match", "severity": "info",
                 "category": "synthetic", "message": "Found {match}.", "rationale": "Benchmark rule.",
                 "match": {"phrases": [\(phrases.joined(separator: ", "))]},
                 "examples": {"flag": ["x [[\(first)]] y"], "pass": ["nothing here"]}}
                """)
        }
        let text = "{\"caveat\": 1, \"rules\": [\n" + rules.joined(separator: ",\n") + "\n]}\n"
        return .json(name: "synthetic-\(count).json", text: text)
    }
}
