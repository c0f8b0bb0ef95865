/// What one attempt to read more of an archive produced.
enum ArchiveByteEvent: Equatable {
    /// Some bytes were appended.
    case data
    /// The archive ended cleanly (between gzip members, or at the end of a plain file).
    case end
    /// The compressed data is damaged here; `resync()` skips to the next place a record can start.
    case corrupt(String)
    /// The archive ends in the middle of a gzip member.
    case truncated
    /// The file could not be read.
    case failed(String)
}

/// The uncompressed bytes of a `.warc` or `.warc.gz` file, read a piece at a time so that archives of any size
/// stream through a small buffer.
protocol ArchiveByteSource: AnyObject {
    /// Appends the next piece of uncompressed bytes to `buffer`.
    func fill(_ buffer: inout [UInt8]) -> ArchiveByteEvent
    /// After `.corrupt`: skips to where a record may start again (the next gzip member). `false` at the end.
    func resync() -> Bool
    /// The offset in the file where the record holding uncompressed byte `offset` starts: the gzip member's
    /// offset (what Common Crawl's indexes give), or `offset` itself in an uncompressed file.
    func fileOffset(ofUncompressed offset: Int) -> Int
}
