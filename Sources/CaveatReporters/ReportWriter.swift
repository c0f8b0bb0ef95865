public import Foundation

/// Writes report files so that readers never see half a report: the bytes go to a temporary file in the same
/// directory, which is then renamed over the destination (atomic on POSIX file systems).
public enum ReportWriter {
    /// Writes `data` to `path` atomically, creating missing parent directories. `-` writes to standard output.
    public static func write(_ data: Data, to path: String) throws(ReportWriteError) {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportWriteError(path: path, message: "cannot create directory \(directory.path): \(error)")
        }
        // Same directory, so the rename never crosses file systems; hidden and unique, so concurrent runs and
        // other reports of the same run never collide.
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw ReportWriteError(path: path, message: "cannot write \(temporary.path)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ReportWriteError(path: path, message: "cannot replace \(path): \(reason)")
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(ReportWriteError) {
        try write(Data(text.utf8), to: path)
    }
}

/// A report that could not be written.
public struct ReportWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { message }
}
