/// A point in a source file.
///
/// Lines and columns are 1-based. A column counts Unicode scalars from the start of the line
/// (a tab is one column, `é` is one column, an emoji such as 👍 is one column). `offset` is the
/// 0-based byte offset in the file *as stored on disk*, before any decoding.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// 1-based line number. Lines end at `\n`, `\r\n` or a lone `\r`.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// 0-based byte offset in the original file.
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }
}

/// A half-open range of a source file: `start` is the first character, `end` is just past the last.
public struct SourceSpan: Sendable, Hashable, Codable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}
