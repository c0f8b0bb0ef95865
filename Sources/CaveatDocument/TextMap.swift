/// Maps every UTF-8 byte of a block's extracted text back to the source bytes it came from.
///
/// The map is a sorted list of segments. A *verbatim* segment copies source bytes one for one
/// (`text[t + i]` came from `source[s + i]`). Any other segment is *atomic*: all of its text bytes
/// came from the whole source range together, as when `&amp;` became `&`, `&nbsp;` became a space,
/// `\r\n` became one space, or a `<br>` became a line break. Looking up a range therefore always
/// yields a source range that starts and ends on character boundaries of the file.
public struct TextMap: Sendable, Hashable {
    /// One run of text and the source it came from.
    ///
    /// Offsets are stored as 32-bit integers (a dense page has about one segment per word, so this halves the
    /// map's memory); inputs are far below 2 GiB.
    public struct Segment: Sendable, Hashable {
        private var storedTextStart: Int32
        private var storedTextLength: Int32
        private var storedSourceStart: Int32
        private var storedSourceLength: Int32
        /// Whether text and source correspond byte for byte.
        public var isVerbatim: Bool

        /// Offset of the first text byte in the block text.
        public var textStart: Int {
            get { Int(storedTextStart) }
            set { storedTextStart = Int32(truncatingIfNeeded: newValue) }
        }
        /// Number of text bytes.
        public var textLength: Int {
            get { Int(storedTextLength) }
            set { storedTextLength = Int32(truncatingIfNeeded: newValue) }
        }
        /// Offset of the first source byte (in `SourceText.utf8`).
        public var sourceStart: Int {
            get { Int(storedSourceStart) }
            set { storedSourceStart = Int32(truncatingIfNeeded: newValue) }
        }
        /// Number of source bytes.
        public var sourceLength: Int {
            get { Int(storedSourceLength) }
            set { storedSourceLength = Int32(truncatingIfNeeded: newValue) }
        }

        public init(textStart: Int, textLength: Int, sourceStart: Int, sourceLength: Int, isVerbatim: Bool) {
            self.storedTextStart = Int32(truncatingIfNeeded: textStart)
            self.storedTextLength = Int32(truncatingIfNeeded: textLength)
            self.storedSourceStart = Int32(truncatingIfNeeded: sourceStart)
            self.storedSourceLength = Int32(truncatingIfNeeded: sourceLength)
            self.isVerbatim = isVerbatim
        }
    }

    /// The segments, sorted by `textStart`, contiguous and covering the whole text.
    public private(set) var segments: [Segment] = []

    public init() {}

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// Appends text that is a byte-for-byte copy of `source[sourceStart..<sourceStart+length]`.
    public mutating func appendVerbatim(textStart: Int, sourceStart: Int, length: Int) {
        guard length > 0 else { return }
        if var last = segments.last, last.isVerbatim,
           last.textStart + last.textLength == textStart,
           last.sourceStart + last.sourceLength == sourceStart {
            last.textLength += length
            last.sourceLength += length
            segments[segments.count - 1] = last
            return
        }
        segments.append(Segment(textStart: textStart, textLength: length, sourceStart: sourceStart,
                                sourceLength: length, isVerbatim: true))
    }

    /// Appends text that stands for a whole source range as one unit (an entity, a normalised character,
    /// or a synthetic separator, for which `sourceLength` may be 0).
    public mutating func appendAtomic(textStart: Int, textLength: Int, sourceStart: Int, sourceLength: Int) {
        guard textLength > 0 else { return }
        segments.append(Segment(textStart: textStart, textLength: textLength, sourceStart: sourceStart,
                                sourceLength: sourceLength, isVerbatim: false))
    }

    /// The index of the segment containing a text offset (the last segment for the end offset).
    private func segmentIndex(containing offset: Int) -> Int? {
        guard !segments.isEmpty else { return nil }
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].textStart <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The source offset where the character at text offset `offset` starts.
    public func sourceStart(ofText offset: Int) -> Int {
        guard let index = segmentIndex(containing: offset) else { return 0 }
        let segment = segments[index]
        if offset >= segment.textStart + segment.textLength {
            return segment.sourceStart + segment.sourceLength
        }
        if segment.isVerbatim { return segment.sourceStart + (offset - segment.textStart) }
        return segment.sourceStart
    }

    /// The source offset just past the character that ends at text offset `offset` (exclusive end).
    public func sourceEnd(ofText offset: Int) -> Int {
        guard offset > 0, let index = segmentIndex(containing: offset - 1) else {
            return sourceStart(ofText: offset)
        }
        let segment = segments[index]
        if segment.isVerbatim { return segment.sourceStart + (offset - segment.textStart) }
        return segment.sourceStart + segment.sourceLength
    }

    /// The source range (offsets in `SourceText.utf8`) of a text range.
    public func sourceRange(ofText range: Range<Int>) -> Range<Int> {
        let start = sourceStart(ofText: range.lowerBound)
        if range.isEmpty { return start..<start }
        let end = sourceEnd(ofText: range.upperBound)
        return start..<max(start, end)
    }
}
