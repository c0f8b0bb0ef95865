/// One report to write: a format and where to put it (`--report FORMAT=PATH`, repeatable).
public struct ReportTarget: Sendable, Hashable {
    /// A name from `ReporterRegistry.names`.
    public var format: String
    /// A file path, or `-` for standard output.
    public var path: String

    public init(format: String, path: String) {
        self.format = format
        self.path = path
    }

    /// Parses `FORMAT=PATH`, such as `sarif=reports/caveat.sarif`; the format must be known and the path non-empty.
    public init(parsing argument: String) throws(ReportTargetError) {
        guard let equals = argument.firstIndex(of: "=") else {
            throw ReportTargetError(message: "expected FORMAT=PATH in '\(argument)', such as sarif=caveat.sarif")
        }
        let format = String(argument[..<equals])
        let path = String(argument[argument.index(after: equals)...])
        guard ReporterRegistry.names.contains(format) else {
            throw ReportTargetError(message: "unknown report format '\(format)' (expected one of: "
                + ReporterRegistry.names.joined(separator: ", ") + ")")
        }
        guard !path.isEmpty else { throw ReportTargetError(message: "missing path after '\(format)='") }
        self.init(format: format, path: path)
    }

    /// Renders the run in this target's format and writes it atomically.
    public func write(_ run: LintRun, options: ReporterOptions) throws(ReportWriteError) {
        guard let reporter = ReporterRegistry.reporter(named: format, options: options) else {
            throw ReportWriteError(path: path, message: "unknown report format '\(format)'")
        }
        try ReportWriter.write(reporter.render(run), to: path)
    }
}
