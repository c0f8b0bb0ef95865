import CaveatDocument

/// The inline `caveat-disable` / `caveat-enable` / `caveat-disable-next` comments of a document, resolved into
/// source ranges and blocks, plus the problems found in them.
struct Suppressions {
    /// A silenced stretch: source offsets, and the rules (`nil`: all rules).
    private struct Stretch {
        var range: Range<Int>
        var rules: Set<String>?
        /// For an all-rules stretch, rules re-enabled inside it.
        var except: Set<String> = []
    }

    private var stretches: [Stretch] = []
    /// Blocks silenced by `caveat-disable-next`, with their rules (`nil`: all).
    private var nextBlocks: [(block: Int, rules: Set<String>?)] = []
    private(set) var errors: [InputError] = []

    var isEmpty: Bool { stretches.isEmpty && nextBlocks.isEmpty }

    init(document: Document, knownRules: Set<String>) {
        let path = document.source.path
        let end = document.source.utf8.count
        var openAll: Int?
        var allExcept: Set<String> = []
        var open: [String: Int] = [:]
        for directive in document.directives {
            let location = document.source.location(at: directive.sourceRange.lowerBound)
            let parsed = Suppressions.parse(directive.text)
            func warn(_ code: String, _ message: String) {
                errors.append(InputError(code: code, path: path, message: message, location: location, isFatal: false))
            }
            for rule in parsed.rules where !knownRules.contains(rule) {
                let hint = KeySuggester.hint(for: rule, among: knownRules.sorted())
                warn("unknown-rule-in-suppression", "unknown rule '\(rule)' in \(parsed.command)\(hint)")
            }
            let rules = parsed.rules.isEmpty ? nil : Set(parsed.rules)
            let after = directive.sourceRange.upperBound
            switch parsed.command {
            case "caveat-disable":
                if parsed.reason == nil { warn("missing-suppression-reason", "caveat-disable without a reason (add ' -- why')") }
                if let rules {
                    for rule in rules where open[rule] == nil { open[rule] = after }
                    if let start = openAll, !allExcept.isDisjoint(with: rules) {
                        // Rules re-enabled inside a disable-all are disabled again from here.
                        stretches.append(Stretch(range: start..<directive.sourceRange.lowerBound, rules: nil,
                                                 except: allExcept))
                        allExcept.subtract(rules)
                        openAll = after
                    }
                } else if openAll == nil {
                    openAll = after
                    allExcept = []
                }
            case "caveat-enable":
                if let rules {
                    for rule in rules {
                        if let start = open.removeValue(forKey: rule) {
                            stretches.append(Stretch(range: start..<directive.sourceRange.lowerBound, rules: [rule]))
                        }
                    }
                    if let start = openAll, !rules.isSubset(of: allExcept) {
                        // Re-enabling some rules inside a disable-all: the rest stay disabled.
                        stretches.append(Stretch(range: start..<directive.sourceRange.lowerBound, rules: nil,
                                                 except: allExcept))
                        allExcept.formUnion(rules)
                        openAll = after
                    }
                } else {
                    if let start = openAll {
                        stretches.append(Stretch(range: start..<directive.sourceRange.lowerBound, rules: nil,
                                                 except: allExcept))
                        openAll = nil
                        allExcept = []
                    }
                    for (rule, start) in open {
                        stretches.append(Stretch(range: start..<directive.sourceRange.lowerBound, rules: [rule]))
                    }
                    open = [:]
                }
            case "caveat-disable-next":
                if parsed.reason == nil {
                    warn("missing-suppression-reason", "caveat-disable-next without a reason (add ' -- why')")
                }
                if let block = document.blocks.indices.first(where: {
                    !document.blocks[$0].text.isEmpty && document.blocks[$0].sourceRange.lowerBound >= after
                }) {
                    nextBlocks.append((block, rules))
                }
            default:
                let hint = KeySuggester.hint(for: parsed.command,
                                             among: ["caveat-disable", "caveat-enable", "caveat-disable-next"])
                warn("unknown-directive", "unknown directive '\(parsed.command)'\(hint)")
            }
        }
        if let start = openAll { stretches.append(Stretch(range: start..<end, rules: nil, except: allExcept)) }
        for (rule, start) in open.sorted(by: { $0.key < $1.key }) {
            stretches.append(Stretch(range: start..<end, rules: [rule]))
        }
    }

    /// Whether a finding of `rule` starting at source offset `offset` in block `block` is silenced.
    func silences(rule: String, offset: Int, block: Int) -> Bool {
        for stretch in stretches where stretch.range.contains(offset) {
            if stretch.rules?.contains(rule) ?? !stretch.except.contains(rule) { return true }
        }
        for entry in nextBlocks where entry.block == block {
            if entry.rules?.contains(rule) ?? true { return true }
        }
        return false
    }

    /// Splits `caveat-disable a, b -- reason` into command, rule ids and reason. The separator is a `--` that
    /// follows white space, so rule ids with hyphens are never split.
    static func parse(_ text: String) -> (command: String, rules: [String], reason: String?) {
        var body = Substring(text)
        var reason: String?
        var search = body.startIndex
        while let found = body[search...].firstRange(of: "--") {
            if found.lowerBound == body.startIndex || body[body.index(before: found.lowerBound)].isWhitespace {
                let after = body[found.upperBound...].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                reason = after.isEmpty ? nil : after
                body = body[..<found.lowerBound]
                break
            }
            search = found.upperBound
        }
        let words = body.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        let command = words.first.map(String.init) ?? ""
        return (command, words.dropFirst().map(String.init), reason)
    }
}
