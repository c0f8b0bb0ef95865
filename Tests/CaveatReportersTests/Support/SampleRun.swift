import CaveatDocument
import CaveatEngine
import CaveatReporters

/// The hand-built run behind the golden files: two articles with findings of every severity (tabs, non-ASCII text
/// before a span, characters that need escaping, a repeated sentence, a suppressed finding, a related location, a
/// suggestion, a footer) and one file that could not be read.
enum SampleRun {
    static let articleText = """
    # Stopping lorazepam: what to expect
    Many people take lorazepam for months.
    ## Tapering
    When you stop taking lorazepam, expect anxiety and poor sleep for a week or two.
    \tTake 2 mg three times a day, then cut down on your own.
    Café owners say: call us today at (555) 010-2030 for a free taper plan ☕.
    ## Help
    - If you are in crisis, call 988.
    @footer Call (555) 010-9999 to book – offices open 9–5.

    """

    static let clinicText = """
    Our clinic & "recovery" <team>
    Self-medicate with leftover pills: it's 100% fine, a friend says.
    Self-medicate with leftover pills: it's 100% fine, a friend says.
    Self-medicate   with leftover pills: it's 100% FINE, a friend says.

    """

    static let rules: [RuleInfo] = [
        RuleInfo(id: "missing-withdrawal-seizure-warning", title: "Stopping a sedative without a seizure warning",
                 severity: .error, category: "safety",
                 message: "Discusses stopping {match} but never warns that withdrawal can cause seizures.",
                 rationale: "Stopping benzodiazepines or alcohol abruptly can cause seizures; readers need to be told.",
                 references: ["https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class",
                              "Ashton, Benzodiazepines: How They Work and How to Withdraw (2002)"],
                 tags: ["health", "withdrawal"], precision: "high",
                 fix: "Add that stopping suddenly can cause seizures and that tapering must be supervised."),
        RuleInfo(id: "dosing-claim", title: "Dosing instructions", severity: .warning, category: "safety",
                 message: "Gives a dose ({match}) without telling readers to follow their prescriber.",
                 rationale: "Doses depend on the person; articles should not prescribe.", tags: ["health"],
                 precision: "medium", fix: "Replace the dose with advice to follow the prescriber."),
        RuleInfo(id: "promotional-contact", title: "Promotional contact details in clinical text",
                 severity: .warning, category: "promotion",
                 message: "Promotional phone number {match} inside clinical text.",
                 rationale: "Sales contacts inside medical advice blur advice and advertising.", tags: ["promotion"],
                 precision: "high"),
        RuleInfo(id: "self-medication", title: "Self-medication without supervision", severity: .info,
                 category: "safety", message: "Suggests self-medication without a supervision caveat.",
                 rationale: "Self-medication advice needs a caveat to talk to a clinician.", precision: "low"),
        RuleInfo(id: "miracle-cure", title: "Cure claims", severity: .warning, category: "claims",
                 message: "Claims a cure.", rationale: "Addiction treatment has no guaranteed cure."),
    ]

    static let article = FixtureDocument(path: "articles/stopping-lorazepam.md", text: articleText)
    static let clinic = FixtureDocument(path: "articles/clinic page.txt", text: clinicText, format: .text)

    static func articleReport() -> FileReport {
        let doc = article
        let tapering = doc.span(of: "Tapering")
        return FileReport(path: doc.path, document: doc.document, findings: [
            doc.finding("missing-withdrawal-seizure-warning", .error,
                        "Discusses stopping lorazepam but never warns that withdrawal can cause seizures.",
                        on: "stop taking lorazepam",
                        related: [RelatedLocation(message: "no seizure warning anywhere in this section", span: tapering)]),
            doc.finding("dosing-claim", .warning,
                        "Gives a dose (2 mg 3/day) without telling readers to follow their prescriber.",
                        on: "Take 2 mg three times a day", suggestion: "Take the dose your prescriber sets"),
            doc.finding("promotional-contact", .warning, "Promotional phone number (555) 010-2030 inside clinical text.",
                        on: "(555) 010-2030"),
        ], suppressed: [
            doc.finding("promotional-contact", .warning, "Promotional phone number (555) 010-9999 inside clinical text.",
                        on: "(555) 010-9999"),
        ])
    }

    static func clinicReport() -> FileReport {
        let doc = clinic
        let message = "Suggests self-medication: 100% unsupervised, no caveat."
        // Blocks 1 and 2 hold the same sentence; block 3 differs only in spacing and case.
        let promotion = doc.finding("promotional-contact", .warning,
                                    "Promotional name: \"recovery\" <team> & co, inside clinical text.",
                                    on: "\"recovery\" <team>")
        return FileReport(path: doc.path, document: doc.document, findings: [promotion] + (1...3).map { index in
            doc.finding("self-medication", .info, message, on: "Self-medicate", inBlock: index)
        })
    }

    static func missingReport() -> FileReport {
        FileReport(path: "articles/missing.html", errors: [
            InputError(code: "not-found", path: "articles/missing.html", message: "No such file or directory"),
        ])
    }

    /// The run of the golden files: base and working directory `/repo`, version `1.2.3`.
    static func run() -> LintRun {
        LintRun(files: [articleReport(), clinicReport(), missingReport()], rules: rules, toolVersion: "1.2.3",
                basePath: "/repo", workingDirectory: "/repo")
    }
}
