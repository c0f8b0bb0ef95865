import Foundation
import Testing
import CaveatDocument
import CaveatEngine
import CaveatReaders
import TestSupport
@testable import CaveatReporters

/// Opens the HTML report in a real (headless) Chromium and checks what the browser rendered, scripts included.
/// Skips when no Chromium is installed (CI installs the Debian package `chromium`).
@Suite(.enabled(if: HeadlessChromium.isAvailable, "chromium is not installed"), .serialized)
struct HTMLBrowserTests {
    let browser = HeadlessChromium.find()!

    func writeReport(_ run: LintRun = SampleRun.run()) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-html-\(UUID().uuidString)")
        let url = directory.appendingPathComponent("report.html")
        try ReportWriter.write(HTMLReporter().render(run), to: url.path)
        return url
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func renderedDOMHasEveryHighlightAndTheScriptCountedThem() throws {
        let url = try writeReport()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let dom = try browser.dumpDOM(url)
        #expect(count("<mark class=\"sev-error\"", in: dom) == 1)
        #expect(count("<mark class=\"sev-warning\"", in: dom) == 3)
        #expect(count("<mark class=\"sev-info\"", in: dom) == 3)
        // Set by the page's script after it applied the filters: proof the script ran without errors.
        #expect(dom.contains("data-visible=\"7\""))
        #expect(dom.contains("7 of 7 findings shown"))
        #expect(!dom.contains(" off\""))
        // Files without findings are hidden once the script ran.
        #expect(dom.contains("<body data-findings=\"7\" class=\"hide-clean\"") || dom.contains("class=\"hide-clean\" data-findings"))
        // The browser parsed the escaped text back into the original characters, not into an element.
        #expect(dom.contains("&quot;recovery&quot; &lt;team&gt;</mark>") || dom.contains("\"recovery\" &lt;team&gt;</mark>"))
        #expect(!dom.contains("<team>"))
    }

    @Test func filtersHideFindingsByRuleAndSeverity() throws {
        let url = try writeReport()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let filtered = URL(string: url.absoluteString + "#hide=warning,self-medication")!
        let dom = try browser.dumpDOM(filtered)
        #expect(dom.contains("data-visible=\"1\""))
        #expect(dom.contains("1 of 7 findings shown"))
        #expect(count("<mark class=\"sev-warning off\"", in: dom) == 3)
        #expect(count("<mark class=\"sev-info off\"", in: dom) == 3)
        #expect(count("<mark class=\"sev-error\"", in: dom) == 1)
        #expect(count("class=\"note sev-warning\" id=\"f1-2\" data-severity=\"warning\" data-rule=\"dosing-claim\" hidden",
                      in: dom) == 1)
    }

    @Test func fiveHundredArticlesLoadAndFilter() throws {
        let url = try writeReport(ScaleTests.bigRun())
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let clock = ContinuousClock()
        var dom = ""
        let elapsed = try clock.measure { dom = try browser.dumpDOM(URL(string: url.absoluteString + "#hide=warning")!) }
        print("500-article report: load and filter in \(elapsed)")
        #expect(dom.contains("data-visible=\"2000\""))
        #expect(dom.contains("2000 of 5000 findings shown"))
    }

    @Test func screenshotIsAPNG() throws {
        let url = try writeReport()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let png = url.deletingLastPathComponent().appendingPathComponent("shot.png")
        try browser.screenshot(url, to: png)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(data.count > 20_000)
    }

    /// Regenerates `docs/images/html-report.png` when `CAVEAT_SCREENSHOT=1`: two seed articles read and linted by the
    /// real pipeline (built-in rules, plus the rule folder in `CAVEAT_SCREENSHOT_RULES` if set). The seed text is read
    /// at run time from ../shared and never stored in the repository, only the picture.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CAVEAT_SCREENSHOT"] == "1" && Paths.shared != nil))
    func seedScreenshotForTheDocs() throws {
        var sources: [RuleSource] = [.builtIn]
        if let folder = ProcessInfo.processInfo.environment["CAVEAT_SCREENSHOT_RULES"] { sources = [.path(folder)] }
        let linter = Linter(rules: try RuleSet.load(sources))
        let files = try ["000_b7a47dfdce84cc2a.txt", "001_861980c2effb5c76.txt"].map { name in
            let path = Paths.shared!.appendingPathComponent("seeds/\(name)").path
            return linter.lint(try DocumentLoader().load(path: path).get())
        }
        let run = LintRun(files: files, rules: linter.rules.infos, toolVersion: "0.1.0", basePath: Paths.shared!.path)
        #expect(!run.allFindings.isEmpty)
        let url = try writeReport(run)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let output = Paths.root.appendingPathComponent("docs/images/html-report.png")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try browser.screenshot(url, to: output, width: 1280, height: 2000)
        #expect(FileManager.default.fileExists(atPath: output.path))
    }
}
