import Foundation
import Testing
import TestSupport
import CaveatEngine
@testable import CaveatKit

/// The lazy input walk yields what the eager collector did, in the same order, one input at a time.
@Suite struct InputWalkerTests {
    /// Names that sort differently as whole paths than as folder entries ('-' and '.' sort before '/').
    static let tree = ["a-b.md", "a/x.md", "a/y/z.txt", "a.c/w.html", "b.txt", "a/.hidden/h.md", "a/notes.pdf",
                       "c/archive.warc.gz.txt", "A/upper.md"]

    func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-walk-\(UUID().uuidString)")
        for path in Self.tree {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: file)
        }
        return root
    }

    @Test func walksFoldersInTheCollectorsSortedOrder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let (collected, collectorErrors) = InputCollector().collect([root.path, "/nonexistent/caveat"])
        let walker = InputWalker(arguments: [root.path, "/nonexistent/caveat"])
        let walked = walker.all()
        #expect(walked.map(\.path) == collected.map(\.path))
        #expect(walked.map(\.path).map { String($0.dropFirst(root.path.count + 1)) }
                == ["A/upper.md", "a-b.md", "a.c/w.html", "a/x.md", "a/y/z.txt", "b.txt", "c/archive.warc.gz.txt"])
        #expect(walker.errors == collectorErrors)
        #expect(walker.errors.map(\.code) == ["not-found"])
    }

    @Test func aFileReachedTwiceIsYieldedOnce() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a").path
        let explicit = root.appendingPathComponent("a/x.md").path
        let arguments = [explicit, root.path, a, root.appendingPathComponent("a/y").path, explicit]
        let walked = InputWalker(arguments: arguments).all().map(\.path)
        #expect(walked == InputCollector().collect(arguments).inputs.map(\.path))
        #expect(walked.count == Set(walked).count)
        #expect(walked.first == explicit)
    }

    @Test func standardInputAndExplicitFilesKeepCommandLineOrder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let pdf = root.appendingPathComponent("a/notes.pdf").path
        let walked = InputWalker(arguments: [pdf, "-"], standardInputPath: "<in>").all()
        #expect(walked.map(\.path) == [pdf, "<in>"])
        #expect(walked[0].origin == .file)
    }

    @Test func archivesBecomeOneInputPerDocumentRecord() throws {
        let archive = Paths.fixtures.appendingPathComponent("warc/corrupt.warc.gz").path
        let walker = InputWalker(arguments: [archive])
        let walked = walker.all()
        #expect(walked.map(\.path) == [archive, "https://clinic.example/", "https://wet.example/stopping-alcohol"])
        guard case .unreadable(let error) = walked[0].origin else {
            Issue.record("the damaged record should come first, in its place")
            return
        }
        #expect(error.code == "warc-corrupt")
        #expect(walker.skippedRecords == 4)
    }
}
