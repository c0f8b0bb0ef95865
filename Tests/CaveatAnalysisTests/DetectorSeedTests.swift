import CaveatDocument
import Foundation
import TestSupport
import Testing
@testable import CaveatAnalysis

/// Runs the detectors over the shared sample articles (one block per line). Skips when `../shared` is absent.
/// Asserts properties, not copied text: the seeds are third-party pages.
@Suite struct DetectorSeedTests {
    struct Found {
        var detector: String
        var match: DetectorMatch
        var line: Int
        var file: String
    }

    func detectAll() throws -> [Found]? {
        guard let shared = Paths.shared else { return nil }
        let folder = shared.appendingPathComponent("seeds")
        var found: [Found] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let block = makeBlock(String(line))
                for detector in DetectorRegistry.names {
                    for match in DetectorRegistry.detector(named: detector)!.detect(in: block) {
                        found.append(Found(detector: detector, match: match, line: number, file: name))
                    }
                }
            }
        }
        return found
    }

    @Test func promotionalPhoneSitsBesideACallToAction() throws {
        guard let found = try detectAll() else { return }
        let phones = found.filter { $0.detector == "phone" }
        #expect(!phones.isEmpty)
        for phone in phones {
            #expect(phone.match.attributes["kind"] == "nanp")
            #expect(phone.match.normalized.utf8.count == 11 && phone.match.normalized.hasPrefix("1"))
            let sameLine = found.filter { $0.file == phone.file && $0.line == phone.line }
            let cta = sameLine.filter { $0.detector == "call-to-action" && $0.match.attributes["kind"] == "contact" }
            #expect(cta.contains { $0.match.range.upperBound <= phone.match.range.lowerBound })
        }
    }

    @Test func seedsHaveNoDoseEmailOrURLMatches() throws {
        guard let found = try detectAll() else { return }
        // The sample articles discuss drugs without stating doses and link nowhere in their text.
        #expect(found.filter { $0.detector == "dose" }.isEmpty)
        #expect(found.filter { $0.detector == "email" || $0.detector == "url" }.isEmpty)
    }
}
