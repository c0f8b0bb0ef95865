import Foundation
import Testing
import TestSupport

/// `caveat lint --format jsonl`, streaming, and web archives (WARC) end to end.
@Suite struct StreamingAndArchiveTests {
    static func fixture(_ name: String) -> String {
        Paths.fixtures.appendingPathComponent("warc/\(name)").path
    }

    static func objects(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func lintsTheDocumentsOfAWebArchiveNamedByTheirURLs() throws {
        let result = try CaveatCLI.run(["lint", "--no-config", "--format", "jsonl", Self.fixture("sample.warc.gz")])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let lines = try Self.objects(result.stdout)
        let findings = lines.filter { $0["type"] as? String == "finding" }
        #expect(Set(findings.compactMap { $0["path"] as? String }) == [
            "https://rehab.example/articles/sleeping-pills", "https://clinic.example/",
            "https://wet.example/stopping-alcohol"])
        // Positions are inside the payload: line 6 of the article is the dosing paragraph.
        let dose = try #require(findings.first { $0["rule"] as? String == "dosing-claim"
            && $0["path"] as? String == "https://rehab.example/articles/sleeping-pills" })
        #expect((dose["start"] as? [String: Int]) == ["line": 6, "column": 9, "offset": 192])
        #expect(dose["excerpt"] as? String == "5 mg three times a day")
        let summary = try #require(lines.last)
        #expect(summary["type"] as? String == "summary")
        let totals = try #require(summary["totals"] as? [String: Any])
        #expect(totals["files"] as? Int == 3)
        #expect(totals["skippedRecords"] as? Int == 4)
        #expect(totals["findings"] as? Int == findings.count)
    }

    @Test func damagedRecordsAreOneErrorEachAndEverythingElseIsLinted() throws {
        let result = try CaveatCLI.run(["lint", "--no-config", Self.fixture("corrupt.warc.gz"),
                                        Self.fixture("truncated.warc.gz")], in: Paths.fixtures)
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("corrupt.warc.gz: error: record 3 (offset 400): corrupt gzip data "
                                              + "(invalid bit length repeat) [warc-corrupt]") })
        #expect(lines.contains { $0.hasSuffix("truncated.warc.gz: error: record 7 (offset 1642): truncated: the file "
                                              + "ends inside the record's gzip member [warc-truncated]") })
        // The corrupt archive still yields its other two documents, the truncated one all three.
        #expect(lines.filter { $0.hasPrefix("https://clinic.example/:") && $0.contains("[promotional-contact]") }
            .count == 4)
        #expect(lines.filter { $0.hasPrefix("https://rehab.example/articles/sleeping-pills:6:9:") }.count == 1)
        #expect(lines.last == "11 findings (4 errors, 7 warnings) in 5 files; 2 input errors; "
                + "7 archive records skipped")
    }

    @Test func streamedOutputDoesNotDependOnTheNumberOfJobs() throws {
        let scratch = try Scratch()
        for index in 0..<40 {
            let text = index % 3 == 0 ? "Take \(index) mg twice a day.\n" : "Nothing to see in article \(index).\n"
            try scratch.write("docs/\(index / 10)/a\(index).txt", text)
        }
        try scratch.write("docs/3/broken.txt", Data([0x61, 0x00, 0x62]))
        let one = try CaveatCLI.run(["lint", "--no-config", "--format", "jsonl", "--jobs", "1", "docs"],
                                    in: scratch.url)
        let two = try CaveatCLI.run(["lint", "--no-config", "--format", "jsonl", "--jobs", "2",
                                     "--report", "jsonl=out/report.jsonl", "docs"], in: scratch.url)
        #expect(one.status == 2 && two.status == 2)
        #expect(one.stdout == two.stdout)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("out/report.jsonl"), encoding: .utf8)
                == one.stdout)
        // Documents in sorted path order: docs/0/a0.txt, a1 … a9, then docs/1/…
        let paths = try Self.objects(one.stdout).compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        #expect(paths.contains("docs/3/broken.txt"))
        #expect(one.stderr.contains("docs/3/broken.txt: error: binary file (NUL byte at offset 1) [binary-file]"))
        let json = try CaveatCLI.run(["lint", "--no-config", "--format", "json", "docs"], in: scratch.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let totals = try #require(report["totals"] as? [String: Any])
        let summary = try #require(try Self.objects(one.stdout).last?["totals"] as? [String: Any])
        for key in ["findings", "files", "filesWithFindings", "inputErrors"] {
            #expect(totals[key] as? Int == summary[key] as? Int, "\(key)")
        }
    }

    @Test func textOutputStreamsTheSameBytesAsBefore() throws {
        // The text format streams; its bytes are those of the whole-run rendering (the baseline forces that path).
        let scratch = try Scratch()
        try scratch.write("a.txt", "Take 5 mg three times a day.\n")
        try scratch.write("b.txt", "Nothing here.\n")
        let streamed = try CaveatCLI.run(["lint", "--no-config", "a.txt", "b.txt"], in: scratch.url)
        let buffered = try CaveatCLI.run(["lint", "--no-config", "--write-baseline", "base.json", "a.txt", "b.txt"],
                                         in: scratch.url)
        #expect(streamed.stdout == buffered.stdout)
        #expect(streamed.status == buffered.status)
    }

    @Test func aFolderGivenTwiceOrInsideAnotherIsLintedOnce() throws {
        let scratch = try Scratch()
        try scratch.write("d/x.txt", "Take 5 mg.\n")
        try scratch.write("d/sub/y.txt", "Take 5 mg.\n")
        let result = try CaveatCLI.run(["lint", "--no-config", "--format", "jsonl", "d/sub", "d", "d/x.txt", "d/"],
                                       in: scratch.url)
        let summary = try #require(try Self.objects(result.stdout).last?["totals"] as? [String: Any])
        #expect(summary["files"] as? Int == 2)
    }

    /// A WARC built from corpus pages gives the same findings, at the same positions, as the pages themselves.
    @Test(.enabled(if: Paths.shared != nil))
    func corpusPagesInAWebArchiveGetTheFindingsOfTheFiles() throws {
        let corpus = try #require(Paths.shared).appendingPathComponent("corpus/html/kingcounty-fragments")
        let pages = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".html") }.sorted().prefix(12)
        try #require(pages.count == 12)
        let scratch = try Scratch()
        var members = Data()
        for (index, page) in pages.enumerated() {
            let body = try Data(contentsOf: corpus.appendingPathComponent(page))
            let record = WARCBuilder.response(uri: "https://corpus.example/\(page)", html: body, number: index + 1)
            members.append(try WARCBuilder.gzip(record))
        }
        try scratch.write("corpus.warc.gz", members)
        let archive = try CaveatCLI.run(["lint", "--no-config", "--format", "jsonl", "corpus.warc.gz"],
                                        in: scratch.url)
        let files = try CaveatCLI.run(["lint", "--no-config", "--format", "jsonl"]
                                      + pages.map { corpus.appendingPathComponent($0).path }, in: scratch.url)
        func key(_ object: [String: Any]) -> String {
            let path = (object["path"] as? String ?? "").split(separator: "/").last.map(String.init) ?? ""
            let start = object["start"] as? [String: Int] ?? [:]
            let end = object["end"] as? [String: Int] ?? [:]
            return "\(path) \(object["rule"] ?? "") \(start["line"] ?? 0):\(start["column"] ?? 0):\(start["offset"] ?? 0)"
                + "-\(end["line"] ?? 0):\(end["column"] ?? 0) \(object["excerpt"] ?? "")"
        }
        let fromArchive = try Self.objects(archive.stdout).filter { $0["type"] as? String == "finding" }.map(key)
        let fromFiles = try Self.objects(files.stdout).filter { $0["type"] as? String == "finding" }.map(key)
        #expect(!fromFiles.isEmpty)
        #expect(fromArchive == fromFiles)
        #expect(archive.status == files.status)
    }
}

/// Writes WARC records for tests, and gzips them one member per record as Common Crawl does.
enum WARCBuilder {
    static func response(uri: String, html: Data, number: Int) -> Data {
        var block = Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(html.count)\r\n\r\n".utf8)
        block.append(html)
        var record = Data(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: \(uri)\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-\(String(format: "%012d", number))>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n").utf8)
        record.append(block)
        record.append(Data("\r\n\r\n".utf8))
        return record
    }

    /// One gzip member, made by the system's `gzip`.
    static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", "-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }
}
