import Foundation

/// Runs a headless Chromium to load a page and dump its DOM after scripts ran, or take a screenshot.
/// `HeadlessChromium.find()` is `nil` when no browser is installed, so browser tests skip cleanly.
struct HeadlessChromium {
    let executable: String

    /// `CAVEAT_CHROMIUM`, else the first of the usual binary names that exists.
    static func find() -> HeadlessChromium? {
        let environment = ProcessInfo.processInfo.environment
        var candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
                          "/usr/bin/google-chrome-stable", "/snap/bin/chromium",
                          "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                          "/Applications/Chromium.app/Contents/MacOS/Chromium"]
        if let override = environment["CAVEAT_CHROMIUM"] { candidates.insert(override, at: 0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(HeadlessChromium.init)
    }

    static let isAvailable = find() != nil

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The serialised DOM of `url` once the page loaded.
    func dumpDOM(_ url: URL) throws -> String {
        String(decoding: try run(["--dump-dom", url.absoluteString]), as: UTF8.self)
    }

    /// A PNG screenshot of `url` at the given window size.
    func screenshot(_ url: URL, to output: URL, width: Int = 1280, height: Int = 1400) throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(output.path)",
                     url.absoluteString])
    }

    private func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> Data {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start. The page is ours.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw Failure(description: "chromium \(arguments.first ?? "") exited with status \(process.terminationStatus)")
        }
        return data
    }
}
