import Testing
import CaveatEngine
@testable import CaveatReporters

@Suite struct CodeQualityReporterTests {
    @Test func issuesCarryGitLabFields() throws {
        let issues = try #require(try JSON.parse(CodeQualityReporter().render(SampleRun.run())).array)
        #expect(issues.count == 7)
        let first = issues[0]
        #expect(first["check_name"] == .string("missing-withdrawal-seizure-warning"))
        #expect(first["severity"] == .string("critical"))
        #expect(first["location"]?["path"] == .string("articles/stopping-lorazepam.md"))
        #expect(first["location"]?["lines"]?["begin"]?.int == 4)
        #expect(issues.map { $0["severity"]?.string ?? "" }.filter { $0 == "major" }.count == 3)
        // GitLab needs a unique fingerprint per issue, repeated sentences included.
        let fingerprints = issues.compactMap { $0["fingerprint"]?.string }
        #expect(Set(fingerprints).count == 7)
        // The same as the other reports' fingerprints, so tools can join them.
        let json = try JSON.parse(JSONReporter().render(SampleRun.run()))
        #expect(json["files"]?[0]?["findings"]?[0]?["fingerprint"]?.string == fingerprints[0])
    }
}
