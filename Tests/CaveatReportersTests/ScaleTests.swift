import Foundation
import Testing
import CaveatDocument
import CaveatEngine
@testable import CaveatReporters

/// 500 articles of 40 paragraphs with 10 findings each, as a large editorial batch would produce.
@Suite struct ScaleTests {
    static func bigRun() -> LintRun {
        let paragraph = "Café owners say: call us today at (555) 010-2030 for a free taper plan. "
            + "Take 2 mg three times a day, then cut down on your own."
        let text = (0..<40).map { "\($0). " + paragraph }.joined(separator: "\n") + "\n"
        let doc = FixtureDocument(path: "articles/a.txt", text: text, format: .text)
        let findings = (0..<10).map { index in
            doc.finding(index % 2 == 0 ? "promotional-contact" : "dosing-claim", index % 3 == 0 ? .error : .warning,
                        "message \(index)", on: index % 2 == 0 ? "(555) 010-2030" : "Take 2 mg", inBlock: index * 4)
        }
        let files = (0..<500).map { number in
            var findingsHere = findings
            for index in findingsHere.indices { findingsHere[index].path = "articles/\(number).txt" }
            return FileReport(path: "articles/\(number).txt", document: doc.document, findings: findingsHere)
        }
        return LintRun(files: files, rules: SampleRun.rules, toolVersion: "1", basePath: "/repo", workingDirectory: "/repo")
    }

    @Test func everyFormatHandles500Articles() {
        let run = Self.bigRun()
        for name in ReporterRegistry.names {
            let clock = ContinuousClock()
            var output = ""
            let elapsed = clock.measure { output = ReporterRegistry.reporter(named: name)!.render(run) }
            print("\(name): \(output.utf8.count) bytes in \(elapsed)")
            if name == "github" {
                #expect(output.split(separator: "\n").count == 21)  // 10 errors, 10 warnings, the summary notice
            } else {
                #expect(output.utf8.count > 50_000, "\(name)")
            }
        }
        let html = HTMLReporter().render(run)
        #expect(html.components(separatedBy: "<mark class=").count - 1 == 5_000)
        #expect(!html.contains("<details class=\"file\" id=\"file-1\" data-severities=\"error warning\" open>"))
    }
}
