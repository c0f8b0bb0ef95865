public import CaveatEngine
import CaveatDocument

/// SARIF 2.1.0, as GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF viewers read it.
///
/// Paths are relative to the run's base path under `uriBaseId` `%SRCROOT%`; columns are Unicode code points
/// (`columnKind`), ends exclusive; `partialFingerprints["caveat/v1"]` hashes rule, path, sentence and occurrence, so
/// alerts keep their identity when lines are added above them. Suppressed findings are included with an in-source
/// suppression, which code scanning shows as closed. The log streams: results are written document by document.
public struct SARIFReporter: StreamingReporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let fingerprintKey = "caveat/v1"

    /// The settings this reporter reads.
    public let options: ReporterOptions
    /// The format name.
    public var name: String { "sarif" }
    /// The usual file extension.
    public var fileExtension: String { "sarif" }

    /// A reporter with the given settings (defaults: no colour, 10 annotations per level, the public docs).
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    /// The log up to the opening of `results`: the tool, its rules and the run's settings. The run's keys are sorted
    /// as in every caveat report, except that `results` and then `invocations` come last, so that results can be
    /// written as documents are linted and the notifications about input errors after them.
    public func header(_ run: LintRun) -> String {
        var sarifRun: [String: JSONValue] = [
            "tool": ["driver": [
                "name": "caveat",
                "semanticVersion": .string(run.toolVersion),
                "version": .string(run.toolVersion),
                "informationUri": .string(options.docsURL),
                "rules": .array(run.rules.map(rule)),
            ]],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": ["%SRCROOT%": ["uri": .string("file://" + RunPaths.uriEncoded(run.basePath + "/"))]],
        ]
        if !options.category.isEmpty { sarifRun["automationDetails"] = ["id": .string(options.category)] }
        var runText = JSONValue.object(sarifRun).pretty(indent: 2)
        runText.removeLast("\n    }".count)
        return "{\n  \"$schema\": " + JSONValue.string(SARIFReporter.schemaURI).compact() + ",\n  \"runs\": [\n    "
            + runText + ",\n      \"results\": ["
    }

    /// The document's results (counted findings, then suppressed ones); its input errors are kept for the footer.
    public func block(for file: FileReport, in run: LintRun, state: inout ReportStreamState) -> String {
        let ruleIndex = run.ruleIndex
        let path = run.reportPath(file.path)
        let artifact = artifactLocation(path)
        var results: [JSONValue] = []
        let fingerprints = Fingerprint.fingerprints(of: file.findings, path: path)
        for (finding, fingerprint) in zip(file.findings, fingerprints) {
            results.append(result(finding, artifact: artifact, fingerprint: fingerprint, ruleIndex: ruleIndex,
                                  suppressed: false))
        }
        let suppressedPrints = Fingerprint.fingerprints(of: file.suppressed, path: path)
        for (finding, fingerprint) in zip(file.suppressed, suppressedPrints) {
            results.append(result(finding, artifact: artifact, fingerprint: fingerprint, ruleIndex: ruleIndex,
                                  suppressed: true))
        }
        for error in file.errors {
            var location: [String: JSONValue] = ["artifactLocation": artifact]
            if let start = error.location {
                location["region"] = ["startLine": .int(max(1, start.line)), "startColumn": .int(max(1, start.column))]
            }
            state.deferredItems.append([
                "level": .string(error.isFatal ? "error" : "warning"),
                "message": ["text": .string(error.message)],
                "descriptor": ["id": .string(error.code)],
                "locations": [["physicalLocation": .object(location)]],
            ])
            if error.isFatal { state.sawFatalError = true }
        }
        var out = ""
        for result in results {
            out += (state.itemsWritten == 0 ? "\n        " : ",\n        ") + result.pretty(indent: 4)
            state.itemsWritten += 1
        }
        return out
    }

    /// Closes `results`, then the invocation with its notifications, then the log.
    public func footer(_ run: LintRun, summary: RunSummary, state: ReportStreamState) -> String {
        var invocation: [String: JSONValue] = ["executionSuccessful": .bool(!state.sawFatalError)]
        if !state.deferredItems.isEmpty { invocation["toolExecutionNotifications"] = .array(state.deferredItems) }
        return (state.itemsWritten == 0 ? "]" : "\n      ]") + ",\n      \"invocations\": "
            + JSONValue.array([.object(invocation)]).pretty(indent: 3) + "\n    }\n  ],\n  \"version\": \"2.1.0\"\n}\n"
    }

    private func artifactLocation(_ path: String) -> JSONValue {
        if RunPaths.isURL(path) { return ["uri": .string(path)] }
        if path.hasPrefix("/") { return ["uri": .string("file://" + RunPaths.uriEncoded(path))] }
        return ["uri": .string(RunPaths.uriEncoded(path)), "uriBaseId": "%SRCROOT%"]
    }

    private func rule(_ rule: RuleInfo) -> JSONValue {
        var markdown = "**\(rule.title)**\n\n\(rule.rationale)"
        var text = "\(rule.title)\n\n\(rule.rationale)"
        if let fix = rule.fix {
            markdown += "\n\n**How to fix:** \(fix)"
            text += "\n\nHow to fix: \(fix)"
        }
        if !rule.references.isEmpty {
            markdown += "\n\n**References:**\n" + rule.references.map { "- \($0)" }.joined(separator: "\n")
            text += "\n\nReferences:\n" + rule.references.map { "- \($0)" }.joined(separator: "\n")
        }
        return [
            "id": .string(rule.id),
            "name": .string(SARIFReporter.pascalCase(rule.id)),
            "shortDescription": ["text": .string(rule.title)],
            "fullDescription": ["text": .string(rule.rationale.isEmpty ? rule.title : rule.rationale)],
            "help": ["text": .string(text), "markdown": .string(markdown)],
            "helpUri": .string(options.ruleURL(rule.id)),
            "defaultConfiguration": ["level": .string(SARIFReporter.level(rule.severity))],
            "properties": [
                "tags": .array(SARIFReporter.tags(of: rule).map(JSONValue.string)),
                "precision": .string(rule.precision),
                "problem.severity": .string(SARIFReporter.problemSeverity(rule.severity)),
            ],
        ]
    }

    private func result(_ finding: Finding, artifact: JSONValue, fingerprint: String, ruleIndex: [String: Int],
                        suppressed: Bool) -> JSONValue {
        var region = SARIFReporter.region(finding.span)
        region["snippet"] = ["text": .string(finding.excerpt)]
        var result: [String: JSONValue] = [
            "ruleId": .string(finding.ruleID),
            "level": .string(SARIFReporter.level(finding.severity)),
            "message": ["text": .string(finding.message)],
            "locations": [["physicalLocation": ["artifactLocation": artifact, "region": .object(region)]]],
            "partialFingerprints": [SARIFReporter.fingerprintKey: .string(fingerprint)],
        ]
        if let index = ruleIndex[finding.ruleID] { result["ruleIndex"] = .int(index) }
        if !finding.related.isEmpty {
            result["relatedLocations"] = .array(finding.related.enumerated().map { index, related in
                ["id": .int(index + 1), "message": ["text": .string(related.message)],
                 "physicalLocation": ["artifactLocation": artifact,
                                      "region": .object(SARIFReporter.region(related.span))]]
            })
        }
        if let suggestion = finding.suggestion {
            result["fixes"] = [[
                "description": ["text": .string("Replace with \u{201C}\(suggestion.replacement)\u{201D}")],
                "artifactChanges": [[
                    "artifactLocation": artifact,
                    "replacements": [[
                        "deletedRegion": .object(SARIFReporter.region(suggestion.span)),
                        "insertedContent": ["text": .string(suggestion.replacement)],
                    ]],
                ]],
            ]]
        }
        if suppressed { result["suppressions"] = [["kind": "inSource"]] }
        return .object(result)
    }

    /// Lines and code-point columns (end exclusive, as SARIF's `endColumn`), plus the byte range in the file.
    static func region(_ span: SourceSpan) -> [String: JSONValue] {
        [
            "startLine": .int(max(1, span.start.line)),
            "startColumn": .int(max(1, span.start.column)),
            "endLine": .int(max(1, span.end.line)),
            "endColumn": .int(max(1, span.end.column)),
            "byteOffset": .int(max(0, span.start.offset)),
            "byteLength": .int(max(0, span.end.offset - span.start.offset)),
        ]
    }

    /// The category then the tags, without blanks or repeats (the schema wants unique items).
    static func tags(of rule: RuleInfo) -> [String] {
        var seen: Set<String> = []
        return ([rule.category] + rule.tags).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// GitHub's `problem.severity`: `error`, `warning` or `recommendation`.
    static func problemSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "recommendation"
        }
    }

    /// `missing-withdrawal-seizure-warning` → `MissingWithdrawalSeizureWarning`.
    static func pascalCase(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
