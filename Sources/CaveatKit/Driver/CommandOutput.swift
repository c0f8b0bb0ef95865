/// What a command prints and how it exits; the CLI writes it out, tests inspect it.
public struct CommandOutput: Sendable {
    /// Standard output.
    public var standardOutput: String
    /// Standard error, one line per entry.
    public var standardError: [String]
    public var status: ExitStatus

    public init(standardOutput: String = "", standardError: [String] = [], status: ExitStatus = .clean) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.status = status
    }
}
