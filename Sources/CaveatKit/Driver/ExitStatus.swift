/// caveat's documented exit codes.
public enum ExitStatus: Int32, Sendable {
    /// Nothing at or above the `--fail-on` level (after the baseline, if any).
    case clean = 0
    /// Findings at or above the `--fail-on` level.
    case findings = 1
    /// A usage, configuration, rule-file or input error (reported after linting everything else).
    case error = 2
}
