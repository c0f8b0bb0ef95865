#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads with POSIX calls, so errors name their cause precisely.
enum FileBytes {
    static func read(path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(failure(errno, path: path)) }
        defer { _ = close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(failure(errno, path: path)) }
        if status.st_mode & S_IFMT == S_IFDIR {
            return .failure(ReadFailure(code: "is-directory", message: "is a directory", path: path))
        }
        var bytes: [UInt8] = []
        var capacity = max(Int(status.st_size), 0) + 1
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(capacity - total, 65536))) }
            let readCount = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + total, raw.count - total)
            }
            if readCount < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno, path: path))
            }
            if readCount == 0 { break }
            total += readCount
            capacity = bytes.count * 2
        }
        bytes.removeLast(bytes.count - total)
        return .success(bytes)
    }

    private static func failure(_ code: Int32, path: String) -> ReadFailure {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOENT, ENOTDIR: return ReadFailure(code: "not-found", message: "no such file", path: path)
        case EISDIR: return ReadFailure(code: "is-directory", message: "is a directory", path: path)
        case EACCES, EPERM: return ReadFailure(code: "unreadable", message: "permission denied", path: path)
        default: return ReadFailure(code: "unreadable", message: "cannot read: \(reason.lowercased())", path: path)
        }
    }
}
