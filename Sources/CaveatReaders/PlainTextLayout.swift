import CaveatDocument

/// The line-level pass of `PlainTextReader`.
///
/// Plain text carries its structure in line breaks only, and real files do it two ways: hard-wrapped prose
/// (lines of at most ~100 characters, a paragraph's lines joined) and one paragraph per line (long lines,
/// single `\n` between paragraphs, headings on their own line without a blank line around them). Lines are
/// grouped into chunks separated by blank lines, and each chunk is read as follows:
///
/// - A line starting with a list marker (`-`, `*`, `+`, `•`, `◦`, `‣`, `▪`, `1.`, `1)`; at most 3 digits)
///   starts a list item.
/// - The chunk is *hard-wrapped* when it has two or more lines, none longer than 100 characters, and at least
///   one line that does not end a sentence is followed by a line that is not a list item and either starts
///   in lower case or comes after a line of 50 characters or more. Lines of a hard-wrapped chunk join
///   into one block (with a space standing for the line break) unless a list item or heading starts.
/// - Otherwise each line starts a new block, except that a line starting in lower case, or following a line
///   that ends mid-clause (`,` `;` `(` `-` `/` dash), continues the block before it.
/// - A *heading* (level 2) is a title-like line (`TextLineRules.isTitleLike`: 1–12 words, starts with a
///   capital or digit, no final `.`, `,`, `;`, `:`, `!`) that starts its chunk or follows a line ending a
///   sentence, and is followed (in its chunk or after blank lines) by a non-empty list item or by a line that
///   starts like a sentence and is not title-like itself, unless the line after that continues it (starts in
///   lower case, or the chunk is hard-wrapped and it does not end a sentence). A line ending in `:` is never
///   a heading.
/// - The very first line of the file becomes the `.title` block when it is title-like (allowing up to 20
///   words, as headlines run long) and either a blank line and more text, or a non-title-like line starting
///   a sentence, follow it.
/// - Separator lines drawn with one repeated character (`---`, `***`, `###`, `===`) end a chunk like a blank
///   line and are not text.
/// - Comments on their own lines (`<!-- ... -->`) are left out; those starting `caveat-` become directives.
struct PlainTextLayout {
    struct Output {
        var specs: [TextBlockSpec] = []
        var directives: [DirectiveComment] = []
    }

    let bytes: [UInt8]
    let lines: [TextLine]

    private struct LineInfo {
        /// The text of the line: indentation, list marker and trailing white space left out.
        var content: Range<Int>
        var isListItem: Bool
        var titleLike: Bool
        var endsTerminal: Bool
        var endsMidClause: Bool
        var startsLower: Bool
        var startsSentence: Bool
        /// Length in Unicode scalars.
        var length: Int
        /// Title-like with the longer limit allowed for a file's first line (a headline).
        var headlineLike: Bool
    }

