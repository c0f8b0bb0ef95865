import Foundation
import Testing
@testable import CaveatReporters

@Suite struct ReportWriterTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("reports/nested/out.sarif").path
        try ReportWriter.write("first", to: path)
        try ReportWriter.write("second report", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second report")
        let listing = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("reports/nested").path)
        #expect(listing == ["out.sarif"])
    }

    /// The old report stays whole until the new one is complete: a reader polling the file while large reports
    /// are written over it only ever sees one complete version or the other.
    @Test func readersNeverSeeAPartialReport() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.json").path
        let versions = (0..<2).map { Data(String(repeating: Character(String($0)), count: 4_000_000).utf8) }
        try ReportWriter.write(versions[0], to: path)
        let reader = Task.detached { () -> Int in
            var partial = 0
            for _ in 0..<200 {
                let data = FileManager.default.contents(atPath: path) ?? Data()
                if data != versions[0] && data != versions[1] { partial += 1 }
            }
            return partial
        }
        for index in 0..<10 { try ReportWriter.write(versions[index % 2 == 0 ? 1 : 0], to: path) }
        #expect(await reader.value == 0)
    }

    @Test func failureLeavesTheOldReportAndNoTemporaryFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A directory in the way of the rename: the write must fail cleanly.
        let blocked = directory.appendingPathComponent("report.xml")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("child"), withIntermediateDirectories: true)
        #expect(throws: ReportWriteError.self) { try ReportWriter.write("x", to: blocked.path) }
        let listing = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(listing == ["report.xml"])
    }
}
