import CaveatDocument

/// Collects the text of one block while keeping, for every byte, the source bytes it came from.
///
/// Outside preformatted blocks, runs of white space (including no-break spaces) collapse to one space that
/// maps to the whole run, and leading and trailing white space is dropped. A lone source space stays a
/// verbatim byte so that ordinary prose needs one map segment per text run, not one per word.
struct HTMLTextBuilder {
    private(set) var text: [UInt8] = []
    private(set) var map = TextMap()
    private(set) var preformatted: Bool
    /// Source range of the white space seen since the last content, or `pendingStart < 0` for none.
    private var pendingStart = -1
    private var pendingEnd = -1
    private var pendingIsPlainSpace = false
    /// Preformatted blocks keep inner white space; this is where the text ends without its trailing run.
    private var contentEnd = 0

    init(preformatted: Bool) {
        self.preformatted = preformatted
    }

    var isEmpty: Bool { text.isEmpty }

    /// Starts a new block, keeping the text buffer's capacity (the finished text was copied out).
    mutating func reset(preformatted: Bool) {
        self.preformatted = preformatted
        text.removeAll(keepingCapacity: true)
        map = TextMap()
        pendingStart = -1
        contentEnd = 0
    }

    /// The number of text bytes produced so far (a pending space not included).
    var count: Int { text.count }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Length of the white space character at `index` (0 when it is not one); U+00A0 counts as white space.
    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        if isSpace(byte) { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Appends source bytes that the parser reproduced unchanged.
    mutating func appendVerbatim(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let spaceLength = HTMLTextBuilder.spaceLength(source, index, end)
            if spaceLength > 0 {
                if preformatted {
                    appendPreformattedSpace(source, index..<(index + spaceLength))
                    index += spaceLength
                    continue
                }
                let start = index
                index += spaceLength
                while index < end {
                    let next = HTMLTextBuilder.spaceLength(source, index, end)
                    if next == 0 { break }
                    index += next
                }
                addPending(start..<index, plainSpace: index - start == 1 && source[start] == 0x20)
            } else {
                let start = index
                index += 1
                // Single plain spaces between words stay inside the run, so prose copies in one piece.
                while index < end {
                    let byte = source[index]
                    if byte == 0x20, !preformatted {
                        guard index + 1 < end, HTMLTextBuilder.spaceLength(source, index + 1, end) == 0 else { break }
                        index += 2
                    } else if byte < 0x21 || byte == 0xC2 {
                        guard HTMLTextBuilder.spaceLength(source, index, end) == 0 else { break }
                        index += 1
                    } else {
                        index += 1
                    }
                }
                flushPending()
                let textStart = text.count
                text.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                map.appendVerbatim(textStart: textStart, sourceStart: start, length: index - start)
                contentEnd = text.count
            }
        }
    }

    /// Appends decoded text that stands for a whole source range (an entity, a normalised line break).
    mutating func appendAtomic(_ decoded: UnsafeBufferPointer<UInt8>, source range: Range<Int>) {
        guard !decoded.isEmpty else { return }
        let isNoBreakSpace = decoded.count == 2 && decoded[0] == 0xC2 && decoded[1] == 0xA0
        let isSpace = decoded.count == 1 && HTMLTextBuilder.isSpace(decoded[0])
        if isNoBreakSpace || isSpace {
            if preformatted {
                guard !text.isEmpty else { return }
                let textStart = text.count
                text.append(isNoBreakSpace ? 0x20 : decoded[0])
                map.appendAtomic(textStart: textStart, textLength: 1, sourceStart: range.lowerBound,
                                 sourceLength: range.count)
            } else {
                addPending(range, plainSpace: false)
            }
            return
        }
        flushPending()
        let textStart = text.count
        text.append(contentsOf: decoded)
        map.appendAtomic(textStart: textStart, textLength: decoded.count, sourceStart: range.lowerBound,
                         sourceLength: range.count)
        contentEnd = text.count
    }

