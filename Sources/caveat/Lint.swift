import ArgumentParser
import CaveatKit

extension CaveatCommand {
    /// `caveat lint`: the command CI runs.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint files and folders (- for standard input).",
            discussion: """
                Folders are searched for .html, .htm, .txt, .md and .markdown files and .warc/.warc.gz web archives. \
                Output formats: text, json, jsonl, sarif, github, junit, rdjsonl, markdown, html, codequality. Exit codes: 0 nothing at or above \
                --fail-on; 1 findings at or above it; 2 usage, configuration, rule-file or input errors.
                """
        )

        @Argument(help: "Files, folders, or - for standard input.")
        var paths: [String]

        @Option(help: "Output format on standard output: text, json, jsonl, sarif, github, junit, rdjsonl, markdown, html, codequality.")
        var format = "text"

        @Option(name: .customLong("report"), help: ArgumentHelp(
            "Also write a report to a file, atomically (repeatable).", valueName: "format=path"))
        var reports: [String] = []

        @Option(help: "Lowest severity that fails the run: error, warning, info, never (default: error).")
        var failOn: String?

        @Option(name: .customLong("rules"), help: ArgumentHelp("Load rules from a file or folder (repeatable).",
                                                                valueName: "path"))
        var rulePaths: [String] = []

        @Flag(help: "Load only the rules given with --rules and the configuration.")
        var noBuiltinRules = false

        @Option(help: ArgumentHelp("Run only these rules (comma-separated, repeatable).", valueName: "ids"))
        var only: [String] = []

        @Option(help: ArgumentHelp("Don't run these rules (comma-separated, repeatable).", valueName: "ids"))
        var disable: [String] = []

        @Option(help: ArgumentHelp("Use this configuration file for every input.", valueName: "file"))
        var config: String?

        @Flag(help: "Ignore .caveat.json files.")
        var noConfig = false

        @Option(help: ArgumentHelp("Findings recorded in this baseline don't count.", valueName: "file"))
        var baseline: String?

        @Option(help: ArgumentHelp("Record the current findings as a baseline.", valueName: "file"))
        var writeBaseline: String?

        @Option(help: ArgumentHelp("Make report paths relative to this folder.", valueName: "dir"))
        var basePath: String?

        @Option(help: "Most annotations printed by --format github (a summary follows).")
        var maxAnnotations: Int?

        @Option(help: ArgumentHelp("Add an allow-list entry for every rule, e.g. your own helpline (repeatable).",
                                   valueName: "entry"))
        var allow: [String] = []

        @Option(help: ArgumentHelp("Base URL of the rule reference used in report links (SARIF helpUri).",
                                   valueName: "url"))
        var docsURL: String?

        @Option(help: ArgumentHelp("Override a density or metric rule's threshold (repeatable).",
                                   valueName: "rule=value"))
        var threshold: [String] = []

        @Flag(inversion: .prefixedNo, help: "Colour in text output (default: when standard output is a terminal).")
        var color: Bool?

        @Option(help: "How to read standard input: html, text, markdown.")
        var stdinFormat: DocumentFormatOption = .text

        @Option(help: "The name standard input gets in reports.")
        var stdinPath = "<stdin>"

        @Option(help: "Files linted in parallel (default: the number of cores).")
        var jobs: Int?

        func validate() throws {
            if let failOn, FailLevel(rawValue: failOn) == nil {
                throw ValidationError("--fail-on must be one of error, warning, info, never (got '\(failOn)')")
            }
            for report in reports where ReportRequest(argument: report) == nil {
                throw ValidationError("--report expects FORMAT=PATH (got '\(report)')")
            }
            for entry in threshold where Self.parseThreshold(entry) == nil {
                throw ValidationError("--threshold expects RULE=NUMBER (got '\(entry)')")
            }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if let maxAnnotations, maxAnnotations < 0 { throw ValidationError("--max-annotations must not be negative") }
        }

        func run() throws {
            var settings = LintSettings(paths: paths)
            settings.format = format
            settings.reports = reports.compactMap(ReportRequest.init(argument:))
            settings.failOn = failOn.flatMap(FailLevel.init(rawValue:))
            settings.rulePaths = rulePaths
            settings.useBuiltInRules = !noBuiltinRules
            settings.only = only.isEmpty ? nil : Set(Self.split(only))
            settings.disabled = Set(Self.split(disable))
            settings.configPath = config
            settings.ignoreConfigurationFiles = noConfig
            settings.baselinePath = baseline
            settings.writeBaselinePath = writeBaseline
            settings.basePath = basePath
            settings.maxAnnotations = maxAnnotations
            settings.color = color ?? (format == "text" && Output.colorByDefault)
            settings.standardInputFormat = stdinFormat
            settings.standardInputPath = stdinPath
            settings.jobs = jobs
            settings.docsURL = docsURL
            settings.allow = allow
            for entry in threshold {
                if let (rule, value) = Self.parseThreshold(entry) { settings.thresholds[rule] = value }
            }
            // Streaming formats arrive document by document; the rest in one piece at the end.
            try Output.emit(LintDriver().run(settings, standardInput: Output.readStandardInput,
                                             emit: { Output.write($0, to: 1) }))
        }

        private static func split(_ values: [String]) -> [String] {
            values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }

        private static func parseThreshold(_ entry: String) -> (String, Double)? {
            guard let request = ReportRequest(argument: entry), let value = Double(request.path) else { return nil }
            return (request.format, value)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
