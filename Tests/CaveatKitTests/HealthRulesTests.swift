import CaveatDocument
import CaveatEngine
import CaveatKit
import Foundation
import TestSupport
import Testing

@Suite struct HealthRulesTests {
    /// The ids are a public contract: configuration files and suppression comments name them.
    @Test func builtInRulesHaveTheContractIdsAndSeverities() throws {
        let rules = try HealthRulesHarness().rules
        let expected: [String: Severity] = [
            "unsupervised-self-medication": .error,
            "missing-withdrawal-seizure-warning": .error,
            "dosing-claim": .warning,
            "promotional-contact": .warning,
            "respiratory-depression-warning-missing": .warning,
            "abrupt-stop-advice": .error,
            "keyword-stuffing": .info,
            "brand-name-case": .info,
            "unbalanced-safety-claim": .info,
            "readability-grade": .info,
        ]
        for (id, severity) in expected {
            let info = try #require(rules.rule(withID: id)?.info, "missing rule \(id)")
            #expect(info.severity == severity, "\(id)")
            #expect(!info.references.isEmpty, "\(id) has no references")
            #expect(info.rationale.count > 80, "\(id) has too short a rationale")
        }
    }

    @Test func everyBuiltInRulePassesItsExamplesThroughEveryReader() throws {
        let rules = try HealthRulesHarness().rules
        let results = RuleTester(readers: HealthRulesHarness.readers).run(rules)
        #expect(results.count == rules.rules.count)
        for result in results {
            #expect(result.passed, "\(result.failures.map(\.description).joined(separator: "\n"))")
            #expect(result.checks >= 4, "\(result.ruleID) has too few examples")
        }
    }

