public import CaveatDocument

/// Reads plain text (`.txt`) into the document model.
///
/// Paragraphs, list items, headings and a title are inferred from line structure (see `PlainTextLayout` for
/// the exact, deliberately conservative heuristic); white space is collapsed and nothing else is touched.
/// Every block is in region `.body`. Comments on their own lines never become text; those whose text starts
/// with `caveat-` become `DirectiveComment`s.
///
/// Markdown has its own reader, `MarkdownReader`; `PlainTextReader(markdown: true)` hands the file to it, so
/// callers that choose by a flag keep working.
public struct PlainTextReader: DocumentReader {
    /// Whether the input is Markdown rather than plain text (then `MarkdownReader` reads it).
    public let markdown: Bool
    private let assembler: DocumentAssembler

    /// - Parameters:
    ///   - markdown: read Markdown syntax (`.md`) with `MarkdownReader` rather than plain text (`.txt`).
    ///   - assembler: shared by all readers, so every format ends in the same document shape.
    public init(markdown: Bool = false, assembler: DocumentAssembler = DocumentAssembler()) {
        self.markdown = markdown
        self.assembler = assembler
    }

    public func read(_ source: SourceText) -> Document {
        if markdown { return MarkdownReader(assembler: assembler).read(source) }
        let bytes = source.utf8
        let output = PlainTextLayout(bytes: bytes, lines: TextLine.split(bytes)).layOut()
        var drafts: [BlockDraft] = []
        drafts.reserveCapacity(output.specs.count)
        for spec in output.specs {
            let (text, map) = collapsed(spec, in: bytes)
            if !text.isEmpty {
                drafts.append(BlockDraft(kind: spec.kind, level: spec.level, region: .body, text: text, map: map,
                                         element: spec.element))
            }
        }
        var metadata = Metadata()
        metadata.title = drafts.first(where: { $0.kind == .title })?.text
        return assembler.assemble(source: source, format: .text, drafts: drafts, metadata: metadata,
                                  directives: output.directives)
    }

    /// A block's content copied from the source, white space collapsed.
    private func collapsed(_ spec: TextBlockSpec, in source: [UInt8]) -> (String, TextMap) {
        var builder = CollapsingTextBuilder(source: source)
        for (index, piece) in spec.pieces.enumerated() {
            if index > 0 {
                builder.space(spec.pieces[index - 1].upperBound..<piece.lowerBound, hard: spec.hardBreaks[index - 1])
            }
            var position = piece.lowerBound
            var runStart = position
            while position < piece.upperBound {
                let width = TextLineRules.whitespaceLength(source, position, piece.upperBound)
                if width > 0 {
                    builder.verbatim(runStart, length: position - runStart)
                    builder.space(position..<(position + width))
                    position += width
                    runStart = position
                } else {
                    position += 1
                }
            }
            builder.verbatim(runStart, length: piece.upperBound - runStart)
        }
        return builder.finish()
    }
}
