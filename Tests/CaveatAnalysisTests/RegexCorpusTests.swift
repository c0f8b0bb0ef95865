import Foundation
import Testing
import TestSupport
@testable import CaveatAnalysis

/// Realistic rule patterns over the real articles in `../shared/corpus/text`, checked against ICU
/// (NSRegularExpression). Skipped when the shared folder is absent.
@Suite("BoundedRegex on real articles", .enabled(if: Paths.shared != nil))
struct RegexCorpusTests {
    /// Patterns of the kind rules use; none relies on a documented difference from ICU (`$`, `\d` beyond ASCII,
    /// `.` and `\r`, empty loop iterations).
    static let patterns = [
        "\\b\\d+(?:\\.\\d+)?\\s?(?:mg|mcg|µg|ml|units?)\\b",
        "\\(?\\b\\d{3}\\)?[-. ]?\\d{3}[-. ]\\d{4}\\b",
        "\\b(?:call|contact)\\b.{0,40}?\\b(?:today|now)\\b",
        "\\b(?:stop|quit|taper)\\w*",
        "\\b[A-Z][a-z]+ (?:Hospital|Clinic|Center)\\b",
        "[\\w.+-]+@[\\w-]+\\.[\\w.]+",
        "\\bseizures?\\b|\\bconvulsions?\\b",
        "\\b\\w+ly\\b",
        "\\s{2,}",
        "(?:\\b\\w+\\b\\W+){3}",
    ]

    private static func articles() throws -> [String] {
        guard let shared = Paths.shared else { return [] }
        let folder = shared.appendingPathComponent("corpus/text")
        var texts: [String] = []
        for source in ["fakehealth", "kingcounty"] {
            let directory = folder.appendingPathComponent(source)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".txt") }.sorted().prefix(25)
            for name in names {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                // ICU's `.` stops at `\r`, caveat's only at `\n` (documented); compare on `\n` line ends.
                texts.append(text.replacingOccurrences(of: "\r", with: ""))
            }
        }
        return texts
    }

    private static func reference(_ expression: NSRegularExpression, _ text: String) -> [Range<Int>] {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        let utf16 = text.utf16
        let utf8 = text.utf8
        return expression.matches(in: text, range: whole).map { match in
            let start = utf16.index(utf16.startIndex, offsetBy: match.range.location)
            let end = utf16.index(start, offsetBy: match.range.length)
            return utf8.distance(from: utf8.startIndex, to: start)..<utf8.distance(from: utf8.startIndex, to: end)
        }
    }

    @Test(arguments: patterns)
    func agreesWithICU(_ pattern: String) throws {
        let texts = try Self.articles()
        try #require(!texts.isEmpty)
        let regex = try BoundedRegex(pattern)
        let expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        var bytes = 0
        var found = 0
        var elapsed = Duration.zero
        let clock = ContinuousClock()
        for text in texts {
            var actual: [Range<Int>] = []
            elapsed += clock.measure { actual = regex.matches(in: text) }
            let expected = Self.reference(expression, text)
            #expect(actual == expected, "/\(pattern)/ on an article starting \"\(text.prefix(40))\"")
            bytes += text.utf8.count
            found += actual.count
        }
        print("BoundedRegex /\(pattern)/: \(found) matches in \(bytes / 1024) kB of articles, \(elapsed)")
    }
}
