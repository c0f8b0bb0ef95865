public import CaveatEngine

/// The `--fail-on` levels: the lowest severity that makes `caveat lint` exit with status 1.
public enum FailLevel: String, Sendable, Hashable, CaseIterable {
    case error
    case warning
    case info
    case never

    /// Whether a finding of this severity fails the run.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        case .never: false
        }
    }
}
