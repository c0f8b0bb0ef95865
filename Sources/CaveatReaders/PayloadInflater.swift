import CZlib

/// Decompresses an HTTP payload stored with its `Content-Encoding` (gzip or deflate) in one go. The output is capped
/// like a record, so a small payload that inflates to gigabytes is refused rather than held.
enum PayloadInflater {
    static let maximumSize = WARCReader.defaultMaximumRecordSize

    static func inflate(_ bytes: [UInt8], gzip: Bool) -> [UInt8]? {
        // gzip: 15 + 16. deflate is meant to be the zlib format (15), but some servers send raw deflate (-15).
        if let inflated = run(bytes, windowBits: gzip ? 15 + 16 : 15) { return inflated }
        return gzip ? nil : run(bytes, windowBits: -15)
    }

    private static func run(_ bytes: [UInt8], windowBits: Int32) -> [UInt8]? {
        var stream = z_stream()
        guard czlib_inflate_init2(&stream, windowBits) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { scratch.deallocate() }
        var output: [UInt8] = []
        return bytes.withUnsafeBufferPointer { input -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                stream.next_out = scratch
                stream.avail_out = UInt32(chunk)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                output.append(contentsOf: UnsafeBufferPointer(start: scratch, count: chunk - Int(stream.avail_out)))
                if status == Z_STREAM_END { return output }
                if status != Z_OK || output.count > maximumSize { return nil }
                // All input consumed and room left over, but no end of stream: the payload is cut short.
                if stream.avail_in == 0 && stream.avail_out > 0 { return nil }
            }
        }
    }
}
