/// The decoded text of one input file, with everything needed to turn a position in it back into a
/// line, column and original byte offset.
///
/// Readers work on `utf8`, the file decoded to UTF-8 (a BOM removed, Latin-1 or Windows-1252
/// transcoded, invalid bytes replaced by U+FFFD). All offsets inside the document model are
/// offsets into `utf8`; `location(at:)` maps them to what the user sees in the file on disk.
public struct SourceText: Sendable {
    /// The path as given by the user (or `<stdin>`).
    public let path: String
    /// The decoded text, UTF-8.
    public let utf8: [UInt8]
    /// The name of the encoding the file was decoded from (`utf-8`, `utf-16le`, `windows-1252`, ...).
    public let encoding: String
    /// Offsets in `utf8` where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Maps decoded offsets back to original byte offsets; identity when `nil`.
    private let originalOffsets: OffsetTranslation?
    /// `scalarCheckpoints[k]` is the number of scalars in `utf8[0 ..< k * checkpointStride]`, so that a column
    /// deep inside a very long line (minified HTML has lines of megabytes) costs at most two short scans.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 4096

    /// Creates a source whose decoded text is identical to the bytes on disk.
    public init(path: String, utf8: [UInt8], encoding: String = "utf-8") {
        self.init(path: path, utf8: utf8, encoding: encoding, translation: nil)
    }

    /// Creates a source whose decoded text differs from the bytes on disk; `translation` maps back.
    public init(path: String, utf8: [UInt8], encoding: String, translation: OffsetTranslation?) {
        self.path = path
        self.utf8 = utf8
        self.encoding = encoding
        self.originalOffsets = translation
        self.lineStarts = SourceText.computeLineStarts(utf8)
        self.scalarCheckpoints = SourceText.computeScalarCheckpoints(utf8)
    }

    /// Convenience for tests and standard input.
    public init(path: String, string: String) {
        self.init(path: path, utf8: Array(string.utf8))
    }

    /// The number of lines (a final line without a terminator counts).
    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line containing the decoded offset.
    public func lineIndex(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The line, column and original byte offset of a decoded offset (clamped to the text).
    public func location(at offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, utf8.count))
        let index = lineIndex(at: clamped)
        let lineStart = lineStarts[index]
        let column: Int
        if clamped - lineStart <= SourceText.checkpointStride {
            column = scalarCount(lineStart..<clamped) + 1
        } else {
            column = scalarsBefore(clamped) - scalarsBefore(lineStart) + 1
        }
        return SourceLocation(line: index + 1, column: column, offset: originalOffset(of: clamped))
    }

    /// The number of scalars in a range: every byte that is not a UTF-8 continuation byte starts one.
    private func scalarCount(_ range: Range<Int>) -> Int {
        var count = 0
        for position in range where utf8[position] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The number of scalars in `utf8[0..<offset]`.
    private func scalarsBefore(_ offset: Int) -> Int {
        let checkpoint = offset / SourceText.checkpointStride
        let start = checkpoint * SourceText.checkpointStride
        return scalarCheckpoints[checkpoint] + scalarCount(start..<offset)
    }

    /// The span covering the decoded range.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(start: location(at: range.lowerBound), end: location(at: range.upperBound))
    }

    /// The original byte offset of a decoded offset.
    public func originalOffset(of offset: Int) -> Int {
        originalOffsets?.original(offset) ?? offset
    }

    /// The text of a 1-based line, without its terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : utf8.count
        while end > start, utf8[end - 1] == 0x0A || utf8[end - 1] == 0x0D { end -= 1 }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    private static func computeScalarCheckpoints(_ bytes: [UInt8]) -> [Int] {
        var checkpoints = [0]
        checkpoints.reserveCapacity(bytes.count / checkpointStride + 1)
        var count = 0
        var blockEnd = checkpointStride
        for (position, byte) in bytes.enumerated() {
            if position == blockEnd {
                checkpoints.append(count)
                blockEnd += checkpointStride
            }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        if bytes.count == blockEnd { checkpoints.append(count) }
        return checkpoints
    }

    private static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }
}
