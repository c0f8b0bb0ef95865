/// Turns a lint run into one output format.
public protocol Reporter: Sendable {
    /// The format name used by `--format` and `--report FORMAT=PATH` (`sarif`).
    var name: String { get }
    /// The usual file extension of the format, without the dot (`sarif`), for default report file names.
    var fileExtension: String { get }
    /// The whole report. Deterministic: the same run always renders to the same bytes.
    func render(_ run: LintRun) -> String
}
