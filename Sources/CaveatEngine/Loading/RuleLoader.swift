import Foundation
import CaveatDocument
import CaveatAnalysis

/// Reads rule and lexicon files into a `RuleSet`, collecting every problem on the way (all or nothing).
struct RuleLoader {
    private(set) var problems: [RuleProblem] = []
    private var registry = PhraseRegistry()
    private var lexicons: [String: Lexicon] = [:]
    private var lexiconPositions: [String: (file: String, position: JSONPosition)] = [:]
    private var lexiconIDs: [String: [Int32]] = [:]
    private var file = ""
    private var ruleID: String?

    /// Loads everything; returns `nil` when any problem was found.
    mutating func load(_ sources: [RuleSource]) -> RuleSet? {
        var parsed: [(name: String, root: JSONNode)] = []
        for (name, bytes) in files(of: sources) {
            do {
                parsed.append((name, try JSONParser.parse(bytes)))
            } catch {
                problems.append(RuleProblem(file: name, line: error.position.line, column: error.position.column,
                                            message: "invalid JSON: \(error.message)"))
            }
        }
        var ruleFiles: [(name: String, root: JSONNode)] = []
        for (name, root) in parsed {
            file = name
            ruleID = nil
            guard root.members != nil else {
                report("a rule file must be a JSON object, not \(root.typeName)", at: root)
                continue
            }
            if root["lexicon"] != nil {
                decodeLexicon(root)
            } else if root["rules"] != nil {
                ruleFiles.append((name, root))
            } else {
                var hint = ""
                for member in root.members ?? [] {
                    if let suggestion = KeySuggester.suggestion(for: member.key, among: ["rules", "lexicon"]) {
                        hint = " (is '\(member.key)' meant to be '\(suggestion)'?)"
                        break
                    }
                }
                report("neither a rule file (no 'rules' key) nor a lexicon file (no 'lexicon' key)\(hint)", at: root)
            }
        }
        checkLexiconIncludes()
        var rules: [Rule] = []
        var firstDefinition: [String: String] = [:]
        for (name, root) in ruleFiles {
            file = name
            ruleID = nil
            checkKeys(root, allowed: RuleKeys.ruleFile, context: "rule file")
            checkVersion(root)
            guard let list = root["rules"] else { continue }
            guard let elements = list.elements, !elements.isEmpty else {
                report("'rules' must be a non-empty array", at: list)
                continue
            }
            for element in elements {
                ruleID = nil
                guard let rule = decodeRule(element) else { continue }
                let where_ = "\(name):\(element.position.line):\(element.position.column)"
                if let first = firstDefinition[rule.info.id] {
                    report("duplicate rule id (first defined at \(first))", at: element["id"] ?? element)
                    continue
                }
                firstDefinition[rule.info.id] = where_
                rules.append(rule)
            }
        }
        guard problems.isEmpty else { return nil }
        let matcher = PhraseMatcher(phrases: registry.phrases)
        return RuleSet(rules: rules, lexicons: lexicons.values.sorted { $0.name < $1.name }, matcher: matcher)
    }

    // MARK: Files

