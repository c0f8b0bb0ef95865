import Foundation
import TestSupport

/// Runs the built `caveat` binary, as users and CI do.
struct CaveatCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `caveat` executable built next to the test bundle.
    static let executable: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = exe.deletingLastPathComponent()
        // The test runner lives inside `<name>.xctest` on some toolchains, beside the products on others.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("caveat").path),
              folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("caveat")
    }()

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = Paths.root) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large report cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary folder with files written by a test, removed afterwards.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        try write(path, Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// A rule file with one `match` rule flagging the phrase "cold turkey", and a `require` rule, for CLI tests that
    /// must not depend on the built-in health rules.
    static let ruleFile = """
    { "caveat": 1,
      "rules": [
        { "id": "test-cold-turkey", "title": "Cold turkey", "kind": "match", "severity": "warning",
          "category": "test", "message": "'{match}' suggests stopping at once.",
          "rationale": "Test rule.",
          "match": { "phrases": ["cold turkey"] },
          "examples": { "flag": ["Quit [[cold turkey]]."], "pass": ["Taper slowly."] } },
        { "id": "test-miracle", "title": "Miracle", "kind": "match", "severity": "error",
          "category": "test", "message": "Avoid '{match}'.",
          "rationale": "Test rule.",
          "match": { "phrases": ["miracle cure"] },
          "examples": { "flag": ["A [[miracle cure]]."], "pass": ["A treatment."] } }
      ] }
    """
}
