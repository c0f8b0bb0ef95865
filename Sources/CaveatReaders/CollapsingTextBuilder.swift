import CaveatDocument

/// Accumulates a block's text and its `TextMap` while the inline pass walks the source.
///
/// White space is collapsed here: any run of spaces, tabs, no-break spaces and line joins becomes one space
/// (a line break for a hard break) that maps atomically to the whole run, and white space at the edges of
/// the block is dropped. Content bytes copied from the source map verbatim.
struct CollapsingTextBuilder {
    private(set) var text: [UInt8] = []
    private(set) var map = TextMap()
    private let source: [UInt8]
    private var pendingSpace: Range<Int>?
    private var pendingHard = false

    init(source: [UInt8]) {
        self.source = source
    }

    /// The text offset where the next content byte will land (after any pending space).
    var position: Int {
        text.count + (pendingSpace != nil && !text.isEmpty ? 1 : 0)
    }

    /// The length of the text written so far, pending white space excluded.
    var count: Int { text.count }

    /// Records white space at `range` of the source; `hard` makes it a line break.
    mutating func space(_ range: Range<Int>, hard: Bool = false) {
        if let pending = pendingSpace {
            pendingSpace = min(pending.lowerBound, range.lowerBound)..<max(pending.upperBound, range.upperBound)
        } else {
            pendingSpace = range
        }
        pendingHard = pendingHard || hard
    }

    /// Copies `length` source bytes from `sourceStart` into the text.
    mutating func verbatim(_ sourceStart: Int, length: Int) {
        guard length > 0 else { return }
        flushSpace()
        map.appendVerbatim(textStart: text.count, sourceStart: sourceStart, length: length)
        text.append(contentsOf: source[sourceStart..<(sourceStart + length)])
    }

    /// Writes `bytes` that stand for the whole source `range` (an entity, a normalised character).
    mutating func atomic(_ bytes: some Collection<UInt8>, source range: Range<Int>) {
        guard !bytes.isEmpty else { return }
        flushSpace()
        map.appendAtomic(textStart: text.count, textLength: bytes.count, sourceStart: range.lowerBound,
                         sourceLength: range.count)
        text.append(contentsOf: bytes)
    }

    /// Writes a line break standing for `range` without collapsing (preformatted text).
    mutating func lineBreak(_ range: Range<Int>) {
        pendingSpace = nil
        pendingHard = false
        map.appendAtomic(textStart: text.count, textLength: 1, sourceStart: range.lowerBound,
                         sourceLength: range.count)
        text.append(0x0A)
    }

    private mutating func flushSpace() {
        guard let pending = pendingSpace else { return }
        pendingSpace = nil
        defer { pendingHard = false }
        guard !text.isEmpty else { return }
        if pendingHard {
            map.appendAtomic(textStart: text.count, textLength: 1, sourceStart: pending.lowerBound,
                             sourceLength: pending.count)
            text.append(0x0A)
        } else if pending.count == 1, source[pending.lowerBound] == 0x20 {
            map.appendVerbatim(textStart: text.count, sourceStart: pending.lowerBound, length: 1)
            text.append(0x20)
        } else {
            map.appendAtomic(textStart: text.count, textLength: 1, sourceStart: pending.lowerBound,
                             sourceLength: pending.count)
            text.append(0x20)
        }
    }

    /// The finished text (trailing white space dropped) and its map.
    func finish() -> (String, TextMap) {
        (String(decoding: text, as: UTF8.self), map)
    }
}
