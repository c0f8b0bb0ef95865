import CaveatReporters

/// Writes generated text to a file atomically, as a command result.
public enum FileOutput {
    public static func write(_ text: String, to path: String) -> CommandOutput {
        do {
            try ReportWriter.write(text, to: path)
            return CommandOutput()
        } catch {
            return CommandOutput(standardError: ["\(path): cannot write: \(error.message)"], status: .error)
        }
    }
}