    /// Appends decoded text that could not be aligned with the source: every part maps to the whole range.
    mutating func appendUnaligned(_ decoded: UnsafeBufferPointer<UInt8>, source range: Range<Int>) {
        var index = 0
        let end = decoded.count
        while index < end {
            let spaceLength = HTMLTextBuilder.spaceLength(decoded, index, end)
            if spaceLength > 0 {
                appendAtomic(UnsafeBufferPointer(rebasing: decoded[index..<(index + spaceLength)]), source: range)
                index += spaceLength
            } else {
                let start = index
                while index < end, HTMLTextBuilder.spaceLength(decoded, index, end) == 0 { index += 1 }
                appendAtomic(UnsafeBufferPointer(rebasing: decoded[start..<index]), source: range)
            }
        }
    }

    /// A line break inside the block (`<br>`): a space, or a newline in preformatted text.
    mutating func appendBreak(source range: Range<Int>) {
        if preformatted {
            guard !text.isEmpty else { return }
            let textStart = text.count
            text.append(0x0A)
            map.appendAtomic(textStart: textStart, textLength: 1, sourceStart: range.lowerBound,
                             sourceLength: range.count)
        } else {
            addPending(range, plainSpace: false)
        }
    }

    /// Emits the space that separates what came before from what follows, if white space is pending.
    /// Links call this when they open so that their text range starts after the separator.
    mutating func flushPending() {
        guard pendingStart >= 0 else { return }
        if !text.isEmpty {
            let textStart = text.count
            text.append(0x20)
            if pendingIsPlainSpace {
                map.appendVerbatim(textStart: textStart, sourceStart: pendingStart, length: 1)
            } else {
                map.appendAtomic(textStart: textStart, textLength: 1, sourceStart: pendingStart,
                                 sourceLength: pendingEnd - pendingStart)
            }
        }
        pendingStart = -1
    }

    /// The finished, trimmed text and its map, or `nil` when the block has no text.
    func finish() -> (text: String, map: TextMap)? {
        guard contentEnd > 0 else { return nil }
        if contentEnd == text.count {
            return (String(decoding: text, as: UTF8.self), map)
        }
        // Only preformatted text can end in white space: cut it and the segments that cover it.
        var segments: [TextMap.Segment] = []
        for var segment in map.segments where segment.textStart < contentEnd {
            let overshoot = segment.textStart + segment.textLength - contentEnd
            if overshoot > 0 {
                segment.textLength -= overshoot
                if segment.isVerbatim { segment.sourceLength -= overshoot }
            }
            segments.append(segment)
        }
        return (String(decoding: text[0..<contentEnd], as: UTF8.self), TextMap(segments: segments))
    }

    private mutating func appendPreformattedSpace(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !text.isEmpty else { return }
        let textStart = text.count
        if range.count == 2 {
            // A literal no-break space: a plain space in the text, mapped to both bytes.
            text.append(0x20)
            map.appendAtomic(textStart: textStart, textLength: 1, sourceStart: range.lowerBound, sourceLength: 2)
        } else if source[range.lowerBound] == 0x0D {
            // CRLF keeps only its LF; a lone CR becomes LF, mapped to the CR.
            let next = range.lowerBound + 1
            if next < source.count, source[next] == 0x0A { return }
            text.append(0x0A)
            map.appendAtomic(textStart: textStart, textLength: 1, sourceStart: range.lowerBound, sourceLength: 1)
        } else {
            text.append(source[range.lowerBound])
            map.appendVerbatim(textStart: textStart, sourceStart: range.lowerBound, length: 1)
        }
    }

    private mutating func addPending(_ range: Range<Int>, plainSpace: Bool) {
        if pendingStart < 0 {
            pendingStart = range.lowerBound
            pendingEnd = range.upperBound
            pendingIsPlainSpace = plainSpace
        } else {
            pendingEnd = max(pendingEnd, range.upperBound)
            pendingIsPlainSpace = false
        }
    }
}