    @Test func drugLexiconsNameTheirPublicDomainSources() throws {
        let folder = Paths.rules.appendingPathComponent("lexicons")
        let drugLexicons = ["benzodiazepines", "z-drugs", "barbiturates", "opioids", "gabapentinoids", "stimulants"]
        for name in drugLexicons {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["lexicon"] as? String == name)
            let source = try #require(object["source"] as? String)
            #expect(source.contains("RxNorm") && source.contains("public domain"), "\(name): \(source)")
        }
        let composite = try Data(contentsOf: folder.appendingPathComponent("sedative-hypnotics.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: composite) as? [String: Any])
        #expect(object["include"] as? [String] == ["benzodiazepines", "z-drugs", "barbiturates"])
    }

    /// Every labelled fixture comes out exactly as labelled, including the exact positions in the labels.
    @Test func fixturesMatchTheirLabelsExactly() throws {
        let labels = try LabelSet.load(contentsOf: Paths.fixtures.appendingPathComponent("health/labels.json"))
        #expect(labels.rules == ["unsupervised-self-medication", "missing-withdrawal-seizure-warning", "dosing-claim",
                                 "promotional-contact", "respiratory-depression-warning-missing", "abrupt-stop-advice"])
        for (index, rule) in labels.rules.enumerated() {
            let minimum = index < 4 ? 15 : 5
            let flags = labels.documents.filter { $0.path.hasPrefix("\(rule)/flag/") }
            let passes = labels.documents.filter { $0.path.hasPrefix("\(rule)/pass/") }
            #expect(flags.count >= minimum && passes.count >= minimum, "\(rule): \(flags.count) flag, \(passes.count) pass")
            #expect(flags.allSatisfy { $0.expect.contains(rule) }, "\(rule): a flag fixture does not expect it")
            #expect(passes.allSatisfy { !$0.expect.contains(rule) }, "\(rule): a pass fixture expects it")
        }
        #expect(labels.documents.reduce(0) { $0 + $1.locations.count } >= 10)
        let harness = try HealthRulesHarness()
        let report = Evaluator(labels: labels).evaluate(using: harness.lint)
        let mistakes = report.render().split(separator: "\n").filter { $0.contains(".html:") || $0.contains(".txt:")
            || $0.contains(".md:") }
        #expect(mistakes == [])
        for score in report.scores {
            #expect(score.precision == 1 && score.recall == 1, "\(score.rule)")
        }
    }

    @Test func doseInHTMLEntitiesPointsAtTheSourceCharacters() throws {
        let harness = try HealthRulesHarness()
        let url = Paths.fixtures.appendingPathComponent("health/dosing-claim/flag/02-range-with-entities.html")
        let findings = try harness.lint(url).findings.filter { $0.ruleID == "dosing-claim" }
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.span.start.line == 10)
        #expect(finding.span.start.column == 28)
        #expect(finding.excerpt == "2–10 mg two to four times daily")
    }

    @Test func publicHelplinesAreAllowedButTheClinicNumberIsNot() throws {
        let harness = try HealthRulesHarness()
        let report = harness.lint(text: """
            Call 988 or the SAMHSA helpline at 1-800-662-HELP, or Poison Control at 1-800-222-1222.
            Our clinic's line is 1-800-555-0123.
            """)
        let findings = report.findings.filter { $0.ruleID == "promotional-contact" }
        #expect(findings.map(\.excerpt) == ["Our clinic", "1-800-555-0123"])
        #expect(findings.map(\.span.start.line) == [2, 2])
    }

    @Test func allowListCanBeExtendedPerRun() throws {
        let text = "For an appointment, call the county clinic at (206) 555-0177."
        let before = try HealthRulesHarness().lint(text: text).findings.filter { $0.ruleID == "promotional-contact" }
        #expect(before.map(\.excerpt) == ["(206) 555-0177"])
        let after = try HealthRulesHarness(options: LintOptions(allow: ["206-555-0177"])).lint(text: text).findings
        #expect(after.filter { $0.ruleID == "promotional-contact" }.isEmpty)
    }

    @Test func withdrawalWarningRuleReadsNegationAndHypotheticals() throws {
        let harness = try HealthRulesHarness()
        func fires(_ text: String) -> Bool {
            harness.lint(text: text).findings.contains { $0.ruleID == "missing-withdrawal-seizure-warning" }
        }
        #expect(fires("Stopping Xanax does not cause seizures."))
        #expect(!fires("If you stop Xanax suddenly, you may have seizures."))
        #expect(!fires("Opioid withdrawal is miserable but rarely dangerous."))
        #expect(fires("Clonazepam treats seizure disorders. Quitting clonazepam brings anxiety."))
    }

    @Test func readabilityGradeIsConfigurablePerRun() throws {
        let text = "Stop. Wait. Rest. Breathe. " + String(repeating: "Call your doctor if you feel unwell today. ", count: 30)
        #expect(try HealthRulesHarness().lint(text: text).findings.filter { $0.ruleID == "readability-grade" }.isEmpty)
        let strict = try HealthRulesHarness(options: LintOptions(thresholds: ["readability-grade": 1]))
        let findings = strict.lint(text: text).findings.filter { $0.ruleID == "readability-grade" }
        #expect(findings.map(\.excerpt) == ["Stop."])
        #expect(findings.first?.message.hasSuffix("is above the target of 1 (244 words): shorter sentences and plain"
                                                  + "er words would help more readers.") == true)
    }

    @Test func selfMedicationAdviceInMidParagraph() throws {
        let harness = try HealthRulesHarness()
        func excerpts(_ text: String) -> [String] {
            harness.lint(text: text).findings.filter { $0.ruleID == "unsupervised-self-medication" }.map(\.excerpt)
        }
        #expect(excerpts("Most people feel achy for a week. Take ibuprofen for the aches.") == ["Take ibuprofen"])
        #expect(excerpts("Most people feel achy. Take ibuprofen for the aches. Ask your pharmacist first.") == [])
        #expect(excerpts("Sleep is poor at first. Lower doses of melatonin work as well as higher ones.") == [])
        #expect(excerpts("Sleep is poor at first. Should you take melatonin?") == [])
    }

    @Test func abruptStopAdviceFlagsPermissionAndHarmlessClaimsOnly() throws {
        let harness = try HealthRulesHarness()
        func excerpts(_ text: String) -> [String] {
            harness.lint(text: text).findings.filter { $0.ruleID == "abrupt-stop-advice" }.map(\.excerpt)
        }
        #expect(excerpts("It is fine to quit alcohol cold turkey.") == ["quit alcohol cold turkey"])
        #expect(excerpts("Quitting Xanax cold turkey is dangerous.") == [])
        #expect(excerpts("Never stop methadone abruptly.") == [])
    }
}
