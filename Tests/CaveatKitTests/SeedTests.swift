import CaveatEngine
import Foundation
import TestSupport
import Testing

/// The five real seed articles (read from `../shared/seeds`, never copied into the repository) and what rules 1-4
/// must say about each.
@Suite struct SeedTests {
    static let judged: Set<String> = ["unsupervised-self-medication", "missing-withdrawal-seizure-warning",
                                      "dosing-claim", "promotional-contact"]

    @Test(arguments: [
        ("000", ["missing-withdrawal-seizure-warning"]),
        ("001", ["promotional-contact"]),
        ("002", ["promotional-contact"]),
        ("003", []),
        ("004", ["missing-withdrawal-seizure-warning"]),
    ] as [(String, [String])])
    func seedFiresExactlyTheExpectedRules(prefix: String, expected: [String]) throws {
        guard let shared = Paths.shared else { return }
        let folder = shared.appendingPathComponent("seeds")
        guard let name = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .first(where: { $0.hasPrefix(prefix + "_") }) else { return }
        let report = try HealthRulesHarness().lint(folder.appendingPathComponent(name))
        let fired = Set(report.findings.map(\.ruleID)).intersection(Self.judged)
        #expect(fired == Set(expected), "\(name): \(report.findings.map { "\($0.ruleID) \($0.excerpt)" })")
    }

    @Test func contentQualityRulesFireOnTheSeedsThatShowTheProblem() throws {
        guard let shared = Paths.shared else { return }
        let folder = shared.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        guard names.count == 5 else { return }
        let harness = try HealthRulesHarness()
        var stuffing: [String] = []
        var lowerCaseBrands: [String] = []
        for name in names {
            let findings = try harness.lint(folder.appendingPathComponent(name)).findings
            if findings.contains(where: { $0.ruleID == "keyword-stuffing" }) { stuffing.append(String(name.prefix(3))) }
            if findings.contains(where: { $0.ruleID == "brand-name-case" }) { lowerCaseBrands.append(String(name.prefix(3))) }
        }
        #expect(stuffing == ["002"])
        #expect(lowerCaseBrands == ["000", "004"])
    }

    @Test func seed001FlagsThePhoneLineAndTheCallToAction() throws {
        guard let shared = Paths.shared else { return }
        let folder = shared.appendingPathComponent("seeds")
        guard let name = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .first(where: { $0.hasPrefix("001_") }) else { return }
        let report = try HealthRulesHarness().lint(folder.appendingPathComponent(name))
        let promotion = report.findings.filter { $0.ruleID == "promotional-contact" }
        #expect(promotion.map(\.excerpt).contains("(562) 573-1504"))
        #expect(promotion.map(\.excerpt).contains("call us today"))
        #expect(!report.findings.contains { $0.ruleID == "dosing-claim" })
    }
}
