import CZlib

/// Decompresses an HTTP payload stored with its `Content-Encoding` (gzip or deflate) in one go; payloads are
/// bounded by the record size limit.
enum PayloadInflater {
    static func inflate(_ bytes: [UInt8], gzip: Bool) -> [UInt8]? {
        var stream = z_stream()
        // gzip: 15 + 16; deflate is the zlib format (15), though some servers send raw deflate (-15).
        guard czlib_inflate_init2(&stream, gzip ? 15 + 16 : 15) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        if let result = run(&stream, bytes) { return result }
        guard !gzip, czlib_inflate_init2(&stream, -15) == Z_OK else { return nil }
        return run(&stream, bytes)
    }

    private static func run(_ stream: inout z_stream, _ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        let chunk = 1 << 16
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { scratch.deallocate() }
        return bytes.withUnsafeBufferPointer { input -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                stream.next_out = scratch
                stream.avail_out = UInt32(chunk)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                output.append(contentsOf: UnsafeBufferPointer(start: scratch, count: chunk - Int(stream.avail_out)))
                if status == Z_STREAM_END { return output }
                if status != Z_OK { inflateEnd(&stream); return nil }
                if stream.avail_in == 0 && stream.avail_out > 0 { inflateEnd(&stream); return nil }
            }
        }
    }
}
