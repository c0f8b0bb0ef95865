import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import CaveatEngine
@testable import CaveatReporters

/// Collects what the JUnit tests check: suites, test cases and failure texts, as an XML parser sees them.
private final class JUnitCollector: NSObject, XMLParserDelegate {
    var suites: [[String: String]] = []
    var cases: [String] = []
    var failures: [(type: String, message: String, text: String)] = []
    var text = ""
    var current: [String: String]?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "testsuite": suites.append(attributes)
        case "testcase": cases.append("\(attributes["classname"] ?? "")#\(attributes["name"] ?? "")")
        case "failure", "error": current = attributes; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "failure" || name == "error", let current {
            failures.append((current["type"] ?? "", current["message"] ?? "", text))
        }
        current = nil
    }
}

@Suite struct JUnitReporterTests {
    private func parse(_ xml: String) throws -> JUnitCollector {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = JUnitCollector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return collector
    }

    @Test func suitePerFileCasePerRuleFailuresCarryFindings() throws {
        let result = try parse(JUnitReporter().render(SampleRun.run()))
        #expect(result.suites.map { $0["name"] } == ["articles/stopping-lorazepam.md", "articles/clinic page.txt",
                                                     "articles/missing.html"])
        #expect(result.suites.map { $0["tests"] } == ["5", "5", "1"])
        #expect(result.suites.map { $0["failures"] } == ["3", "2", "0"])
        #expect(result.cases.count == 11)
        #expect(result.cases.contains("articles/missing.html#read"))
        let promotion = try #require(result.failures.first { $0.message.hasPrefix("Promotional name") })
        // Quotes, angle brackets and ampersands survive escaping.
        #expect(promotion.message == "Promotional name: \"recovery\" <team> & co, inside clinical text.")
        #expect(promotion.text.contains("“\"recovery\" <team>”"))
        let selfMedication = try #require(result.failures.first { $0.type == "info" })
        #expect(selfMedication.text.split(separator: "\n").count == 6)
        #expect(result.failures.last?.type == "not-found")
    }

    @Test func controlCharactersAreReplacedSoTheXMLStaysWellFormed() throws {
        var run = SampleRun.run()
        run.files[0].findings[0].message = "bad \u{01} byte & <tag>\nline"
        let result = try parse(JUnitReporter().render(run))
        #expect(result.failures[0].message == "bad \u{FFFD} byte & <tag>\nline")
    }
}
