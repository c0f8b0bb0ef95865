/// Lines up text that libxml2 decoded with the raw source bytes it came from.
///
/// libxml2 reports where it is in the input only roughly (after a tag, or one character before the end
/// of a long text run), so exact positions come from walking the decoded text and the source side by
/// side: identical bytes map one for one, a character reference maps as a whole, CRLF as a whole, and
/// markup or white space that the parser dropped is skipped. When the two cannot be reconciled, the rest
/// of the text maps to the source range the parser reported, so positions stay close even then.
struct HTMLSourceAligner {
    let source: UnsafeBufferPointer<UInt8>
    /// How many runs could not be aligned exactly (for tests and diagnostics).
    private(set) var failures = 0

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
    }

    /// Aligns `decoded`, which starts at or after `cursor`, appending it to `builder`.
    /// - Parameters:
    ///   - limit: the source may not be read past this offset.
    ///   - hint: where the parser says it is; the end of the text is near it.
    ///   - skipsMarkup: whether unreported tags and comments may precede the text.
    /// - Returns: the source offset just past the aligned text.
    mutating func align(_ decoded: UnsafeBufferPointer<UInt8>, from cursor: Int, limit: Int, hint: Int,
                        skipsMarkup: Bool, into builder: inout HTMLTextBuilder) -> Int {
        var sourceIndex = cursor
        var decodedIndex = 0
        var runStart = cursor
        let count = decoded.count
        while decodedIndex < count {
            let wanted = decoded[decodedIndex]
            if sourceIndex < limit {
                let byte = source[sourceIndex]
                if byte == wanted, byte != 0x26, byte != 0x0D {
                    sourceIndex += 1
                    decodedIndex += 1
                    continue
                }
                if runStart < sourceIndex { builder.appendVerbatim(source, runStart..<sourceIndex) }
                if let step = special(decoded, decodedIndex, at: sourceIndex, limit: limit, hint: hint,
                                      atStart: decodedIndex == 0 && skipsMarkup, into: &builder) {
                    sourceIndex += step.source
                    decodedIndex += step.decoded
                    runStart = sourceIndex
                    continue
                }
            } else if runStart < sourceIndex {
                builder.appendVerbatim(source, runStart..<sourceIndex)
            }
            // Cannot reconcile: map what is left to the rest of the reported range.
            failures += 1
            let end = max(sourceIndex, min(limit, hint))
            builder.appendUnaligned(UnsafeBufferPointer(rebasing: decoded[decodedIndex...]),
                                    source: sourceIndex..<end)
            return end
        }
        if runStart < sourceIndex { builder.appendVerbatim(source, runStart..<sourceIndex) }
        return sourceIndex
    }

    /// Handles a source byte that does not simply equal the next decoded byte. Returns how far to advance
    /// in each, or `nil` when there is no explanation.
    private func special(_ decoded: UnsafeBufferPointer<UInt8>, _ decodedIndex: Int, at index: Int, limit: Int,
                         hint: Int, atStart: Bool, into builder: inout HTMLTextBuilder)
        -> (source: Int, decoded: Int)? {
        let byte = source[index]
        let wanted = decoded[decodedIndex]
        if byte == 0x26 {
            if let reference = HTMLEntityMatcher.match(source, at: index, limit: limit) {
                guard let scalar = reference.scalar else { return (reference.length, 0) }
                var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                let length = HTMLEntityMatcher.encode(scalar, into: &encoded)
                if decodedIndex + length <= decoded.count, matches(encoded, length, decoded, decodedIndex) {
                    withUnsafeBytes(of: encoded) { raw in
                        builder.appendAtomic(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<length]),
                                             source: index..<(index + reference.length))
                    }
                    return (reference.length, length)
                }
            }
            if wanted == 0x26 {
                builder.appendVerbatim(source, index..<(index + 1))
                return (1, 1)
            }
            return nil
        }
        if byte == 0x0D {
            let crlf = index + 1 < limit && source[index + 1] == 0x0A
            if wanted == 0x0D {
                builder.appendVerbatim(source, index..<(index + 1))
                return (1, 1)
            }
            if wanted == 0x0A {
                var lineFeed: UInt8 = 0x0A
                withUnsafeMutablePointer(to: &lineFeed) { pointer in
                    builder.appendAtomic(UnsafeBufferPointer(start: pointer, count: 1),
                                         source: index..<(index + (crlf ? 2 : 1)))
                }
                return (crlf ? 2 : 1, 1)
            }
            return (1, 0)
        }
        guard index < hint else { return nil }
        if atStart, byte == UInt8(ascii: "<"), let end = markupEnd(from: index, limit: limit) {
            return (end - index, 0)
        }
        if atStart, byte == UInt8(ascii: ">") { return (1, 0) }
        // White space and control characters the parser dropped.
        if HTMLTextBuilder.isSpace(byte) || byte < 0x20 || byte == 0x7F { return (1, 0) }
        return nil
    }

    private func matches(_ encoded: (UInt8, UInt8, UInt8, UInt8), _ length: Int,
                         _ decoded: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        if decoded[start] != encoded.0 { return false }
        if length > 1, decoded[start + 1] != encoded.1 { return false }
        if length > 2, decoded[start + 2] != encoded.2 { return false }
        if length > 3, decoded[start + 3] != encoded.3 { return false }
        return true
    }

    /// The end of the tag, comment or declaration starting at `start`.
    func markupEnd(from start: Int, limit: Int) -> Int? {
        var index = start + 1
        if index + 2 < limit, source[index] == 0x21, source[index + 1] == 0x2D, source[index + 2] == 0x2D {
            index += 3
            while index + 2 < limit {
                if source[index] == 0x2D, source[index + 1] == 0x2D, source[index + 2] == 0x3E { return index + 3 }
                index += 1
            }
            return nil
        }
        while index < limit {
            if source[index] == UInt8(ascii: ">") { return index + 1 }
            index += 1
        }
        return nil
    }
}
