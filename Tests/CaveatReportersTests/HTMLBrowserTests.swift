import Foundation
import Testing
import CaveatDocument
import CaveatEngine
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

    @Test func screenshotIsAPNG() throws {
        let url = try writeReport()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let png = url.deletingLastPathComponent().appendingPathComponent("shot.png")
        try browser.screenshot(url, to: png)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(data.count > 20_000)
    }

    /// Regenerates `docs/images/html-report.png` from a real seed article when `CAVEAT_SCREENSHOT=1` (the seed text
    /// is read at run time from ../shared and never stored in the repository, only the picture).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CAVEAT_SCREENSHOT"] == "1" && Paths.shared != nil))
    func seedScreenshotForTheDocs() throws {
        let seed = Paths.shared!.appendingPathComponent("seeds/001_861980c2effb5c76.txt")
        let text = try String(contentsOf: seed, encoding: .utf8)
        let doc = FixtureDocument(path: "seeds/001_861980c2effb5c76.txt", text: text, format: .text,
                                  shortLinesAreHeadings: true)
        let findings = [
            doc.finding("promotional-contact", .warning, "Promotional phone number (562) 573-1504 inside clinical text.",
                        on: "(562) 573-1504"),
        ]
        let run = LintRun(files: [FileReport(path: doc.path, document: doc.document, findings: findings)],
                          rules: SampleRun.rules, toolVersion: "0.1.0")
        let url = try writeReport(run)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let output = Paths.root.appendingPathComponent("docs/images/html-report.png")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try browser.screenshot(url, to: output, width: 1280, height: 1760)
        #expect(FileManager.default.fileExists(atPath: output.path))
    }
}
