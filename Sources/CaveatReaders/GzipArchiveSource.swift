import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `.warc.gz` file: a series of gzip members (Common Crawl writes one per record), inflated with zlib a piece at a
/// time. Member boundaries are remembered so that each record can be named by the file offset of its member, and a
/// damaged member is skipped by searching for the next gzip header.
final class GzipArchiveSource: ArchiveByteSource {
    private let descriptor: Int32
    private var stream = z_stream()
    private let input: UnsafeMutablePointer<UInt8>
    private let output: UnsafeMutablePointer<UInt8>
    private static let inputSize = 1 << 18
    private static let outputSize = 1 << 18
    /// File offset of `input[0]`.
    private var inputFileOffset = 0
    /// Bytes of `input` that hold file data.
    private var inputCount = 0
    /// Uncompressed bytes produced so far.
    private var produced = 0
    /// Whether inflate is inside a member (so the end of the file there means truncation).
    private var inMember = false
    private var atEndOfFile = false
    /// Recent members as (first uncompressed offset, file offset), oldest first.
    private var members: [(uncompressed: Int, file: Int)] = []

    /// Takes ownership of an open file descriptor; `nil` when zlib cannot start.
    init?(descriptor: Int32) {
        self.descriptor = descriptor
        input = .allocate(capacity: Self.inputSize)
        output = .allocate(capacity: Self.outputSize)
        // 15 + 16: gzip wrapper only, 32 KiB window.
        guard czlib_inflate_init2(&stream, 15 + 16) == Z_OK else {
            input.deallocate()
            output.deallocate()
            _ = close(descriptor)
            return nil
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
        output.deallocate()
        _ = close(descriptor)
    }

    /// File offset of the next compressed byte inflate will read.
    private var nextInputOffset: Int {
        inputFileOffset + (inputCount - Int(stream.avail_in))
    }

    /// Moves unread input to the front and reads more; `false` at the end of the file or on error.
    private func refill() -> String? {
        let unread = Int(stream.avail_in)
        if unread > 0, let next = stream.next_in, next != input {
            memmove(input, next, unread)
        }
        inputFileOffset += inputCount - unread
        inputCount = unread
        while true {
            let count = read(descriptor, input + inputCount, Self.inputSize - inputCount)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return String(cString: strerror(errno)).lowercased() }
            if count == 0 { atEndOfFile = true }
            inputCount += count
            break
        }
        stream.next_in = input
        stream.avail_in = UInt32(inputCount)
        return nil
    }

    func fill(_ buffer: inout [UInt8]) -> ArchiveByteEvent {
        while true {
            if stream.avail_in == 0 {
                if atEndOfFile { return inMember ? .truncated : .end }
                if let failure = refill() { return .failed(failure) }
                if stream.avail_in == 0 { return inMember ? .truncated : .end }
            }
            if !inMember {
                inMember = true
                members.append((produced, nextInputOffset))
                if members.count > 256 { members.removeFirst(128) }
            }
            stream.next_out = output
            stream.avail_out = UInt32(Self.outputSize)
            let status = inflate(&stream, Z_NO_FLUSH)
            let count = Self.outputSize - Int(stream.avail_out)
            if count > 0 {
                buffer.append(contentsOf: UnsafeBufferPointer(start: output, count: count))
                produced += count
            }
            switch status {
            case Z_STREAM_END:
                inMember = false
                inflateReset(&stream)
                if count > 0 { return .data }
            case Z_OK, Z_BUF_ERROR:
                if count > 0 { return .data }
                if status == Z_BUF_ERROR && stream.avail_in > 0 && stream.avail_out > 0 {
                    return .corrupt("inflate made no progress")
                }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                return .corrupt("corrupt gzip data (\(message))")
            }
        }
    }

    /// Searches for the next gzip header (`1f 8b 08`) after the damaged spot and restarts inflate there.
    func resync() -> Bool {
        inflateReset(&stream)
        inMember = false
        // Skip at least one byte so the same damaged header is not found again.
        if stream.avail_in > 0 {
            stream.next_in += 1
            stream.avail_in -= 1
        }
        while true {
            if let next = stream.next_in, stream.avail_in >= 3 {
                let count = Int(stream.avail_in)
                var index = 0
                while index + 2 < count {
                    if next[index] == 0x1F && next[index + 1] == 0x8B && next[index + 2] == 0x08 {
                        stream.next_in = next + index
                        stream.avail_in = UInt32(count - index)
                        return true
                    }
                    index += 1
                }
                // Keep the last two bytes: a header may straddle the refill.
                stream.next_in = next + index
                stream.avail_in = UInt32(count - index)
            }
            if atEndOfFile { return false }
            if refill() != nil { return false }
            if atEndOfFile && stream.avail_in < 3 { return false }
        }
    }

    func fileOffset(ofUncompressed offset: Int) -> Int {
        var found = members.first?.file ?? 0
        for member in members where member.uncompressed <= offset { found = member.file }
        return found
    }
}
