import Testing
import CaveatEngine
@testable import CaveatReporters

@Suite struct RDJSONLReporterTests {
    func lines() throws -> [JSON] {
        try RDJSONLReporter().render(SampleRun.run()).split(separator: "\n").map { try JSON.parse(String($0)) }
    }

    @Test func oneDiagnosticPerLineWithByteColumns() throws {
        let diagnostics = try lines()
        #expect(diagnostics.count == 8)
        let phone = diagnostics[2]
        #expect(phone["location"]?["path"] == .string("articles/stopping-lorazepam.md"))
        // "Café" is 4 scalars but 5 bytes: the byte column is one more than the character column (35).
        #expect(phone["location"]?["range"]?["start"]?["column"]?.int == 36)
        #expect(phone["location"]?["range"]?["end"]?["column"]?.int == 50)  // exclusive: 36 + 14 bytes
        #expect(phone["severity"] == .string("WARNING"))
        #expect(phone["source"]?["name"] == .string("caveat"))
        #expect(phone["code"]?["value"] == .string("promotional-contact"))
        #expect(phone["code"]?["url"] == .string(ReporterOptions.defaultDocsURL + "#promotional-contact"))
    }

    @Test func suggestionsAndRelatedLocations() throws {
        let diagnostics = try lines()
        let dose = diagnostics[1]
        #expect(dose["suggestions"]?[0]?["text"] == .string("Take the dose your prescriber sets"))
        // The tab is one byte: "Take" starts at byte column 2.
        #expect(dose["suggestions"]?[0]?["range"]?["start"]?["column"]?.int == 2)
        #expect(diagnostics[0]["related_locations"]?[0]?["location"]?["range"]?["start"]?["line"]?.int == 3)
        #expect(diagnostics[6]["severity"] == .string("INFO"))
        #expect(diagnostics[7]["code"]?["value"] == .string("not-found"))
        #expect(diagnostics[7]["location"]?["range"] == nil)
    }
}
