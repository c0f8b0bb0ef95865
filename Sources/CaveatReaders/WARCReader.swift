#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a `.warc` or `.warc.gz` file one record at a time, holding only the record being read in memory.
///
/// A damaged record yields one `WARCReadFailure` naming it, and reading goes on: in a `.warc.gz` from the next gzip
/// member, in a `.warc` from the next line that starts a record (`WARC/1.`). A file that ends inside a record yields a
/// `warc-truncated` failure for that record and ends.
public final class WARCReader {
    /// Records larger than this are skipped with a `warc-too-large` failure instead of being held in memory.
    public static let defaultMaximumRecordSize = 256 << 20
    /// A header block larger than this is not a WARC header.
    static let maximumHeaderSize = 1 << 20

    private let source: any ArchiveByteSource
    private let maximumRecordSize: Int
    private var buffer: [UInt8] = []
    /// Index in `buffer` of the next unread byte.
    private var cursor = 0
    /// Uncompressed offset of `buffer[0]`.
    private var bufferOffset = 0
    private var recordNumber = 0
    private var finished = false
    /// The last event of the source other than `.data`, once the source has no more to give.
    private var sourceEnded = false

    /// Opens `path`; `.gz` files are inflated, others read as they are.
    public init(path: String, maximumRecordSize: Int = WARCReader.defaultMaximumRecordSize) throws(ReadFailure) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            throw ReadFailure(code: errno == ENOENT ? "not-found" : "unreadable", message: reason, path: path)
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            _ = close(descriptor)
            throw ReadFailure(code: "is-directory", message: "is a directory", path: path)
        }
        if WARCReader.isGzip(path: path) {
            guard let gzip = GzipArchiveSource(descriptor: descriptor) else {
                throw ReadFailure(code: "unreadable", message: "zlib could not start", path: path)
            }
            source = gzip
        } else {
            source = PlainArchiveSource(descriptor: descriptor)
        }
        self.maximumRecordSize = maximumRecordSize
    }

    /// Whether a path names a web archive caveat reads (`.warc`, `.warc.gz`).
    public static func isArchive(path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz")
    }

    static func isGzip(path: String) -> Bool { path.lowercased().hasSuffix(".gz") }

    /// The next record, a failure for a record that could not be read, or `nil` at the end of the file.
    public func next() -> Result<WARCRecord, WARCReadFailure>? {
        if finished { return nil }
        // Blank lines between records are tolerated.
        while true {
            guard ensure(1) else {
                switch stopEvent {
                case .end?, .data?, nil:
                    finished = true
                    return nil
                default:
                    recordNumber += 1
                    let offset = source.fileOffset(ofUncompressed: absolute)
                    return failure(offset: offset, uri: nil, truncatedCause: "the file ends inside the record")
                }
            }
            if buffer[cursor] == 0x0D || buffer[cursor] == 0x0A { cursor += 1 } else { break }
        }
        recordNumber += 1
        let start = absolute
        let offset = source.fileOffset(ofUncompressed: start)

        guard let headerEnd = findHeaderEnd() else {
            return failure(offset: offset, uri: nil, truncatedCause: "the file ends inside the record header")
        }
        guard buffer[cursor..<min(cursor + 5, headerEnd)].elementsEqual("WARC/".utf8) else {
            let firstLine = buffer[cursor..<headerEnd].prefix { $0 != 0x0D && $0 != 0x0A }.prefix(40)
            let shown = String(decoding: firstLine, as: UTF8.self)
            cursor += 1
            return corrupt(offset: offset, uri: nil, cause: "not a WARC record (starts with '\(shown)')")
        }
        let fields = Self.parseFields(buffer[cursor..<headerEnd])
        cursor = headerEnd
        let record = WARCRecord(number: recordNumber, offset: offset, fields: fields, block: [])
        let uri = record.targetURI
        guard let lengthText = record.field("Content-Length"), let length = Int(lengthText.trimmed), length >= 0 else {
            return corrupt(offset: offset, uri: uri, cause: "missing or invalid Content-Length")
        }
        if length > maximumRecordSize {
            let skipped = skip(length)
            let failure = WARCReadFailure(code: "warc-too-large", record: recordNumber, offset: offset, uri: uri,
                                          cause: "record of \(length) bytes is larger than the "
                                              + "\(maximumRecordSize >> 20) MiB limit; skipped")
            if !skipped { finished = true }
            return .failure(failure)
        }
        guard ensure(length) else {
            let have = buffer.count - cursor
            return failure(offset: offset, uri: uri,
                           truncatedCause: "Content-Length is \(length) bytes but the file ends after \(have)")
        }
        var complete = record
        complete.block = Array(buffer[cursor..<cursor + length])
        cursor += length
        compact()
        return .success(complete)
    }

    /// The uncompressed offset of `cursor`.
    private var absolute: Int { bufferOffset + cursor }

    /// The event that stopped the source, if it is a problem; resynchronises after corruption.
    private var stopEvent: ArchiveByteEvent?

    /// Makes at least `count` unread bytes available; `false` when the source stops first (see `stopEvent`).
    private func ensure(_ count: Int) -> Bool {
        while buffer.count - cursor < count {
            if sourceEnded { return false }
            switch source.fill(&buffer) {
            case .data: continue
            case let event:
                stopEvent = event
                sourceEnded = true
                return false
            }
        }
        return true
    }

    /// The index just past the blank line that ends the header block at `cursor`, reading more as needed.
    private func findHeaderEnd() -> Int? {
        var scanned = cursor
        while true {
            var index = scanned
            while index < buffer.count {
                if buffer[index] == 0x0A {
                    if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return index + 2 }
                    if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A {
                        return index + 3
                    }
                }
                index += 1
            }
            scanned = max(cursor, buffer.count - 2)
            if buffer.count - cursor > Self.maximumHeaderSize { return nil }
            guard ensure(buffer.count - cursor + 1) else { return nil }
        }
    }

    /// Skips `count` bytes of content without keeping them; `false` when the file ends first.
    private func skip(_ count: Int) -> Bool {
        var remaining = count
        while remaining > 0 {
            let available = buffer.count - cursor
            if available >= remaining {
                cursor += remaining
                compact()
                return true
            }
            remaining -= available
            cursor = buffer.count
            compact()
            guard ensure(1) else { return false }
        }
        return true
    }

    /// Drops consumed bytes once they make up most of the buffer.
    private func compact() {
        if cursor > 0 && (cursor == buffer.count || cursor >= 1 << 20) {
            bufferOffset += cursor
            buffer.removeFirst(cursor)
            cursor = 0
        }
    }

    /// A record the source stopped inside: corrupt compressed data (then resynchronise) or the end of the file.
    private func failure(offset: Int, uri: String?, truncatedCause: String) -> Result<WARCRecord, WARCReadFailure> {
        switch stopEvent {
        case .corrupt(let message)?:
            return corrupt(offset: offset, uri: uri, cause: message, streamDamaged: true)
        case .failed(let message)?:
            finished = true
            return .failure(WARCReadFailure(code: "unreadable", record: recordNumber, offset: offset, uri: uri,
                                            cause: "cannot read: " + message))
        case .truncated?:
            finished = true
            return .failure(WARCReadFailure(code: "warc-truncated", record: recordNumber, offset: offset, uri: uri,
                                            cause: "truncated: the file ends inside the record's gzip member"))
        case .end?, .data?, nil:
            finished = true
            return .failure(WARCReadFailure(code: "warc-truncated", record: recordNumber, offset: offset, uri: uri,
                                            cause: "truncated: " + truncatedCause))
        }
    }

    /// Reports the record as corrupt and skips to where the next record can start: the next gzip member when the
    /// compressed stream is damaged, else the next `WARC/` line.
    private func corrupt(offset: Int, uri: String?, cause: String,
                         streamDamaged: Bool = false) -> Result<WARCRecord, WARCReadFailure> {
        let failure = WARCReadFailure(code: "warc-corrupt", record: recordNumber, offset: offset, uri: uri,
                                      cause: cause)
        if streamDamaged {
            // What the damaged member produced is worthless: drop it and restart at the next member.
            bufferOffset += buffer.count
            buffer.removeAll(keepingCapacity: true)
            cursor = 0
            sourceEnded = false
            stopEvent = nil
            if !source.resync() { finished = true }
        } else {
            resyncOnWARCLine()
        }
        return .failure(failure)
    }

    /// Plain files: skips to the next line starting with `WARC/1.`.
    private func resyncOnWARCLine() {
        let marker = Array("\nWARC/".utf8)
        while true {
            if let found = Self.find(marker, in: buffer, from: cursor) {
                cursor = found + 1
                compact()
                return
            }
            cursor = max(cursor, buffer.count - marker.count)
            compact()
            guard ensure(buffer.count - cursor + 1) else {
                cursor = buffer.count
                return
            }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// `Name: value` lines after the version line; continuation lines (starting with a space or tab) are joined.
    static func parseFields(_ bytes: ArraySlice<UInt8>) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst()
        for rawLine in lines {
            var line = rawLine
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { continue }
            if line.first == 0x20 || line.first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].value += " " + String(decoding: line, as: UTF8.self).trimmed
                continue
            }
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmed
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmed
            fields.append((name, value))
        }
        return fields
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
