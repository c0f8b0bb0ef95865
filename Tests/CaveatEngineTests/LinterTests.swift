import Testing
import CaveatDocument
import CaveatReaders
@testable import CaveatEngine

@Suite struct LinterTests {
    private static let article = """
    # Coming off sedatives

    Some people quit cold turkey. Call us at (201) 555-0123 today.

    When you stop taking Xanax, sleep is poor. Take 10 mg at night.

    """

    private func describe(_ findings: [Finding]) -> [String] {
        findings.map {
            "\($0.ruleID)@\($0.span.start.line):\($0.span.start.column)-\($0.span.end.line):\($0.span.end.column)"
        }
    }

    @Test func findingsAreSortedByPositionThenRuleIDWithExactSpans() throws {
        let report = Linter(rules: try Fixture.ruleSet()).lint(TestReaders.document(Self.article))
        #expect(describe(report.findings) == [
            "fixture-cold-turkey@3:18-3:29",
            "fixture-promo-phone@3:42-3:56",
            "fixture-stop-sedative@5:10-5:27",
            "fixture-withdrawal-seizure@5:10-5:27",
            "fixture-dose-supervision@5:49-5:63",
        ])
        #expect(report.errors.isEmpty)
        #expect(report.suppressed.isEmpty)
        let seizure = try #require(report.findings.first { $0.ruleID == "fixture-withdrawal-seizure" })
        #expect(seizure.message == "Discusses stopping stop taking Xanax but never warns that withdrawal can cause seizures.")
        #expect(seizure.severity == .error)
        #expect(seizure.sectionPath == ["Coming off sedatives"])
        #expect(seizure.sentence == "When you stop taking Xanax, sleep is poor.")
        #expect(seizure.excerpt == "stop taking Xanax")
        #expect(seizure.blockIndex == 2)
        #expect(seizure.textRange == 9..<26)
        // The companion was expected anywhere in the document: the related location spans the article.
        #expect(seizure.related.map(\.message) == ["expected somewhere in the document"])
        #expect(seizure.related.first.map { "\($0.span.start.line):\($0.span.start.column)" } == "1:3")
        #expect(seizure.related.first.map { "\($0.span.end.line):\($0.span.end.column)" } == "5:64")

        let phone = try #require(report.findings.first { $0.ruleID == "fixture-promo-phone" })
        #expect(phone.message == "Phone number 12015550123 in the article body.")
        let dose = try #require(report.findings.first { $0.ruleID == "fixture-dose-supervision" })
        #expect(dose.message == "Dose '10 mg at night' without a prescriber caveat in the same paragraph.")
        #expect(dose.related.map(\.message) == ["expected in this paragraph"])
        let turkey = try #require(report.findings.first)
        #expect(turkey.suggestion?.replacement == "gradually")
        #expect(turkey.suggestion?.span == turkey.span)
    }

    @Test func positionsPointIntoHTMLSource() throws {
        let html = "<html><body>\n<main><h1>Coming off</h1>\n<p>Some people quit <b>cold</b>\n  turkey.</p></main>\n"
            + "<footer><p>Call us at (201) 555-0123.</p></footer></body></html>"
        let document = HTMLReader().read(SourceText(path: "a.html", string: html))
        let report = Linter(rules: try Fixture.ruleSet()).lint(document)
        // The span runs from "cold" across the inline markup and the line break to the end of "turkey";
        // the phone number in the footer is page chrome and not looked at.
        #expect(describe(report.findings) == ["fixture-cold-turkey@3:24-4:9"])
        #expect(report.findings.first?.excerpt == "cold turkey")
    }

    @Test func inlineSuppressionsSilenceRangesAndNextBlocks() throws {
        let text = """
        <!-- caveat-disable-next fixture-cold-turkey -- quoting a reader's letter -->
        Some people quit cold turkey.

        Others quit cold turkey too.

        <!-- caveat-disable fixture-promo-phone -->
        Call us at (201) 555-0123.
        <!-- caveat-enable fixture-promo-phone -->

        Or call (201) 555-0199.

        <!-- caveat-disable fixture-cold-trukey -- typo -->
        """
        let report = Linter(rules: try Fixture.ruleSet()).lint(TestReaders.document(text, path: "s.md"))
        #expect(describe(report.findings) == ["fixture-cold-turkey@4:13-4:24", "fixture-promo-phone@10:9-10:23"])
        #expect(describe(report.suppressed) == ["fixture-cold-turkey@2:18-2:29", "fixture-promo-phone@7:12-7:26"])
        #expect(report.errors == [
            InputError(code: "missing-suppression-reason", path: "s.md",
                       message: "caveat-disable without a reason (add ' -- why')",
                       location: SourceLocation(line: 6, column: 1, offset: 139), isFatal: false),
            InputError(code: "unknown-rule-in-suppression", path: "s.md",
                       message: "unknown rule 'fixture-cold-trukey' in caveat-disable (did you mean 'fixture-cold-turkey'?)",
                       location: SourceLocation(line: 12, column: 1, offset: 279), isFatal: false),
        ])
    }

    @Test func disableWithoutRulesSilencesEverythingUntilEnable() throws {
        let text = """
        <!-- caveat-disable -- legacy page -->
        Quit cold turkey and call (201) 555-0123.
        <!-- caveat-enable -->

        Quit cold turkey.
        """
        let report = Linter(rules: try Fixture.ruleSet()).lint(TestReaders.document(text))
        #expect(describe(report.findings) == ["fixture-cold-turkey@5:6-5:17"])
        #expect(report.suppressed.map(\.ruleID) == ["fixture-cold-turkey", "fixture-promo-phone"])
        #expect(report.errors.isEmpty)
    }

    @Test func optionsSelectRulesOverrideSeverityAndExtendAllowLists() throws {
        let rules = try Fixture.ruleSet()
        let document = TestReaders.document(Self.article)
        let only = Linter(rules: rules, options: LintOptions(only: ["fixture-cold-turkey", "fixture-promo-phone"],
                                                             disabled: ["fixture-promo-phone"],
                                                             severityOverrides: ["fixture-cold-turkey": .error]))
        let report = only.lint(document)
        #expect(report.findings.map(\.ruleID) == ["fixture-cold-turkey"])
        #expect(report.findings.first?.severity == .error)
        let allowing = Linter(rules: rules, options: LintOptions(only: ["fixture-promo-phone"], allow: ["201-555-0123"]))
        #expect(allowing.lint(document).findings.isEmpty)
    }

    @Test func densityReportsTheFigureAndHonoursThresholdOverrides() throws {
        let rules = try Fixture.ruleSet()
        let text = "A miracle cure, an amazing result, a miracle again, all in fifteen words of pure marketing copy here."
        let document = TestReaders.document(text)
        let report = Linter(rules: rules, options: LintOptions(only: ["fixture-miracle-density"])).lint(document)
        #expect(report.findings.map(\.message) == ["'amazing' appears 3 times (166.7 per 1,000 words; limit 100)."])
        let relaxed = Linter(rules: rules, options: LintOptions(only: ["fixture-miracle-density"],
                                                                thresholds: ["fixture-miracle-density": 200]))
        #expect(relaxed.lint(document).findings.isEmpty)
    }

    @Test func requireWithSectionScopeNamesTheSection() throws {
        let rule = """
        { "caveat": 1, "rules": [ { "id": "taper-needs-doctor", "title": "t", "kind": "require", "severity": "warning",
          "category": "c", "message": "Taper advice without a doctor in this {scope} ({count} mentions).",
          "rationale": "r", "when": { "phrases": ["taper"] }, "require": { "phrases": ["doctor"] }, "scope": "section",
          "examples": { "flag": ["# Plan\\n\\n[[Taper]] slowly."], "pass": ["Taper slowly with your doctor."] } } ] }
        """
        let rules = try RuleSet.load([.json(name: "inline", text: rule)])
        let text = "# Plan\n\nTaper slowly. Tapering takes weeks.\n\n# Help\n\nAsk your doctor.\n\n## More\n\nTaper again.\n"
        let report = Linter(rules: rules).lint(TestReaders.document(text))
        // "More" is a subsection of "Help": the doctor in Help's own paragraph is outside More, so More's trigger
        // is flagged too (a section scope covers the trigger's section and its subsections, not its parents).
        #expect(describe(report.findings) == ["taper-needs-doctor@3:1-3:6", "taper-needs-doctor@11:1-11:6"])
        #expect(report.findings.first?.message == "Taper advice without a doctor in this section (2 mentions).")
        #expect(report.findings.first?.related.map(\.message) == ["expected in the section 'Plan'"])
        #expect(report.findings.first.map { "\($0.related[0].span.start.line)-\($0.related[0].span.end.line)" } == "1-3")
        let results = RuleTester(readers: TestReaders.all).run(rules)
        #expect(results.allSatisfy { $0.passed })
    }

    @Test func rulesDocumentationListsEveryRule() throws {
        let markdown = RuleDocumentation.markdown(for: try Fixture.ruleSet())
        #expect(markdown.hasPrefix("# caveat rules\n"))
        #expect(markdown.contains("| [`fixture-cold-turkey`](#fixture-cold-turkey) | warning | withdrawal | "
                                  + "Quitting cold turkey without a doctor |"))
        #expect(markdown.contains("### fixture-withdrawal-seizure\n\n**Stopping a sedative without a seizure warning**"))
        #expect(markdown.contains("> Some people quit **cold turkey** over a weekend."))
    }
}

@Suite struct MetricRuleTests {
    @Test func gradeAboveThresholdIsReportedOnTheFirstSentenceWithTheScore() throws {
        let rules = try Fixture.ruleSet()
        let text = "Pharmacokinetic considerations necessitate individualized administration regimens. "
            + "Comprehensive multidisciplinary evaluation facilitates identification of physiological dependence "
            + "and psychological complications accompanying prolonged pharmacological treatment."
        let document = TestReaders.document(text)
        let report = Linter(rules: rules, options: LintOptions(only: ["fixture-reading-grade"])).lint(document)
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect("\(finding.span.start.line):\(finding.span.start.column)-\(finding.span.end.column)" == "1:1-83")
        #expect(finding.message.hasPrefix("Flesch-Kincaid grade "))
        #expect(finding.message.hasSuffix(" is above 12 (21 words)."))
        let relaxed = Linter(rules: rules, options: LintOptions(only: ["fixture-reading-grade"],
                                                                thresholds: ["fixture-reading-grade": 40]))
        #expect(relaxed.lint(document).findings.isEmpty)
    }
}
