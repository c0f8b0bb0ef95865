/// A record of a WARC file that could not be read: truncated, corrupt compressed data, or not a WARC record.
/// The reader goes on with the next record it can find.
public struct WARCReadFailure: Error, Sendable, Hashable {
    /// `warc-truncated`, `warc-corrupt`, `warc-too-large` or `unreadable`.
    public var code: String
    /// 1-based position of the record in its file.
    public var record: Int
    /// Where the record starts in the file.
    public var offset: Int
    /// The record's `WARC-Target-URI`, when its header could be read.
    public var uri: String?
    /// The cause, one line.
    public var cause: String

    public init(code: String, record: Int, offset: Int, uri: String? = nil, cause: String) {
        self.code = code
        self.record = record
        self.offset = offset
        self.uri = uri
        self.cause = cause
    }

    /// `record 3 (offset 1234, https://example.org/): truncated: …`.
    public var message: String {
        WARCRecord.label(number: record, offset: offset, uri: uri) + ": " + cause
    }
}
