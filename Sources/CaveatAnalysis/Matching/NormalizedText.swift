/// Block text prepared for phrase matching: ASCII letters lowercased, curly quotes and apostrophes straightened,
/// Unicode hyphens turned into `-`, and every run of white space turned into one space.
///
/// Every normalised byte remembers the original character it came from (`starts`/`ends`), so a match in the
/// normalised bytes maps back to exact offsets in the block text with `originalRange(of:)`.
public struct NormalizedText: Sendable {
    /// The original text's bytes.
    public let original: [UInt8]
    /// The normalised bytes.
    public private(set) var bytes: [UInt8]
    /// For each normalised byte, the original offset where its character starts.
    public private(set) var starts: [Int32]
    /// For each normalised byte, the original offset just past its character.
    public private(set) var ends: [Int32]

    /// Normalises `text`. Runs in one pass over its UTF-8 bytes.
    public init(_ text: String) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        let utf8 = text.utf8
        bytes.reserveCapacity(utf8.count)
        starts.reserveCapacity(utf8.count)
        ends.reserveCapacity(utf8.count)
        var copy = text
        copy.withUTF8 { source in
            let count = source.count
            var index = 0
            var lastWasSpace = false
            while index < count {
                let byte = source[index]
                var output = byte
                var width = 1
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    if lastWasSpace {
                        // Extend the previous space over this one so ranges stay contiguous.
                        ends[ends.count - 1] = Int32(index + 1)
                        index += 1
                        continue
                    }
                    output = 0x20
                } else if byte >= 0x41 && byte <= 0x5A {
                    output = byte | 0x20
                } else if byte == 0xE2, index + 2 < count, source[index + 1] == 0x80 {
                    switch source[index + 2] {
                    case 0x98, 0x99, 0x9B: output = 0x27       // ‘ ’ ‛ → '
                    case 0x9C, 0x9D, 0x9F: output = 0x22       // “ ” ‟ → "
                    case 0x90, 0x91: output = 0x2D             // ‐ ‑ → -
                    default: break
                    }
                    if output != byte { width = 3 }
                } else if byte == 0xC2, index + 1 < count, source[index + 1] == 0xA0 {
                    output = 0x20                               // no-break space
                    width = 2
                }
                if output == 0x20 {
                    if lastWasSpace {
                        ends[ends.count - 1] = Int32(index + width)
                        index += width
                        continue
                    }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                }
                bytes.append(output)
                starts.append(Int32(index))
                ends.append(Int32(index + width))
                index += width
            }
        }
        self.original = Array(utf8)
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
    }

    /// The original range of a normalised range.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < starts.count ? Int(starts[range.lowerBound]) : Int(ends.last ?? 0)
            return at..<at
        }
        return Int(starts[range.lowerBound])..<Int(ends[range.upperBound - 1])
    }

    /// Whether a normalised byte belongs to a word (ASCII letter or digit, or any non-ASCII byte).
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    /// Normalises a phrase the way text is normalised, trimming white space at both ends.
    /// With `keepCase`, letters keep their case (for exact phrases).
    public static func normalizePhrase(_ phrase: String, keepCase: Bool = false) -> [UInt8] {
        let normalized = NormalizedText(phrase)
        var bytes = normalized.bytes
        if keepCase {
            // Re-derive the bytes without lowercasing: same positions, original letters.
            let original = Array(phrase.utf8)
            for index in bytes.indices where bytes[index] >= 0x61 && bytes[index] <= 0x7A {
                bytes[index] = original[Int(normalized.starts[index])]
            }
        }
        while bytes.first == 0x20 { bytes.removeFirst() }
        while bytes.last == 0x20 { bytes.removeLast() }
        return bytes
    }
}
