import CaveatDocument
import CaveatEngine
import CaveatReaders
import CaveatReporters

/// Lints one input: reads it, finds its configuration and rules, and runs the linter.
struct FileJob: Sendable {
    /// `nil` when the file is ignored by its configuration.
    var report: FileReport?
    /// The level at which this file's findings fail the run.
    var failLevel: FailLevel
    /// Problems with the configuration or rules that apply to this file (one line each).
    var configurationErrors: [String]

    static func run(input: Input, settings: LintSettings, resolver: ConfigurationResolver?, provider: RuleSetProvider,
                    loader: DocumentLoader, standardInput: [UInt8]?, keepDocument: Bool) -> FileJob {
        var job = FileJob(report: nil, failLevel: settings.failOn ?? .error, configurationErrors: [])
        if case .unreadable(let error) = input.origin {
            job.report = FileReport(path: input.path, errors: [error])
            return job
        }
        var configurationPath = input.path
        if case .archiveDocument(_, let archive) = input.origin { configurationPath = archive }
        var configuration = Configuration()
        if let resolver {
            do {
                configuration = try resolver.configuration(for: configurationPath)
            } catch {
                job.configurationErrors.append(error.description)
                job.report = FileReport(path: input.path)
                return job
            }
        }
        if case .file = input.origin,
           GlobSet(configuration.ignore, relativeTo: ignoreBase(for: configuration)).matches(absolute(input.path)) {
            return job
        }
        job.failLevel = settings.failOn ?? configuration.failOn ?? .error

        let rules: RuleSet
        do {
            rules = try provider.ruleSet(extraPaths: configuration.rulePaths)
        } catch {
            job.configurationErrors += error.problems.map(\.description)
            job.report = FileReport(path: input.path)
            return job
        }
        let origin = configuration.path ?? "caveat"
        let configuredIDs = (configuration.only ?? []).union(configuration.disable).union(configuration.severity.keys)
        job.configurationErrors += RuleIDCheck.unknown(in: configuredIDs, known: rules.ids, origin: origin)

        let loaded: Result<Document, ReadFailure>
        switch input.origin {
        case .file:
            loaded = loader.load(path: input.path)
        case .standardInput(let format):
            loaded = loader.load(bytes: standardInput ?? [], path: input.path, format: format)
        case .archiveDocument(let document, _):
            loaded = loader.load(bytes: document.payload, path: input.path, format: document.format,
                                 charset: document.charset)
        case .unreadable(let error):
            job.report = FileReport(path: input.path, errors: [error])
            return job
        }
        let document: Document
        switch loaded {
        case .failure(let failure):
            job.report = FileReport(path: input.path, errors: [InputError(failure)])
            return job
        case .success(let read):
            document = read
        }

        let options = LintOptions(only: settings.only ?? configuration.only,
                                  disabled: settings.disabled.union(configuration.disable),
                                  severityOverrides: configuration.severity,
                                  allow: configuration.allow + settings.allow,
                                  thresholds: settings.thresholds)
        var report = Linter(rules: rules, options: options).lint(document)
        // Bytes that are not valid in the file's encoding are bad input: reported, and the exit code says so.
        for diagnostic in document.diagnostics where diagnostic.code == "invalid-encoding" {
            report.errors.append(InputError(code: diagnostic.code, path: input.path, message: diagnostic.message,
                                            location: diagnostic.location, isFatal: true))
        }
        if !keepDocument {
            report.sourceLines = SourceLines(source: document.source, findings: report.findings + report.suppressed)
            report.document = nil
        }
        job.report = report
        return job
    }

    /// Ignore globs are relative to the configuration file's folder (the working directory without one).
    private static func ignoreBase(for configuration: Configuration) -> String {
        absolute(configuration.path == nil ? "." : configuration.directory)
    }

    private static func absolute(_ path: String) -> String {
        RunPathsBridge.absolute(path)
    }
}
