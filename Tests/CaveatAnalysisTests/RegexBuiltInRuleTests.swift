import Foundation
import Testing
import TestSupport
@testable import CaveatAnalysis

/// The regular expressions of the built-in rules (`Rules/*.json`): each must compile, and, when the shared corpus
/// is present, find exactly what ICU (NSRegularExpression) finds in real articles.
@Suite("BoundedRegex on the built-in rules' patterns")
struct RegexBuiltInRuleTests {
    /// A `"regex"` value found in a rule file, with its pattern object's `case_sensitive` flag.
    struct RulePattern: Sendable, CustomTestStringConvertible {
        var file: String
        var pattern: String
        var caseSensitive: Bool
        var testDescription: String { "\(file): /\(pattern.prefix(60))/" }
    }

    static let patterns: [RulePattern] = {
        let folder = Paths.rules
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var found: [RulePattern] = []
        func collect(_ value: Any, file: String) {
            if let object = value as? [String: Any] {
                if let pattern = object["regex"] as? String {
                    found.append(RulePattern(
                        file: file, pattern: pattern, caseSensitive: object["case_sensitive"] as? Bool ?? false))
                }
                for (_, child) in object { collect(child, file: file) }
            } else if let array = value as? [Any] {
                for child in array { collect(child, file: file) }
            }
        }
        for name in names.sorted() where name.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            collect(json, file: name)
        }
        return found
    }()

    @Test func rulesHaveRegexPatterns() {
        #expect(!Self.patterns.isEmpty)
    }

    @Test(arguments: patterns)
    func compilesAndAgreesWithICU(_ rule: RulePattern) throws {
        let regex = try BoundedRegex(rule.pattern, caseInsensitive: !rule.caseSensitive)
        guard let shared = Paths.shared else { return }
        let expression = try NSRegularExpression(
            pattern: rule.pattern, options: rule.caseSensitive ? [] : [.caseInsensitive])
        var files: [URL] = []
        for source in ["kingcounty", "fakehealth"] {
            let folder = shared.appendingPathComponent("corpus/text/\(source)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".txt") }.sorted().prefix(25)
            files += names.map { folder.appendingPathComponent($0) }
        }
        var found = 0
        for file in files {
            let article = try String(contentsOf: file, encoding: .utf8)
            // Rules run on one block at a time, where `^` means the start of a paragraph: compare per paragraph.
            for paragraph in article.replacingOccurrences(of: "\r", with: "").split(separator: "\n") {
                let text = String(paragraph)
                let whole = NSRange(location: 0, length: (text as NSString).length)
                let utf16 = text.utf16
                let utf8 = text.utf8
                let expected = expression.matches(in: text, range: whole).map { match in
                    let start = utf16.index(utf16.startIndex, offsetBy: match.range.location)
                    let end = utf16.index(start, offsetBy: match.range.length)
                    let lower = utf8.distance(from: utf8.startIndex, to: start)
                    return lower..<(lower + utf8.distance(from: start, to: end))
                }
                let actual = regex.matches(in: text)
                #expect(actual == expected, "\(rule.file) on \"\(text.prefix(60))\"")
                found += actual.count
            }
        }
        print("BoundedRegex \(rule.file) /\(rule.pattern.prefix(40))…/: \(found) matches in \(files.count) articles")
    }
}
