import ArgumentParser
import CaveatKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a command's output and turns its status into the process exit code.
///
/// Uses the file descriptors directly: the C `stdout`/`stderr` globals are shared mutable state that Swift 6
/// rejects, and a report is written in one piece anyway.
enum Output {
    static func emit(_ output: CommandOutput) throws {
        write(output.standardOutput, to: 1)
        for line in output.standardError { writeError(line) }
        if output.status != .clean {
            throw ExitCode(output.status.rawValue)
        }
    }

    static func writeError(_ line: String) {
        write(line.hasSuffix("\n") ? line : line + "\n", to: 2)
    }

    /// Writes all of `text`, retrying short writes.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    static func exit(_ code: Int32) -> Never {
        Glibc.exit(code)
    }

    /// Reads all of standard input.
    @Sendable static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Whether colour suits standard output (a terminal, and `NO_COLOR` unset).
    static var colorByDefault: Bool {
        isatty(1) != 0 && getenv("NO_COLOR") == nil
    }
}
