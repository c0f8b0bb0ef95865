import Foundation

/// A report file written piece by piece as a run goes, published atomically at the end like `ReportWriter`'s:
/// the pieces go to a hidden temporary file beside the destination, which `commit()` flushes and renames over it.
/// A run that stops before `commit()` leaves no report (the temporary file is removed).
public final class ReportFileStream {
    /// The destination.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var pending: [UInt8] = []
    private var failure: String?
    private static let flushSize = 1 << 16

    /// Creates the temporary file (and missing parent folders).
    public init(path: String) throws(ReportWriteError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportWriteError(path: path, message: "cannot create directory \(directory.path): \(error)")
        }
        temporaryPath = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw ReportWriteError(path: path, message: "cannot write \(temporaryPath): "
                                   + String(cString: strerror(errno)))
        }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    /// Appends text; write errors are kept and reported by `commit()`.
    public func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= Self.flushSize { flush() }
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws(ReportWriteError) {
        flush()
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        descriptor = -1
        if let failure {
            unlink(temporaryPath)
            throw ReportWriteError(path: path, message: "cannot write \(temporaryPath): \(failure)")
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw ReportWriteError(path: path, message: "cannot replace \(path): \(reason)")
        }
    }

    private func flush() {
        guard failure == nil, !pending.isEmpty else {
            pending.removeAll(keepingCapacity: true)
            return
        }
        pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        pending.removeAll(keepingCapacity: true)
    }
}
