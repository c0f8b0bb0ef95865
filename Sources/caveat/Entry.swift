import ArgumentParser
import CaveatKit

/// Runs the command and maps every failure to caveat's documented exit codes (usage errors are 2, not
/// ArgumentParser's 64).
@main
enum Entry {
    static func main() {
        do {
            var command = try CaveatCommand.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Output.exit(code.rawValue)
        } catch {
            let message = CaveatCommand.fullMessage(for: error)
            if CaveatCommand.exitCode(for: error) == .success {
                Output.write(message + "\n", to: 1)
                Output.exit(0)
            }
            Output.writeError(message)
            Output.exit(ExitStatus.error.rawValue)
        }
        Output.exit(0)
    }
}