    func layOut() -> Output {
        var output = Output()
        var chunks: [[LineInfo]] = []
        var current: [LineInfo] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let start = line.indentation(in: bytes).contentStart
            if start == line.end || TextLineRules.isSeparator(bytes, start..<line.trimmedEnd(in: bytes)) {
                if !current.isEmpty { chunks.append(current); current = [] }
                index += 1
                continue
            }
            if bytes[start] == 0x3C, let comment = TextLineRules.commentBlock(startingAt: index, lines: lines, in: bytes) {
                if !current.isEmpty { chunks.append(current); current = [] }
                let text = TextLineRules.trimmedText(comment.inner, in: bytes)
                if TextLineRules.isDirective(text) {
                    output.directives.append(DirectiveComment(text: text, sourceRange: comment.range))
                }
                index = comment.lastLine + 1
                continue
            }
            current.append(info(line, contentStart: start))
            index += 1
        }
        if !current.isEmpty { chunks.append(current) }
        for (number, chunk) in chunks.enumerated() {
            let following = number + 1 < chunks.count ? chunks[number + 1].first : nil
            layOut(chunk, following: following, atStart: number == 0, into: &output)
        }
        return output
    }

    private func info(_ line: TextLine, contentStart: Int) -> LineInfo {
        let end = line.trimmedEnd(in: bytes)
        let itemStart = TextLineRules.listContentStart(line, in: bytes, maxDigits: 3)
        let content = min(itemStart ?? contentStart, end)..<end
        let whole = contentStart..<end
        var length = 0
        for byte in bytes[whole] where byte & 0xC0 != 0x80 { length += 1 }
        return LineInfo(content: content,
                         isListItem: itemStart != nil,
                         titleLike: itemStart == nil && TextLineRules.isTitleLike(bytes, whole),
                         endsTerminal: TextLineRules.endsTerminal(bytes, whole),
                         endsMidClause: TextLineRules.endsMidClause(bytes, whole),
                         startsLower: TextLineRules.startsLowercase(bytes, whole),
                         startsSentence: TextLineRules.startsSentence(bytes, whole),
                         length: length,
                         headlineLike: itemStart == nil && TextLineRules.isTitleLike(bytes, whole, maxWords: 20))
    }

    /// Whether a line can follow a heading: a non-empty list item or the start of a paragraph. A title-like
    /// line counts as a paragraph start when the line after it continues it (`continued`).
    private func canFollowHeading(_ line: LineInfo?, continued: Bool = false) -> Bool {
        guard let line else { return false }
        if line.isListItem { return !line.content.isEmpty }
        return line.startsSentence && (!line.titleLike || continued)
    }

    private func isHardWrapped(_ chunk: [LineInfo]) -> Bool {
        guard chunk.count >= 2, chunk.allSatisfy({ $0.length <= 100 }) else { return false }
        for index in 0..<(chunk.count - 1) {
            let line = chunk[index]
            let next = chunk[index + 1]
            if !next.isListItem, !line.endsTerminal, next.startsLower || line.length >= 50 { return true }
        }
        return false
    }

    private func layOut(_ chunk: [LineInfo], following: LineInfo?, atStart: Bool, into output: inout Output) {
        let hardWrapped = isHardWrapped(chunk)
        var open: TextBlockSpec?
        var afterHeading = false
        for (index, line) in chunk.enumerated() {
            let next = index + 1 < chunk.count ? chunk[index + 1] : following
            // Whether the line after `next` carries on `next`'s sentence (then `next` opens a paragraph).
            var continued = false
            if index + 2 < chunk.count, !chunk[index + 2].isListItem {
                continued = chunk[index + 2].startsLower || (hardWrapped && !chunk[index + 1].endsTerminal)
            }
            if line.headlineLike {
                var kind: BlockKind?
                if atStart, index == 0, next != nil, index + 1 == chunk.count || canFollowHeading(next, continued: continued) {
                    kind = .title
                } else if line.titleLike, index == 0 || chunk[index - 1].endsTerminal,
                          canFollowHeading(next, continued: continued) {
                    kind = .heading
                }
                if let kind {
                    if let spec = open { output.specs.append(spec); open = nil }
                    output.specs.append(TextBlockSpec(kind: kind, level: kind == .heading ? 2 : 0,
                                                          element: kind == .heading ? "text-heading" : "text-title",
                                                          piece: line.content))
                    afterHeading = true
                    continue
                }
            }
            let startsBlock: Bool
            if index == 0 || line.isListItem || afterHeading || open == nil {
                startsBlock = true
            } else if hardWrapped {
                startsBlock = false
            } else {
                startsBlock = !(line.startsLower || chunk[index - 1].endsMidClause)
            }
            afterHeading = false
            if startsBlock {
                if let spec = open { output.specs.append(spec) }
                open = TextBlockSpec(kind: line.isListItem ? .listItem : .paragraph,
                                         element: line.isListItem ? "text-list-item" : "text-paragraph",
                                         piece: line.content)
            } else {
                open?.append(line.content)
            }
        }
        if let spec = open { output.specs.append(spec) }
    }
}
