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
        var text = ""
        var output = run(settings, standardInput: standardInput) { text += $0 }
        output.standardOutput = text + output.standardOutput
        return output
    }

    /// Runs the lint and hands standard output to `emit` piece by piece: when every requested format streams (see
    /// `StreamingReporter`) and no baseline is involved, each document's part is emitted as soon as it and the
    /// documents before it are linted, and no report is kept; otherwise the whole report is emitted at the end.
    /// Standard error and the exit status are returned.
    /// - Parameter standardInput: reads all of standard input (called at most once, only for `-`).
    public func run(_ settings: LintSettings, standardInput: @Sendable () -> [UInt8],
                    emit: (String) -> Void) -> CommandOutput {
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

        // Inputs are produced one at a time, so a million files never make a million-entry list.
        let walker = InputWalker(arguments: settings.paths, standardInputFormat: settings.standardInputFormat,
                                 standardInputPath: settings.standardInputPath)
        var peeked = walker.next()
        if peeked == nil && walker.errors.isEmpty && walker.skippedRecords == 0 {
            return usageError("no files to lint in \(settings.paths.joined(separator: " "))")
        }
        let standardInputBytes: [UInt8]? = settings.paths.contains("-") ? standardInput() : nil

        let keepDocuments = settings.format == "html" || settings.reports.contains { $0.format == "html" }
        let streams = !keepDocuments && settings.baselinePath == nil && settings.writeBaselinePath == nil
            && mainReporter is any StreamingReporter
            && fileReporters.allSatisfy { $0.1 is any StreamingReporter }
        let context = LintRun(files: [], rules: baseRules.infos, toolVersion: CaveatVersion.current,
                              basePath: settings.basePath)
        var stream: LintStream?
        if streams {
            var sinks = [ReportSink(reporter: mainReporter as! any StreamingReporter)]
            for (request, reporter) in fileReporters {
                do {
                    sinks.append(try ReportSink(reporter: reporter as! any StreamingReporter, request: request))
                } catch {
                    output.standardError.append("\(request.path): cannot write the \(request.format) report: "
                                                + error.message)
                    failed = true
                }
            }
            stream = LintStream(sinks: sinks, context: context, errorsToStandardError: settings.format != "text",
                                emit: emit)
        }

        let workers = settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let loader = DocumentLoader()
        var reports: [FileReport] = []
        var failLevels: [String: FailLevel] = [:]
        var configurationErrors = Set<String>()
        OrderedPipeline.run(workers: workers, window: workers * 8, next: {
            if let first = peeked { peeked = nil; return first }
            return walker.next()
        }, work: { input -> FileJob in
            FileJob.run(input: input, settings: settings, resolver: resolver, provider: provider, loader: loader,
                        standardInput: standardInputBytes, keepDocument: keepDocuments)
        }, consume: { job in
            configurationErrors.formUnion(job.configurationErrors)
            guard let report = job.report else { return }
            if stream != nil {
                stream!.add(report, failLevel: job.failLevel, emit: emit)
            } else {
                if failLevels[report.path] == nil { failLevels[report.path] = job.failLevel }
                reports.append(report)
            }
        })
        for error in walker.errors {
            let report = FileReport(path: error.path, errors: [error])
            if stream != nil { stream!.add(report, failLevel: .never, emit: emit) } else { reports.append(report) }
        }
        output.standardError += configurationErrors.sorted()
        if !configurationErrors.isEmpty { failed = true }

        if var stream {
            stream.finish(skippedRecords: walker.skippedRecords, emit: emit)
            output.standardError += stream.errorLines
            for problem in stream.writeProblems {
                output.standardError.append(problem)
                failed = true
            }
            if failed || stream.hasFatalErrors {
                output.status = .error
            } else if stream.fails {
                output.status = .findings
            }
            return output
        }

        var run = LintRun(files: reports, rules: baseRules.infos, toolVersion: CaveatVersion.current,
                          basePath: settings.basePath)
        run.skippedRecords = walker.skippedRecords
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
        emit(mainReporter.render(run))
        if settings.format != "text" {
            // Machine formats carry input errors inside; people still need to see them.
            for file in run.files {
                output.standardError += file.errors.map(\.line)
            }
        }

        if failed || run.hasFatalErrors {
            output.status = .error
        } else if Self.fails(run, levels: failLevels) {
            output.status = .findings
        }
        return output
    }

    /// Whether any file's findings, as they stand after the baseline, reach that file's fail-on level. One lookup
    /// table, so that a run over many files stays linear.
    private static func fails(_ run: LintRun, levels: [String: FailLevel]) -> Bool {
        run.files.contains { file in
            guard let level = levels[file.path] else { return false }
            return file.findings.contains { level.fails($0.severity) }
        }
    }

    private func usageError(_ message: String) -> CommandOutput {
        CommandOutput(standardError: ["caveat: " + message], status: .error)
    }
}
