import CaveatEngine
import Foundation

/// Reads `.caveat.json` files strictly: unknown keys and wrong types are errors that name the JSON pointer,
/// and a misspelt key gets a suggestion.
public struct ConfigurationParser: Sendable {
    static let topLevelKeys = ["caveat", "rules", "rulePaths", "ignore", "allow", "failOn", "$schema"]
    static let ruleKeys = ["only", "disable", "severity"]

    public init() {}

    /// Parses the file at `path`.
    public func parse(path: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, pointer: "", message: "cannot read the configuration file")
        }
        return try parse(bytes: [UInt8](data), path: path)
    }

    /// Parses configuration JSON; `path` names it in errors and anchors its relative paths.
    public func parse(bytes: [UInt8], path: String) throws(ConfigurationError) -> Configuration {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw ConfigurationError(path: path, pointer: "", message: "not valid JSON (\(Self.describe(error)))")
        }
        guard let root = object as? [String: Any] else {
            throw ConfigurationError(path: path, pointer: "", message: "expected a JSON object at the top level")
        }
        try checkKeys(root, allowed: Self.topLevelKeys, pointer: "", path: path)
        guard let version = root["caveat"] as? Int else {
            throw ConfigurationError(path: path, pointer: "/caveat",
                                     message: "missing or invalid format version; write \"caveat\": 1")
        }
        guard version == 1 else {
            throw ConfigurationError(path: path, pointer: "/caveat",
                                     message: "unsupported format version \(version); this caveat reads version 1")
        }
        var configuration = Configuration(path: path)
        if let rules = root["rules"] {
            guard let rules = rules as? [String: Any] else {
                throw ConfigurationError(path: path, pointer: "/rules", message: "expected an object")
            }
            try checkKeys(rules, allowed: Self.ruleKeys, pointer: "/rules", path: path)
            if let only = rules["only"], !(only is NSNull) {
                configuration.only = Set(try strings(only, pointer: "/rules/only", path: path))
            }
            if let disable = rules["disable"] {
                configuration.disable = Set(try strings(disable, pointer: "/rules/disable", path: path))
            }
            if let severity = rules["severity"] {
                guard let map = severity as? [String: Any] else {
                    throw ConfigurationError(path: path, pointer: "/rules/severity", message: "expected an object")
                }
                for (rule, value) in map {
                    let pointer = "/rules/severity/\(rule)"
                    guard let name = value as? String, let level = Severity(rawValue: name) else {
                        throw ConfigurationError(path: path, pointer: pointer,
                                                 message: "expected \"error\", \"warning\" or \"info\"")
                    }
                    configuration.severity[rule] = level
                }
            }
        }
        let folder = configuration.directory
        if let paths = root["rulePaths"] {
            configuration.rulePaths = try strings(paths, pointer: "/rulePaths", path: path).map {
                $0.hasPrefix("/") ? $0 : (folder == "." ? $0 : folder + "/" + $0)
            }
        }
        if let ignore = root["ignore"] {
            configuration.ignore = try strings(ignore, pointer: "/ignore", path: path)
        }
        if let allow = root["allow"] {
            configuration.allow = try strings(allow, pointer: "/allow", path: path)
        }
        if let failOn = root["failOn"] {
            guard let name = failOn as? String, let level = FailLevel(rawValue: name) else {
                throw ConfigurationError(path: path, pointer: "/failOn",
                                         message: "expected \"error\", \"warning\", \"info\" or \"never\"")
            }
            configuration.failOn = level
        }
        return configuration
    }

    private func checkKeys(_ object: [String: Any], allowed: [String], pointer: String,
                           path: String) throws(ConfigurationError) {
        for key in object.keys.sorted() where !allowed.contains(key) {
            var message = "unknown key '\(key)'"
            if let suggestion = KeySuggester.suggestion(for: key, among: allowed) {
                message += " (did you mean '\(suggestion)'?)"
            } else {
                message += " (expected one of \(allowed.filter { $0 != "$schema" }.joined(separator: ", ")))"
            }
            throw ConfigurationError(path: path, pointer: "\(pointer)/\(key)", message: message)
        }
    }

    private func strings(_ value: Any, pointer: String, path: String) throws(ConfigurationError) -> [String] {
        guard let array = value as? [Any] else {
            throw ConfigurationError(path: path, pointer: pointer, message: "expected an array of strings")
        }
        var result: [String] = []
        for (index, element) in array.enumerated() {
            guard let string = element as? String else {
                throw ConfigurationError(path: path, pointer: "\(pointer)/\(index)", message: "expected a string")
            }
            result.append(string)
        }
        return result
    }

    private static func describe(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "syntax error"
    }
}
