import Testing
import Foundation
import TestSupport
import CaveatDocument
@testable import CaveatEngine

/// The JSON Schemas shipped for editors must describe exactly what the loader accepts.
@Suite struct SchemaTests {
    private func schema(_ name: String) throws -> JSONNode {
        let url = Paths.root.appendingPathComponent("schemas").appendingPathComponent(name)
        return try JSONParser.parse(Array(try Data(contentsOf: url)))
    }

    private func propertyNames(_ node: JSONNode?) -> [String] {
        (node?["properties"]?.members ?? []).map(\.key).sorted()
    }

    private func enumValues(_ node: JSONNode?) -> [String] {
        (node?["enum"]?.elements ?? []).compactMap(\.string).sorted()
    }

    @Test func ruleFileSchemaListsExactlyTheLoadersKeys() throws {
        let root = try schema("rule-file.schema.json")
        #expect(root["$schema"]?.string == "https://json-schema.org/draft/2020-12/schema")
        let defs = root["$defs"]
        #expect(propertyNames(root) == RuleKeys.ruleFile.sorted())
        #expect(propertyNames(defs?["rule"]) == RuleKeys.rule.sorted())
        #expect(propertyNames(defs?["pattern"]) == RuleKeys.pattern.sorted())
        #expect(propertyNames(defs?["near"]) == RuleKeys.near.sorted())
        #expect(propertyNames(defs?["examples"]) == RuleKeys.examples.sorted())
        // Per kind, the allowed property names are the common keys plus that kind's keys.
        let branches = defs?["rule"]?["allOf"]?.elements ?? []
        #expect(branches.count == RuleKind.allCases.count)
        for branch in branches {
            let kind = try #require(branch["if"]?["properties"]?["kind"]?["const"]?.string.flatMap(RuleKind.init))
            let names = enumValues(branch["then"]?["propertyNames"])
            #expect(names == (RuleKeys.common + (RuleKeys.perKind[kind] ?? [])).sorted(), "\(kind)")
        }
        let properties = defs?["rule"]?["properties"]
        #expect(enumValues(properties?["kind"]) == RuleKind.allCases.map(\.rawValue).sorted())
        #expect(enumValues(properties?["severity"]) == Severity.allCases.map(\.rawValue).sorted())
        #expect(enumValues(properties?["precision"]) == RuleKeys.precisions.sorted())
        #expect(enumValues(properties?["regions"]?["items"]) == Region.allCases.map(\.rawValue).sorted())
        #expect(enumValues(properties?["blocks"]?["items"]) == BlockKind.allCases.map(\.rawValue).sorted())
        #expect(enumValues(properties?["anchor"]) == RuleKeys.anchors.sorted())
        #expect(enumValues(properties?["metric"]) == ReadabilityMetric.allCases.map(\.rawValue).sorted())
        let pattern = defs?["pattern"]?["properties"]
        #expect(enumValues(pattern?["unless_context"]?["items"]) == AnalysisBridge.contextCategories.sorted())
        let detectors = pattern?["detector"]?["oneOf"]?.elements?.first
        #expect(enumValues(detectors) == AnalysisBridge.detectorNames.sorted())
        let scopeNames = defs?["scope"]?["oneOf"]?.elements?.first
        #expect(enumValues(scopeNames) == RuleKeys.scopeNames.sorted())
    }

    @Test func lexiconSchemaListsExactlyTheLoadersKeys() throws {
        let root = try schema("lexicon.schema.json")
        #expect(propertyNames(root) == RuleKeys.lexiconFile.sorted())
        #expect(propertyNames(root["$defs"]?["term"]) == RuleKeys.term.sorted())
        #expect(enumValues(root["$defs"]?["term"]?["properties"]?["kind"]) == RuleKeys.termKinds.sorted())
    }

    @Test func everyRuleFileInTheRepositoryLoads() throws {
        // The built-in rules from disk and the engine's fixtures, together (ids and lexicon names are unique).
        var sources = Fixture.validFiles.map { RuleSource.path($0) }
        if FileManager.default.fileExists(atPath: Paths.rules.path) { sources.append(.path(Paths.rules.path)) }
        let rules = try RuleSet.load(sources)
        #expect(rules.rules.count >= 8)
    }

    @Test func builtInRulesAreEmbeddedInTheBinary() throws {
        let onDisk = FileManager.default.enumerator(atPath: Paths.rules.path)?.allObjects
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.map { "Rules/" + $0 }.sorted() ?? []
        #expect(EmbeddedRules.files.map(\.path).sorted() == onDisk)
        let builtIn = try RuleSet.load([.builtIn])
        let fromDisk = try RuleSet.load(onDisk.isEmpty ? [] : [.path(Paths.rules.path)])
        #expect(builtIn.ids == fromDisk.ids)
        #expect(builtIn.lexicons.map(\.name) == fromDisk.lexicons.map(\.name))
    }
}