    private mutating func files(of sources: [RuleSource]) -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = []
        for source in sources {
            switch source {
            case .builtIn:
                for entry in EmbeddedRules.files { result.append((entry.path, Array(entry.text.utf8))) }
            case .json(let name, let text):
                result.append((name, Array(text.utf8)))
            case .path(let path):
                result.append(contentsOf: files(at: path))
            }
        }
        return result
    }

    private mutating func files(at path: String) -> [(String, [UInt8])] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            problems.append(RuleProblem(file: path, message: "no such file or folder"))
            return []
        }
        var paths: [String] = []
        if isDirectory.boolValue {
            let base = path.hasSuffix("/") ? path : path + "/"
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".json") { paths.append(base + relative) }
            }
            paths.sort()
        } else {
            paths = [path]
        }
        var result: [(String, [UInt8])] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { continue }
                problems.append(RuleProblem(file: path, message: "cannot read the file"))
                continue
            }
            result.append((path, [UInt8](data)))
        }
        return result
    }

    // MARK: Problems

    private mutating func report(_ message: String, at node: JSONNode) {
        problems.append(RuleProblem(file: file, line: node.position.line, column: node.position.column,
                                    pointer: node.pointer, ruleID: ruleID, message: message))
    }

    private mutating func report(_ message: String, at position: JSONPosition, pointer: String) {
        problems.append(RuleProblem(file: file, line: position.line, column: position.column, pointer: pointer,
                                    ruleID: ruleID, message: message))
    }

    /// Reports keys that are not allowed, suggesting the closest allowed one.
    private mutating func checkKeys(_ node: JSONNode, allowed: [String], context: String,
                                    elsewhere: [String: String] = [:]) {
        for member in node.members ?? [] where !allowed.contains(member.key) {
            let pointer = node.pointer + "/" + JSONParser.escapePointer(member.key)
            if let owner = elsewhere[member.key] {
                report("key '\(member.key)' does not apply to \(context) (it belongs to \(owner))",
                       at: member.keyPosition, pointer: pointer)
            } else {
                let hint = KeySuggester.hint(for: member.key, among: allowed)
                report("unknown key '\(member.key)' in \(context)\(hint)", at: member.keyPosition, pointer: pointer)
            }
        }
    }

    private mutating func checkVersion(_ root: JSONNode) {
        guard let version = root["caveat"] else {
            report("missing required key 'caveat' (the format version, 1)", at: root)
            return
        }
        if version.number != 1 {
            report("unsupported format version \(describe(version)) (this caveat reads version 1)", at: version)
        }
    }

    private func describe(_ node: JSONNode) -> String {
        switch node.value {
        case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
        case .string(let string): "'\(string)'"
        default: node.typeName
        }
    }

    // MARK: Scalar helpers

    private mutating func requiredString(_ object: JSONNode, _ key: String) -> String? {
        guard let node = object[key] else {
            report("missing required key '\(key)'", at: object)
            return nil
        }
        return nonEmptyString(node, key)
    }

    private mutating func nonEmptyString(_ node: JSONNode, _ key: String) -> String? {
        guard let string = node.string else {
            report("'\(key)' must be a string, not \(node.typeName)", at: node)
            return nil
        }
        if string.allSatisfy(\.isWhitespace) {
            report("'\(key)' must not be empty", at: node)
            return nil
        }
        return string
    }

    private mutating func optionalString(_ object: JSONNode, _ key: String) -> String? {
        guard let node = object[key] else { return nil }
        return nonEmptyString(node, key)
    }

    /// A string or an array of strings, given as `[]` when absent.
    private mutating func stringList(_ object: JSONNode, _ key: String, allowSingle: Bool = false,
                                     nonEmpty: Bool = false) -> [String]? {
        guard let node = object[key] else { return nil }
        if allowSingle, let single = node.string { return [single] }
        guard let elements = node.elements else {
            report("'\(key)' must be an array of strings, not \(node.typeName)", at: node)
            return nil
        }
        if nonEmpty, elements.isEmpty {
            report("'\(key)' must not be empty", at: node)
            return nil
        }
        var result: [String] = []
        for element in elements {
            guard let string = element.string else {
                report("'\(key)' must contain only strings, not \(element.typeName)", at: element)
                return nil
            }
            result.append(string)
        }
        return result
    }

    private mutating func enumValue(_ node: JSONNode, _ key: String, allowed: [String]) -> String? {
        guard let string = node.string else {
            report("'\(key)' must be a string, not \(node.typeName)", at: node)
            return nil
        }
        guard allowed.contains(string) else {
            let hint = KeySuggester.hint(for: string, among: allowed)
            report("invalid \(key) '\(string)'\(hint); expected one of: \(allowed.joined(separator: ", "))", at: node)
            return nil
        }
        return string
    }

    private mutating func number(_ node: JSONNode, _ key: String, integer: Bool = false, minimum: Double) -> Double? {
        guard let value = node.number, !integer || value == value.rounded() else {
            report("'\(key)' must be \(integer ? "an integer" : "a number"), not \(describe(node))", at: node)
            return nil
        }
        guard value >= minimum else {
            report("'\(key)' must be at least \(minimum == minimum.rounded() ? String(Int(minimum)) : String(minimum))",
                   at: node)
            return nil
        }
        return value
    }

    // MARK: Lexicons

    private mutating func decodeLexicon(_ root: JSONNode) {
        checkKeys(root, allowed: RuleKeys.lexiconFile, context: "lexicon file")
        checkVersion(root)
        guard let nameNode = root["lexicon"], let name = nonEmptyString(nameNode, "lexicon") else { return }
        if let first = lexiconPositions[name] {
            report("duplicate lexicon name '\(name)' (first defined in \(first.file):\(first.position.line):"
                   + "\(first.position.column))", at: nameNode)
            return
        }
        var terms: [Lexicon.Term] = []
        if let termsNode = root["terms"] {
            if let elements = termsNode.elements, !elements.isEmpty {
                for element in elements {
                    if let term = element.string {
                        if term.allSatisfy(\.isWhitespace) { report("a term must not be empty", at: element) }
                        terms.append(Lexicon.Term(term: term))
                    } else if element.members != nil {
                        checkKeys(element, allowed: RuleKeys.term, context: "a term")
                        guard let term = requiredString(element, "term") else { continue }
                        var kind: String?
                        if let kindNode = element["kind"] {
                            kind = enumValue(kindNode, "term kind", allowed: RuleKeys.termKinds)
                        }
                        terms.append(Lexicon.Term(term: term, kind: kind, generic: optionalString(element, "generic")))
                    } else {
                        report("a term must be a string or an object, not \(element.typeName)", at: element)
                    }
                }
            } else if termsNode.elements?.isEmpty != true || root["include"] == nil {
                report("'terms' must be a non-empty array", at: termsNode)
            }
        } else if root["include"] == nil {
            report("missing required key 'terms' (or 'include' for a lexicon made of other lexicons)", at: root)
        }
        let include = stringList(root, "include") ?? []
        lexiconPositions[name] = (file, nameNode.position)
        lexicons[name] = Lexicon(name: name, description: optionalString(root, "description"),
                                 source: optionalString(root, "source"), include: include, terms: terms, file: file)
    }

    private mutating func checkLexiconIncludes() {
        for name in lexicons.keys.sorted() {
            guard let lexicon = lexicons[name], let position = lexiconPositions[name] else { continue }
            file = position.file
            ruleID = nil
            for included in lexicon.include where lexicons[included] == nil {
                let hint = KeySuggester.hint(for: included, among: lexicons.keys.sorted())
                report("lexicon '\(name)' includes unknown lexicon '\(included)'\(hint)", at: position.position,
                       pointer: "/include")
            }
            if includesCycle(from: name, path: []) {
                report("lexicon '\(name)' includes itself through 'include'", at: position.position, pointer: "/include")
            }
        }
    }

    private func includesCycle(from name: String, path: Set<String>) -> Bool {
        guard let lexicon = lexicons[name] else { return false }
        for included in lexicon.include {
            if path.contains(included) || included == name && path.isEmpty { return true }
            if includesCycle(from: included, path: path.union([name])) { return true }
        }
        return false
    }

    /// The phrase ids of a lexicon's terms and of the lexicons it includes.
    private mutating func phraseIDs(ofLexicon name: String) -> [Int32] {
        if let ids = lexiconIDs[name] { return ids }
        var seen = Set<String>()
        var ids = Set<Int32>()
        var pending = [name]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted, let lexicon = lexicons[next] else { continue }
            for term in lexicon.terms {
                if let id = registry.id(of: term.term, exact: false) { ids.insert(id) }
            }
            pending.append(contentsOf: lexicon.include)
        }
        let sorted = ids.sorted()
        lexiconIDs[name] = sorted
        return sorted
    }

    // MARK: Rules

    private mutating func decodeRule(_ node: JSONNode) -> Rule? {
        guard node.members != nil else {
            report("a rule must be an object, not \(node.typeName)", at: node)
            return nil
        }
        let problemCount = problems.count
        var id = ""
        if let idNode = node["id"], let value = nonEmptyString(idNode, "id") {
            id = value
            ruleID = value
            if !RuleLoader.isKebabCase(value) {
                report("id must be kebab-case (lowercase letters and digits separated by single hyphens)", at: idNode)
            }
        } else if node["id"] == nil {
            report("missing required key 'id'", at: node)
        }
        var kind: RuleKind?
        if let kindNode = node["kind"] {
            if let value = enumValue(kindNode, "kind", allowed: RuleKind.allCases.map(\.rawValue)) {
                kind = RuleKind(rawValue: value)
            }
        } else {
            report("missing required key 'kind' (one of: match, require, density, metric)", at: node)
        }
        if let kind {
            var elsewhere: [String: String] = [:]
            for other in RuleKind.allCases where other != kind {
                for key in RuleKeys.perKind[other] ?? [] where !(RuleKeys.perKind[kind] ?? []).contains(key) {
                    elsewhere[key] = elsewhere[key] ?? "'\(other.rawValue)' rules"
                }
            }
            checkKeys(node, allowed: RuleKeys.common + (RuleKeys.perKind[kind] ?? []),
                      context: "a '\(kind.rawValue)' rule", elsewhere: elsewhere)
        } else {
            checkKeys(node, allowed: RuleKeys.rule, context: "a rule")
        }
        let title = requiredString(node, "title")
        var severity: Severity?
        if let severityNode = node["severity"] {
            if let value = enumValue(severityNode, "severity", allowed: Severity.allCases.map(\.rawValue)) {
                severity = Severity(rawValue: value)
            }
        } else {
            report("missing required key 'severity' (one of: error, warning, info)", at: node)
        }
        let category = requiredString(node, "category")
        let rationale = requiredString(node, "rationale")
        var message: MessageTemplate?
        if let messageNode = node["message"] {
            message = template(messageNode, "message")
        } else {
            report("missing required key 'message'", at: node)
        }
        var replacement: MessageTemplate?
        if let replacementNode = node["replacement"] {
            if replacementNode.string == nil {
                report("'replacement' must be a string, not \(replacementNode.typeName)", at: replacementNode)
            } else {
                replacement = template(replacementNode, "replacement")
            }
        }
        let references = stringList(node, "references") ?? []
        let tags = stringList(node, "tags") ?? []
        var precision = "medium"
        if let precisionNode = node["precision"] {
            precision = enumValue(precisionNode, "precision", allowed: RuleKeys.precisions) ?? precision
        }
        let fix = optionalString(node, "fix")
        var regions: Set<Region> = [.body]
        if let list = stringList(node, "regions", nonEmpty: true), let regionsNode = node["regions"] {
            regions = []
            for (index, name) in list.enumerated() {
                if let region = Region(rawValue: name) {
                    regions.insert(region)
                } else {
                    let hint = KeySuggester.hint(for: name, among: Region.allCases.map(\.rawValue))
                    report("unknown region '\(name)'\(hint); expected one of: "
                           + Region.allCases.map(\.rawValue).joined(separator: ", "),
                           at: regionsNode.elements?[index] ?? regionsNode)
                }
            }
        }
        var blockKinds = Set(BlockKind.allCases.filter { $0 != .preformatted })
        if let list = stringList(node, "blocks", nonEmpty: true), let blocksNode = node["blocks"] {
            blockKinds = []
            for (index, name) in list.enumerated() {
                if let kind = BlockKind(rawValue: name) {
                    blockKinds.insert(kind)
                } else {
                    let hint = KeySuggester.hint(for: name, among: BlockKind.allCases.map(\.rawValue))
                    report("unknown block kind '\(name)'\(hint); expected one of: "
                           + BlockKind.allCases.map(\.rawValue).joined(separator: ", "),
                           at: blocksNode.elements?[index] ?? blocksNode)
                }
            }
        }
        let allow = stringList(node, "allow") ?? []
        let examples = decodeExamples(node)
        var evaluation: RuleEvaluation?
        if let kind { evaluation = decodeEvaluation(kind, node) }

        guard problems.count == problemCount, let kind, let title, let severity, let category, let rationale,
              let message, let examples, let evaluation else { return nil }
        let info = RuleInfo(id: id, title: title, severity: severity, category: category, message: message.source,
                            rationale: rationale, references: references, tags: tags, precision: precision, fix: fix)
        return Rule(info: info, kind: kind, examples: examples, file: file, regions: regions, blockKinds: blockKinds,
                    allow: allow, message: message, replacement: replacement, evaluation: evaluation)
    }

    static func isKebabCase(_ id: String) -> Bool {
        guard let first = id.utf8.first, let last = id.utf8.last, first != UInt8(ascii: "-"),
              last != UInt8(ascii: "-"), !id.contains("--") else { return false }
        return id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    private mutating func template(_ node: JSONNode, _ key: String) -> MessageTemplate? {
        guard let text = nonEmptyString(node, key) else { return nil }
        switch MessageTemplate.parse(text) {
        case .success(let template):
            return template
        case .failure(let error):
            var hint = ""
            if let unknown = error.unknown {
                hint = KeySuggester.hint(for: unknown, among: MessageTemplate.knownPlaceholders)
                if let suggestion = KeySuggester.suggestion(for: unknown, among: MessageTemplate.knownPlaceholders) {
                    hint = " (did you mean '{\(suggestion)}'?)"
                }
            }
            report("\(error.message) in '\(key)'\(hint)", at: node)
            return nil
        }
    }

    private mutating func decodeExamples(_ rule: JSONNode) -> RuleExamples? {
        guard let node = rule["examples"] else {
            report("missing required key 'examples' (every rule needs 'flag' and 'pass' examples)", at: rule)
            return nil
        }
        guard node.members != nil else {
            report("'examples' must be an object with 'flag' and 'pass' arrays, not \(node.typeName)", at: node)
            return nil
        }
        checkKeys(node, allowed: RuleKeys.examples, context: "'examples'")
        var lists: [String: [String]] = [:]
        for key in RuleKeys.examples {
            guard let listNode = node[key] else {
                report("'examples' needs '\(key)' examples (texts the rule must \(key))", at: node)
                continue
            }
            guard let texts = stringList(node, key) else { continue }
            if texts.isEmpty {
                report("'examples.\(key)' must have at least one example", at: listNode)
                continue
            }
            for (index, text) in texts.enumerated() {
                let element = listNode.elements?[index] ?? listNode
                switch ExampleMarkup.parse(text) {
                case .success(let parsed):
                    if key == "flag", parsed.spans.isEmpty {
                        report("flag example \(index + 1) marks no span (put [[ and ]] around what must be flagged)",
                               at: element)
                    }
                    if key == "pass", !parsed.spans.isEmpty {
                        report("pass example \(index + 1) must not mark spans with [[ ]]", at: element)
                    }
                case .failure(let problem):
                    let cause = switch problem {
                    case .unbalanced: "unbalanced [[ ]] markers"
                    case .nested: "nested [[ markers"
                    case .empty: "an empty [[]] span"
                    }
                    report("\(key) example \(index + 1) has \(cause)", at: element)
                }
            }
            lists[key] = texts
        }
        guard let flag = lists["flag"], let pass = lists["pass"] else { return nil }
        return RuleExamples(flag: flag, pass: pass)
    }

    private mutating func decodeEvaluation(_ kind: RuleKind, _ node: JSONNode) -> RuleEvaluation? {
        switch kind {
        case .match:
            let pattern = requiredPattern(node, "match")
            let unless = node["unless"].flatMap { decodePattern($0) }
            var scope = Scope.sentence
            if let scopeNode = node["scope"] {
                if node["unless"] == nil { report("'scope' needs 'unless' in a 'match' rule", at: scopeNode) }
                scope = decodeScope(scopeNode, "scope") ?? scope
            }
            guard let pattern else { return nil }
            return .match(pattern: pattern, unless: unless, scope: scope)
        case .require:
            let trigger = requiredPattern(node, "when")
            let companion = requiredPattern(node, "require")
            let scope = node["scope"].map { decodeScope($0, "scope") } ?? .document
            guard let trigger, let companion, let scope else { return nil }
            return .require(trigger: trigger, companion: companion, scope: scope)
        case .density:
            let pattern = requiredPattern(node, "match")
            var threshold: Double?
            if let thresholdNode = node["threshold"] {
                threshold = number(thresholdNode, "threshold", minimum: 0)
            } else {
                report("missing required key 'threshold' (occurrences allowed per 1,000 words)", at: node)
            }
            let minCount = node["min_count"].map { number($0, "min_count", integer: true, minimum: 1) } ?? 2
            let anchor = node["anchor"].map { enumValue($0, "anchor", allowed: RuleKeys.anchors) } ?? "beyond-threshold"
            let per = node["per"].map { enumValue($0, "per", allowed: RuleKeys.densityGroups) } ?? "pattern"
            guard let pattern, let threshold, let minCount, let anchor, let per else { return nil }
            return .density(pattern: pattern, threshold: threshold, minCount: Int(minCount), anchorFirst: anchor == "first",
                            perText: per == "text")
        case .metric:
            var metric: ReadabilityMetric?
            if let metricNode = node["metric"] {
                if let name = enumValue(metricNode, "metric", allowed: ReadabilityMetric.allCases.map(\.rawValue)) {
                    metric = ReadabilityMetric(rawValue: name)
                }
            } else {
                report("missing required key 'metric' (flesch-kincaid-grade or flesch-reading-ease)", at: node)
            }
            var threshold: Double?
            if let thresholdNode = node["threshold"] {
                threshold = number(thresholdNode, "threshold", minimum: -1000)
            } else {
                report("missing required key 'threshold'", at: node)
            }
            let minWords = node["min_words"].map { number($0, "min_words", integer: true, minimum: 0) } ?? 100
            guard let metric, let threshold, let minWords else { return nil }
            return .metric(metric, threshold: threshold, minWords: Int(minWords))
        }
    }

    private mutating func requiredPattern(_ rule: JSONNode, _ key: String) -> Pattern? {
        guard let node = rule[key] else {
            report("missing required key '\(key)'", at: rule)
            return nil
        }
        return decodePattern(node)
    }

    private mutating func decodeScope(_ node: JSONNode, _ key: String) -> Scope? {
        if let name = node.string {
            switch name {
            case "sentence": return .sentence
            case "paragraph", "block": return .block
            case "section": return .section
            case "document": return .document
            default:
                let hint = KeySuggester.hint(for: name, among: RuleKeys.scopeNames)
                report("invalid \(key) '\(name)'\(hint); expected sentence, paragraph, block, section, document "
                       + "or {\"sentences\": N}", at: node)
                return nil
            }
        }
        if let members = node.members, members.count == 1, members[0].key == "sentences" {
            guard let count = number(members[0].value, "sentences", integer: true, minimum: 0) else { return nil }
            return .sentences(Int(count))
        }
        if let members = node.members, let first = members.first(where: { $0.key != "sentences" }) {
            let hint = KeySuggester.hint(for: first.key, among: ["sentences"])
            report("unknown key '\(first.key)' in \(key)\(hint)", at: first.keyPosition,
                   pointer: node.pointer + "/" + JSONParser.escapePointer(first.key))
            return nil
        }
        report("'\(key)' must be a scope name or {\"sentences\": N}, not \(node.typeName)", at: node)
        return nil
    }

    // MARK: Patterns

    /// Decodes a pattern. `isNear` allows the `words` key; `not` parts are handled by the enclosing `all`.
    private mutating func decodePattern(_ node: JSONNode, isNear: Bool = false) -> Pattern? {
        guard let members = node.members else {
            report("a pattern must be an object, not \(node.typeName)", at: node)
            return nil
        }
        let problemCount = problems.count
        checkKeys(node, allowed: isNear ? RuleKeys.near : RuleKeys.pattern, context: isNear ? "'near'" : "a pattern")
        let blocks = members.filter { RuleKeys.buildingBlocks.contains($0.key) }
        if blocks.isEmpty {
            report("a pattern needs one of 'phrases', 'lexicon', 'regex', 'detector', 'all', 'any'", at: node)
            return nil
        }
        if blocks.count > 1 {
            let names = blocks.map { "'\($0.key)'" }.joined(separator: " and ")
            report("a pattern has exactly one of 'phrases', 'lexicon', 'regex', 'detector', 'all', 'any' "
                   + "(found \(names); combine them with 'all' or 'any')", at: node)
            return nil
        }
        let block = blocks[0]
        if block.key != "phrases", let exact = node["exact"] { report("'exact' applies only to 'phrases'", at: exact) }
        if block.key != "regex", let flag = node["case_sensitive"] {
            report("'case_sensitive' applies only to 'regex'", at: flag)
        }
        if block.key != "all", let within = node["within"] {
            report("'within' applies only to 'all' (use 'scope' on the rule, or 'near')", at: within)
        }
        var source: Pattern.Source?
        switch block.key {
        case "phrases":
            var exact = false
            if let exactNode = node["exact"] {
                if let value = exactNode.bool { exact = value } else {
                    report("'exact' must be true or false, not \(exactNode.typeName)", at: exactNode)
                }
            }
            if let phrases = stringList(node, "phrases", nonEmpty: true) {
                var ids: [Int32] = []
                for (index, phrase) in phrases.enumerated() {
                    if let id = registry.id(of: phrase, exact: exact) {
                        ids.append(id)
                    } else {
                        report("phrase \(index + 1) is empty", at: block.value.elements?[index] ?? block.value)
                    }
                }
                source = .phrases(Array(Set(ids)).sorted())
            }
        case "lexicon":
            if let names = stringList(node, "lexicon", allowSingle: true, nonEmpty: true) {
                var ids = Set<Int32>()
                for name in names {
                    if lexicons[name] == nil {
                        let hint = KeySuggester.hint(for: name, among: lexicons.keys.sorted())
                        report("unknown lexicon '\(name)'\(hint)", at: block.value)
                    } else {
                        ids.formUnion(phraseIDs(ofLexicon: name))
                    }
                }
                source = .phrases(ids.sorted())
            }
        case "regex":
            if let pattern = nonEmptyString(block.value, "regex") {
                var caseSensitive = false
                if let flag = node["case_sensitive"] {
                    if let value = flag.bool { caseSensitive = value } else {
                        report("'case_sensitive' must be true or false, not \(flag.typeName)", at: flag)
                    }
                }
                switch AnalysisBridge.compileRegex(pattern, caseSensitive: caseSensitive) {
                case .success(let regex): source = .regex(regex)
                case .failure(let problem):
                    report("invalid regular expression at offset \(problem.offset): \(problem.message)", at: block.value)
                }
            }
        case "detector":
            if let names = stringList(node, "detector", allowSingle: true, nonEmpty: true) {
                for name in names where !AnalysisBridge.detectorNames.contains(name) {
                    let hint = KeySuggester.hint(for: name, among: AnalysisBridge.detectorNames)
                    let known = AnalysisBridge.detectorNames.isEmpty ? "none in this build"
                        : AnalysisBridge.detectorNames.joined(separator: ", ")
                    report("unknown detector '\(name)'\(hint); known detectors: \(known)", at: block.value)
                }
                source = .detectors(names)
            }
        case "any":
            if let parts = block.value.elements, !parts.isEmpty {
                let decoded = parts.compactMap { decodePattern($0) }
                if decoded.count == parts.count { source = .any(decoded) }
            } else {
                report("'any' must be a non-empty array of patterns", at: block.value)
            }
        case "all":
            if let parts = block.value.elements, parts.count >= 2 {
                var positive: [Pattern] = []
                var negative: [Pattern] = []
                for part in parts {
                    if let notNode = part["not"] {
                        if let extra = part.members?.first(where: { $0.key != "not" }) {
                            report("a 'not' part has no other keys (found '\(extra.key)')", at: extra.keyPosition,
                                   pointer: part.pointer + "/" + JSONParser.escapePointer(extra.key))
                        }
                        if let pattern = decodePattern(notNode) { negative.append(pattern) }
                    } else if let pattern = decodePattern(part) {
                        positive.append(pattern)
                    }
                }
                if positive.isEmpty, !parts.isEmpty {
                    report("'all' needs at least one part that is not 'not'", at: block.value)
                }
                let within = node["within"].map { decodeScope($0, "within") } ?? .sentence
                if let within, !positive.isEmpty { source = .all(positive: positive, negative: negative, within: within) }
            } else {
                report("'all' must be an array of at least two patterns", at: block.value)
            }
        case "not":
            report("'not' is only allowed as a part of 'all'", at: block.value)
        default:
            break
        }
        var context: ContextFilter?
        if node["context"] != nil || node["unless_context"] != nil || node["require_context"] != nil {
            var filter = ContextFilter(affirmed: false, excluded: [], required: [])
            if let contextNode = node["context"] {
                if contextNode.string == "affirmed" {
                    filter.affirmed = true
                } else {
                    let hint = contextNode.string.map { KeySuggester.hint(for: $0, among: ["affirmed"]) } ?? ""
                    report("'context' must be \"affirmed\"\(hint) (use 'unless_context' or 'require_context' "
                           + "for categories)", at: contextNode)
                }
            }
            filter.excluded = Set(contextCategories(node, "unless_context"))
            filter.required = Set(contextCategories(node, "require_context"))
            context = filter
        }
        var near: NearFilter?
        if let nearNode = node["near"] {
            if isNear { report("'near' cannot be nested inside 'near'", at: nearNode) }
            if let pattern = decodePattern(nearNode, isNear: true) {
                var words: Int?
                if let wordsNode = nearNode["words"] {
                    words = number(wordsNode, "words", integer: true, minimum: 0).map { Int($0) }
                }
                near = NearFilter(pattern: pattern, words: words)
            }
        }
        var position: Pattern.Position?
        if let atNode = node["at"] {
            position = enumValue(atNode, "at", allowed: RuleKeys.positions).flatMap(Pattern.Position.init)
        }
        let allow = stringList(node, "allow").map { AllowList($0) }
        var notInside: InsideFilter?
        if let insideNode = node["not_inside"], let pattern = decodePattern(insideNode) {
            notInside = InsideFilter(pattern: pattern)
        }
        let nextBlock = node["next_block"].flatMap { decodeNextBlock($0) }
        guard problems.count == problemCount, let source else { return nil }
        return Pattern(source: source, position: position, context: context, near: near, allow: allow,
                       notInside: notInside, nextBlock: nextBlock)
    }

    /// `"next_block": { "kinds": ["list-item", "table-cell"], "is": false }`.
    private mutating func decodeNextBlock(_ node: JSONNode) -> NextBlockFilter? {
        guard node.members != nil else {
            report("'next_block' must be an object with 'kinds' and optional 'is'", at: node)
            return nil
        }
        checkKeys(node, allowed: RuleKeys.nextBlock, context: "'next_block'")
        let names = BlockKind.allCases.map(\.rawValue)
        var kinds = Set<BlockKind>()
        if let list = stringList(node, "kinds", nonEmpty: true), let listNode = node["kinds"] {
            for (index, name) in list.enumerated() {
                if let kind = BlockKind(rawValue: name) {
                    kinds.insert(kind)
                } else {
                    report("unknown block kind '\(name)'\(KeySuggester.hint(for: name, among: names)); expected one of: "
                           + names.joined(separator: ", "), at: listNode.elements?[index] ?? listNode)
                }
            }
        } else if node["kinds"] == nil {
            report("'next_block' needs 'kinds' (block kinds such as list-item)", at: node)
        }
        var matches = true
        if let isNode = node["is"] {
            if let value = isNode.bool { matches = value } else { report("'is' must be true or false", at: isNode) }
        }
        return kinds.isEmpty ? nil : NextBlockFilter(kinds: kinds, matches: matches)
    }

    private mutating func contextCategories(_ node: JSONNode, _ key: String) -> [String] {
        guard let list = stringList(node, key, nonEmpty: true), let listNode = node[key] else { return [] }
        var result: [String] = []
        for (index, name) in list.enumerated() {
            if AnalysisBridge.contextCategories.contains(name) {
                result.append(name)
            } else {
                let hint = KeySuggester.hint(for: name, among: AnalysisBridge.contextCategories)
                report("unknown context category '\(name)'\(hint); expected one of: "
                       + AnalysisBridge.contextCategories.joined(separator: ", "),
                       at: listNode.elements?[index] ?? listNode)
            }
        }
        return result
    }
}
