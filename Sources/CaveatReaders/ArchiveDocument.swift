public import CaveatDocument

/// A document found in a web archive record: the payload to lint, named by the record's target URI.
public struct ArchiveDocument: Sendable, Hashable {
    /// The record's `WARC-Target-URI`, or `ARCHIVE#record-N` when it has none.
    public var name: String
    /// The payload: the HTTP body of a `response` (de-chunked and decompressed when the archive kept the transfer
    /// encoding), the content block of a `resource` or `conversion`. Positions are lines and columns in it.
    public var payload: [UInt8]
    public var format: DocumentFormat
    /// The charset the HTTP `Content-Type` (or the record's) declares, lowercased.
    public var charset: String?
    /// 1-based position of the record in its archive.
    public var record: Int

    public init(name: String, payload: [UInt8], format: DocumentFormat, charset: String?, record: Int) {
        self.name = name
        self.payload = payload
        self.format = format
        self.charset = charset
        self.record = record
    }
}

/// What a WARC record holds for caveat.
public enum ArchiveRecordContent: Sendable {
    /// A document to lint.
    case document(ArchiveDocument)
    /// Nothing to lint (a request, metadata, an image, a redirect without HTML...); counted and skipped.
    case skipped
    /// The record claims a document but its payload cannot be decoded.
    case failure(WARCReadFailure)
}
