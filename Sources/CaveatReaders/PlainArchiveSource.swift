#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An uncompressed `.warc` file, read in 256 KiB pieces.
final class PlainArchiveSource: ArchiveByteSource {
    private let descriptor: Int32
    private static let chunk = 1 << 18

    /// Takes ownership of an open file descriptor.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { _ = close(descriptor) }

    func fill(_ buffer: inout [UInt8]) -> ArchiveByteEvent {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + start, Self.chunk)
            }
            if count < 0 && errno == EINTR { continue }
            buffer.removeLast(Self.chunk - max(count, 0))
            if count < 0 { return .failed(String(cString: strerror(errno)).lowercased()) }
            return count == 0 ? .end : .data
        }
    }

    func resync() -> Bool { true }

    func fileOffset(ofUncompressed offset: Int) -> Int { offset }
}
