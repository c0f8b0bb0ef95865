public import Foundation

/// A labelled set of documents for measuring rules: which rules are judged and, per document, which of them must
/// fire. Read from a versioned JSON file whose document paths are relative to the file itself:
///
/// ```json
/// { "caveat": 1, "labels": "health-fixtures",
///   "rules": ["dosing-claim", "promotional-contact"],
///   "documents": [
///     { "path": "dosing-claim/flag/01-label-dose.txt", "expect": ["dosing-claim"],
///       "locations": [{ "rule": "dosing-claim", "line": 1, "column": 12 }] },
///     { "path": "dosing-claim/pass/01-phone.html", "expect": [], "rules": ["dosing-claim"],
///       "note": "a phone number, not a dose" } ] }
/// ```
public struct LabelSet: Sendable, Hashable {
    /// The labels format version this code reads.
    public static let formatVersion = 1

    /// The set's name (`labels`).
    public var name: String
    /// The rules judged on every document unless a document narrows them, in report order.
    public var rules: [String]
    public var documents: [LabeledDocument]

    public init(name: String, rules: [String], documents: [LabeledDocument]) {
        self.name = name
        self.rules = rules
        self.documents = documents
    }

    static let topLevelKeys = ["caveat", "labels", "description", "rules", "documents", "$schema"]
    static let documentKeys = ["path", "expect", "rules", "locations", "note"]
    static let locationKeys = ["rule", "line", "column"]

