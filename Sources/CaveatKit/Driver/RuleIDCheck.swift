import CaveatEngine
/// Names rule ids that no loaded rule has, with a suggestion, so `--only dosing-clam` fails loudly
/// instead of silently running nothing.
enum RuleIDCheck {
    static func unknown(in ids: Set<String>, known: [String], origin: String = "caveat") -> [String] {
        let knownSet = Set(known)
        return ids.subtracting(knownSet).sorted().map { id in
            var line = "\(origin): unknown rule '\(id)'"
            line += KeySuggester.hint(for: id, among: known)
            return line
        }
    }
}
