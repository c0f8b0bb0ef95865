import CaveatDocument

/// A block found by the line-level pass, before its inline content is turned into text.
///
/// `pieces` are the source ranges of the block's content on each line (markers, indentation and trailing
/// white space already left out). The source between two pieces (line terminator, indentation, `>` markers)
/// becomes one space, a line break when `hardBreaks` says so, or, in preformatted blocks, one `\n`.
struct TextBlockSpec: Sendable {
    var kind: BlockKind
    var level: Int
    var element: String
    var pieces: [Range<Int>]
    /// `hardBreaks[i]` tells whether the break between `pieces[i]` and `pieces[i + 1]` is a hard line break.
    var hardBreaks: [Bool]
    /// Whether the block came from a single line with blank lines (or the file's edges) around it.
    var standalone: Bool

    init(kind: BlockKind, level: Int = 0, element: String, piece: Range<Int>, standalone: Bool = false) {
        self.kind = kind
        self.level = level
        self.element = element
        self.pieces = [piece]
        self.hardBreaks = []
        self.standalone = standalone
    }

    /// Adds the next line's content.
    mutating func append(_ piece: Range<Int>, hardBreak: Bool = false) {
        pieces.append(piece)
        hardBreaks.append(hardBreak)
        standalone = false
    }
}