    /// Reads a labels file; relative document paths are resolved against the file's folder.
    public static func load(contentsOf url: URL) throws(LabelSetError) -> LabelSet {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LabelSetError(path: url.path, pointer: "", message: "cannot read the labels file")
        }
        return try parse(data, path: url.path, base: url.deletingLastPathComponent())
    }

    /// Parses labels JSON; `path` names the file in errors and `base` anchors relative document paths.
    public static func parse(_ data: Data, path: String, base: URL) throws(LabelSetError) -> LabelSet {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw LabelSetError(path: path, pointer: "", message: "not valid JSON")
        }
        guard let root = object as? [String: Any] else {
            throw LabelSetError(path: path, pointer: "", message: "expected a JSON object at the top level")
        }
        try checkKeys(root, allowed: topLevelKeys, pointer: "", path: path)
        guard let version = root["caveat"] as? Int else {
            throw LabelSetError(path: path, pointer: "/caveat",
                                message: "missing or invalid format version; write \"caveat\": 1")
        }
        guard version == formatVersion else {
            throw LabelSetError(path: path, pointer: "/caveat",
                                message: "unsupported format version \(version); this caveat reads version 1")
        }
        guard let name = root["labels"] as? String, !name.isEmpty else {
            throw LabelSetError(path: path, pointer: "/labels", message: "missing the name of the label set")
        }
        let rules = try strings(root["rules"], pointer: "/rules", path: path)
        guard !rules.isEmpty else {
            throw LabelSetError(path: path, pointer: "/rules", message: "name at least one rule to evaluate")
        }
        guard let entries = root["documents"] as? [Any] else {
            throw LabelSetError(path: path, pointer: "/documents", message: "expected an array of documents")
        }
        var documents: [LabeledDocument] = []
        var seen: Set<String> = []
        for (index, entry) in entries.enumerated() {
            let document = try parseDocument(entry, pointer: "/documents/\(index)", rules: rules, path: path,
                                             base: base)
            guard seen.insert(document.url.standardizedFileURL.path).inserted else {
                throw LabelSetError(path: path, pointer: "/documents/\(index)/path",
                                    message: "'\(document.path)' is labelled twice")
            }
            documents.append(document)
        }
        return LabelSet(name: name, rules: rules, documents: documents)
    }

    private static func parseDocument(_ entry: Any, pointer: String, rules: [String], path: String,
                                      base: URL) throws(LabelSetError) -> LabeledDocument {
        guard let object = entry as? [String: Any] else {
            throw LabelSetError(path: path, pointer: pointer, message: "expected an object")
        }
        try checkKeys(object, allowed: documentKeys, pointer: pointer, path: path)
        guard let relative = object["path"] as? String, !relative.isEmpty else {
            throw LabelSetError(path: path, pointer: pointer + "/path", message: "missing the document path")
        }
        var judged = rules
        if object["rules"] != nil {
            judged = try strings(object["rules"], pointer: pointer + "/rules", path: path)
            for (index, rule) in judged.enumerated() where !rules.contains(rule) {
                throw LabelSetError(path: path, pointer: pointer + "/rules/\(index)",
                                    message: "rule '\(rule)' is not among the evaluated rules")
            }
        }
        let expect = try strings(object["expect"], pointer: pointer + "/expect", path: path)
        for (index, rule) in expect.enumerated() where !judged.contains(rule) {
            throw LabelSetError(path: path, pointer: pointer + "/expect/\(index)",
                                message: "rule '\(rule)' is expected but not evaluated on this document")
        }
        var locations: [ExpectedLocation] = []
        if let raw = object["locations"] {
            guard let list = raw as? [Any] else {
                throw LabelSetError(path: path, pointer: pointer + "/locations", message: "expected an array")
            }
            for (index, item) in list.enumerated() {
                let itemPointer = pointer + "/locations/\(index)"
                let location = try parseLocation(item, pointer: itemPointer, path: path)
                guard expect.contains(location.rule) else {
                    throw LabelSetError(path: path, pointer: itemPointer + "/rule",
                                        message: "rule '\(location.rule)' has a location but is not expected")
                }
                locations.append(location)
            }
        }
        var note: String?
        if let raw = object["note"] {
            guard let text = raw as? String else {
                throw LabelSetError(path: path, pointer: pointer + "/note", message: "expected a string")
            }
            note = text
        }
        let url = relative.hasPrefix("/") ? URL(fileURLWithPath: relative)
            : base.appendingPathComponent(relative)
        return LabeledDocument(path: relative, url: url, expect: Set(expect), rules: judged, locations: locations,
                               note: note)
    }

    private static func parseLocation(_ item: Any, pointer: String,
                                      path: String) throws(LabelSetError) -> ExpectedLocation {
        guard let object = item as? [String: Any] else {
            throw LabelSetError(path: path, pointer: pointer, message: "expected an object")
        }
        try checkKeys(object, allowed: locationKeys, pointer: pointer, path: path)
        guard let rule = object["rule"] as? String, !rule.isEmpty else {
            throw LabelSetError(path: path, pointer: pointer + "/rule", message: "missing the rule id")
        }
        guard let line = object["line"] as? Int, line >= 1 else {
            throw LabelSetError(path: path, pointer: pointer + "/line", message: "expected a line number (1 or more)")
        }
        guard let column = object["column"] as? Int, column >= 1 else {
            throw LabelSetError(path: path, pointer: pointer + "/column",
                                message: "expected a column number (1 or more)")
        }
        return ExpectedLocation(rule: rule, line: line, column: column)
    }

    private static func strings(_ value: Any?, pointer: String, path: String) throws(LabelSetError) -> [String] {
        guard let list = value as? [Any] else {
            throw LabelSetError(path: path, pointer: pointer, message: "expected an array of rule ids")
        }
        var result: [String] = []
        for (index, item) in list.enumerated() {
            guard let text = item as? String, !text.isEmpty else {
                throw LabelSetError(path: path, pointer: pointer + "/\(index)", message: "expected a rule id")
            }
            guard !result.contains(text) else {
                throw LabelSetError(path: path, pointer: pointer + "/\(index)", message: "'\(text)' is listed twice")
            }
            result.append(text)
        }
        return result
    }

    private static func checkKeys(_ object: [String: Any], allowed: [String], pointer: String,
                                  path: String) throws(LabelSetError) {
        for key in object.keys.sorted() where !allowed.contains(key) {
            throw LabelSetError(path: path, pointer: pointer + "/" + key,
                                message: "unknown key '\(key)'; expected one of \(allowed.joined(separator: ", "))")
        }
    }
}
