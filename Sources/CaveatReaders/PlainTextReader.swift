public import CaveatDocument

/// Reads plain text (`.txt`) and Markdown (`.md`) into the document model; both modes share the line,
/// inline and text-building code.
///
/// Plain text: paragraphs, list items, headings and a title are inferred from line structure (see
/// `MarkdownPlainTextLayout` for the exact, deliberately conservative heuristic). Markdown: a CommonMark
/// subset (see `MarkdownBlockParser` and `MarkdownInlineParser`) plus simple YAML front matter for the
/// metadata; when a Markdown file has no `#` or setext heading at all, standalone one-line paragraphs that
/// look like titles are taken as headings the same way as in plain text. Images become `.altText` blocks
/// placed right after the block that holds them (their syntax is left out of that block's text).
///
/// Every block is in region `.body`. Comments on their own lines never become text; those whose text starts
/// with `caveat-` become `DirectiveComment`s (in Markdown, also inline ones).
public struct PlainTextReader: DocumentReader {
    /// Whether the input is Markdown rather than plain text.
    public let markdown: Bool
    private let assembler: DocumentAssembler

    /// - Parameters:
    ///   - markdown: read Markdown syntax (`.md`) rather than plain text (`.txt`).
    ///   - assembler: shared by all readers, so every format ends in the same document shape.
    public init(markdown: Bool = false, assembler: DocumentAssembler = DocumentAssembler()) {
        self.markdown = markdown
        self.assembler = assembler
    }

    public func read(_ source: SourceText) -> Document {
        let bytes = source.utf8
        let lines = MarkdownLine.split(bytes)
        var metadata = Metadata()
        var specs: [MarkdownBlockSpec]
        var directives: [DirectiveComment]
        var diagnostics: [Diagnostic] = []
        var references: [String: MarkdownInlineParser.Reference] = [:]
        var guessHeadings = false
        if markdown {
            var firstLine = 0
            if let frontMatter = MarkdownFrontMatter.parse(bytes, lines: lines) {
                metadata = frontMatter.metadata
                firstLine = frontMatter.bodyLine
            }
            let output = MarkdownBlockParser(bytes: bytes, lines: lines).parse(from: firstLine)
            specs = output.specs
            directives = output.directives
            references = output.references
            guessHeadings = !output.hasHeadings
            diagnostics = output.diagnostics.map {
                Diagnostic(severity: .warning, code: $0.code, message: $0.message, location: source.location(at: $0.offset))
            }
        } else {
            let output = MarkdownPlainTextLayout(bytes: bytes, lines: lines).layOut()
            specs = output.specs
            directives = output.directives
        }

        let inline = MarkdownInlineParser(source: bytes, markdown: markdown, references: references)
        var drafts: [BlockDraft] = []
        var standalone: [Bool] = []
        drafts.reserveCapacity(specs.count)
        for spec in specs {
            let result = inline.parse(spec)
            if !result.text.isEmpty {
                drafts.append(BlockDraft(kind: spec.kind, level: spec.level, region: .body, text: result.text,
                                         map: result.map, element: spec.element, links: result.links))
                standalone.append(spec.standalone)
            }
            for image in result.images where !image.text.isEmpty {
                drafts.append(BlockDraft(kind: .altText, region: .body, text: image.text, map: image.map,
                                         element: "md-image"))
                standalone.append(false)
            }
            directives.append(contentsOf: result.directives)
        }
        if guessHeadings { guessMarkdownHeadings(&drafts, standalone: standalone) }
        directives.sort { $0.sourceRange.lowerBound < $1.sourceRange.lowerBound }

        if metadata.title == nil {
            metadata.title = drafts.first(where: { $0.kind == .title })?.text
                ?? drafts.first(where: { $0.kind == .heading && $0.level == 1 })?.text
        }
        return assembler.assemble(source: source, format: markdown ? .markdown : .text, drafts: drafts,
                                            metadata: metadata, diagnostics: diagnostics, directives: directives)
    }

    /// In a Markdown file without headings: the plain-text rule applied to standalone one-line paragraphs.
    private func guessMarkdownHeadings(_ drafts: inout [BlockDraft], standalone: [Bool]) {
        for index in drafts.indices where standalone[index] && drafts[index].kind == .paragraph {
            let text = Array(drafts[index].text.utf8)
            guard MarkdownLineRules.isTitleLike(text, 0..<text.count), index + 1 < drafts.count else { continue }
            let next = drafts[index + 1]
            let nextText = Array(next.text.utf8)
            guard next.kind == .paragraph || next.kind == .listItem,
                  next.kind == .listItem || MarkdownLineRules.startsSentence(nextText, 0..<nextText.count),
                  !(standalone[index + 1] && MarkdownLineRules.isTitleLike(nextText, 0..<nextText.count))
            else { continue }
            if index == 0 {
                drafts[index].kind = .title
                drafts[index].element = "md-title"
            } else {
                drafts[index].kind = .heading
                drafts[index].level = 2
                drafts[index].element = "md-heading-guess"
            }
        }
    }
}
