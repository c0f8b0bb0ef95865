import CaveatDocument
import CaveatEngine
import CaveatReaders
import CaveatReporters
import Foundation

/// Runs `caveat lint`: collects inputs, resolves configuration, loads rules, lints files in parallel, applies
/// the baseline, renders every requested report, and decides the exit status.
public struct LintDriver: Sendable {
    public init() {}

    /// - Parameter standardInput: reads all of standard input (called at most once, only for `-`).
    public func run(_ settings: LintSettings, standardInput: @Sendable () -> [UInt8]) -> CommandOutput {
        var output = CommandOutput()
        var failed = false

        // Formats first: a typo in --format must not cost a whole run.
        // Colour is for the terminal only; report files never get escape codes.
        var fileOptions = ReporterOptions()
        if let cap = settings.maxAnnotations { fileOptions.maxAnnotations = cap }
        if let docsURL = settings.docsURL { fileOptions.docsURL = docsURL }
        var options = fileOptions
        options.color = settings.color
        guard let mainReporter = ReporterRegistry.reporter(named: settings.format, options: options) else {
            return usageError("unknown format '\(settings.format)' (expected one of "
                              + ReporterRegistry.names.joined(separator: ", ") + ")")
        }
        var fileReporters: [(ReportRequest, any Reporter)] = []
        for request in settings.reports {
            guard let reporter = ReporterRegistry.reporter(named: request.format, options: fileOptions) else {
                return usageError("--report \(request.format)=\(request.path): unknown format '\(request.format)'")
            }
            fileReporters.append((request, reporter))
        }

        let resolver: ConfigurationResolver?
        do {
            resolver = settings.ignoreConfigurationFiles && settings.configPath == nil
                ? nil : try ConfigurationResolver(explicitPath: settings.configPath)
        } catch {
            return CommandOutput(standardError: [error.description], status: .error)
        }

        var baseSources: [RuleSource] = settings.useBuiltInRules ? [.builtIn] : []
        baseSources += settings.rulePaths.map { .path($0) }
        let provider = RuleSetProvider(baseSources: baseSources)
        let baseRules: RuleSet
        do {
            baseRules = try provider.ruleSet(extraPaths: [])
        } catch {
            return CommandOutput(standardError: error.problems.map(\.description), status: .error)
        }
        let unknown = RuleIDCheck.unknown(in: (settings.only ?? []).union(settings.disabled), known: baseRules.ids)
        if !unknown.isEmpty { return CommandOutput(standardError: unknown, status: .error) }

        // Inputs; files ignored by their configuration are dropped here.
        let collector = InputCollector(standardInputFormat: settings.standardInputFormat,
                                       standardInputPath: settings.standardInputPath)
        let (inputs, missing) = collector.collect(settings.paths)
        if inputs.isEmpty && missing.isEmpty {
            return usageError("no files to lint in \(settings.paths.joined(separator: " "))")
        }
        let standardInputBytes: [UInt8]? = inputs.contains { if case .standardInput = $0.origin { true } else { false } }
            ? standardInput() : nil

        let keepDocuments = settings.format == "html" || settings.reports.contains { $0.format == "html" }
        let workers = settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let loader = DocumentLoader()
        let jobs = ParallelMap.map(count: inputs.count, workers: workers) { index -> FileJob in
            FileJob.run(input: inputs[index], settings: settings, resolver: resolver, provider: provider,
                        loader: loader, standardInput: standardInputBytes, keepDocument: keepDocuments)
        }

        var reports = jobs.compactMap(\.report)
        for error in missing {
            reports.append(FileReport(path: error.path, errors: [error]))
        }
        var configurationErrors = Set<String>()
        for job in jobs { configurationErrors.formUnion(job.configurationErrors) }
        output.standardError += configurationErrors.sorted()
        if !configurationErrors.isEmpty { failed = true }

        var run = LintRun(files: reports, rules: baseRules.infos, toolVersion: CaveatVersion.current,
                          basePath: settings.basePath)
        if let writePath = settings.writeBaselinePath {
            do {
                try ReportWriter.write(Baseline(run: run).encoded(), to: writePath)
            } catch {
                output.standardError.append("\(writePath): cannot write the baseline: \(error.message)")
                failed = true
            }
        }
        if let baselinePath = settings.baselinePath {
            do {
                run = try Baseline.load(from: baselinePath).apply(to: run).run
            } catch {
                output.standardError.append(error.description)
                failed = true
            }
        }

        for (request, reporter) in fileReporters {
            do {
                try ReportWriter.write(reporter.render(run), to: request.path)
            } catch {
                output.standardError.append("\(request.path): cannot write the \(request.format) report: \(error.message)")
                failed = true
            }
        }
        output.standardOutput = mainReporter.render(run)
        if settings.format != "text" {
            // Machine formats carry input errors inside; people still need to see them.
            for file in run.files {
                output.standardError += file.errors.map(\.line)
            }
        }

        if failed || run.hasFatalErrors {
            output.status = .error
        } else if Self.fails(run, jobs: jobs) {
            output.status = .findings
        }
        return output
    }

    /// Whether any file's findings, as they stand after the baseline, reach that file's fail-on level. One lookup
    /// table, so that a run over many files stays linear.
    private static func fails(_ run: LintRun, jobs: [FileJob]) -> Bool {
        var levels: [String: FailLevel] = [:]
        for job in jobs {
            if let path = job.report?.path, levels[path] == nil { levels[path] = job.failLevel }
        }
        return run.files.contains { file in
            guard let level = levels[file.path] else { return false }
            return file.findings.contains { level.fails($0.severity) }
        }
    }

    private func usageError(_ message: String) -> CommandOutput {
        CommandOutput(standardError: ["caveat: " + message], status: .error)
    }
}
