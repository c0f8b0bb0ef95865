import Foundation
import TestSupport
import CaveatEngine

/// Paths of the engine's fixture rule files.
enum Fixture {
    static let rulesFolder = Paths.fixtures.appendingPathComponent("rules")

    static func path(_ relative: String) -> String {
        rulesFolder.appendingPathComponent(relative).path
    }

    /// The valid fixture rule and lexicon files (everything but `invalid/`).
    static var validFiles: [String] {
        let enumerator = FileManager.default.enumerator(atPath: rulesFolder.path)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".json"), !relative.hasPrefix("invalid/") { files.append(path(relative)) }
        }
        return files.sorted()
    }

    static var lexicons: [RuleSource] {
        validFiles.filter { $0.contains("/lexicons/") }.map { RuleSource.path($0) }
    }

    /// The valid fixture rules, loaded.
    static func ruleSet() throws -> RuleSet {
        try RuleSet.load(validFiles.map { .path($0) })
    }
}
