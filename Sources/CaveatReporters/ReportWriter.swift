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
        do {
            try writeSynced(data, to: temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReportWriteError(path: path, message: "cannot write \(temporary.path): \(error.message)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ReportWriteError(path: path, message: "cannot replace \(path): \(reason)")
        }
    }

    /// Creates `path` (which must not exist), writes all of `data` and flushes it to disk, so that the rename that
    /// follows publishes complete contents even after a crash of the machine.
    private static func writeSynced(_ data: Data, to path: String) throws(ReportWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw ReportWriteError(path: path, message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failure: String? = data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
        }
        if let failure { throw ReportWriteError(path: path, message: failure) }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(ReportWriteError) {
        try write(Data(text.utf8), to: path)
    }
}
