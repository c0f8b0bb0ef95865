internal import CCmarkGFM
public import CaveatDocument

/// Reads Markdown with cmark-gfm: CommonMark plus the GitHub extensions (tables, task lists, strikethrough,
/// extended autolinks, footnotes), every HTML5 character reference, and front matter.
///
/// - YAML (`---`) or TOML (`+++`) front matter at the top fills `metadata` and is never text.
/// - Each paragraph, heading, code block, table cell and image description becomes a block; kinds follow
///   the nesting (see `MarkdownBlockCollector`). Raw HTML blocks are read by `HTMLReader`.
/// - Every byte of block text maps to its exact source bytes (see `MarkdownInlineAligner`).
/// - Comments whose text starts with `caveat-` become `DirectiveComment`s, inline or on their own lines.
/// - When a file has no heading at all, standalone one-line paragraphs that look like titles are taken as
///   headings (and the first as the title) with the plain-text rule, as many notes are written that way.
///
/// Safe to use from several threads at once: each read has its own parser.
public struct MarkdownReader: DocumentReader {
    /// The GFM extensions register once, before any parser attaches them.
    private static let extensionsReady: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private let assembler: DocumentAssembler

    /// - Parameter assembler: shared by all readers, so every format ends in the same document shape.
    public init(assembler: DocumentAssembler = DocumentAssembler()) {
        self.assembler = assembler
    }

    public func read(_ source: SourceText) -> Document {
        let collector = MarkdownReader.collect(source)
        var drafts = collector.drafts
        if !collector.hasHeadings { guessHeadings(&drafts, standalone: collector.standalone) }
        var metadata = collector.metadata
        if metadata.title == nil {
            metadata.title = drafts.first(where: { $0.kind == .title })?.text
                ?? drafts.first(where: { $0.kind == .heading && $0.level == 1 })?.text
        }
        let directives = collector.directives.sorted { $0.sourceRange.lowerBound < $1.sourceRange.lowerBound }
        return assembler.assemble(source: source, format: .markdown, drafts: drafts, metadata: metadata,
                                  diagnostics: collector.diagnostics, directives: directives)
    }

    /// The blocks of a file before heading guesses and assembly, with alignment statistics (tests watch them).
    static func collect(_ source: SourceText) -> (drafts: [BlockDraft], standalone: [Bool], metadata: Metadata,
                                                  directives: [DirectiveComment], diagnostics: [Diagnostic],
                                                  hasHeadings: Bool, alignmentFailures: Int) {
        _ = extensionsReady
        let bytes = source.utf8
        let frontMatter = MarkdownFrontMatter.parse(bytes)
        let bodyStart = frontMatter?.bodyStart ?? 0
        let firstLine = bodyStart < bytes.count ? source.lineIndex(at: bodyStart) : source.lineStarts.count
        // cmark-gfm drops footnote definitions nothing refers to; a paragraph of references to every label,
        // fed after the file and never read as text, keeps their text in the document.
        let references = MarkdownReader.footnoteReferences(bytes, from: bodyStart)
        let parsedLines = source.lineStarts.count - firstLine
        var collector = MarkdownBlockCollector(source: source, firstLine: firstLine,
                                               syntheticLine: references.isEmpty ? nil : parsedLines + 1)
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        if bodyStart < bytes.count, let parser = cmark_parser_new(options) {
            defer { cmark_parser_free(parser) }
            for name in ["table", "strikethrough", "autolink", "tasklist"] {
                if let syntax = cmark_find_syntax_extension(name) {
                    _ = cmark_parser_attach_syntax_extension(parser, syntax)
                }
            }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                base.advanced(by: bodyStart).withMemoryRebound(to: CChar.self, capacity: buffer.count - bodyStart) {
                    cmark_parser_feed(parser, $0, buffer.count - bodyStart)
                }
            }
            if !references.isEmpty {
                // Starts on a line of its own after a blank line, so it is a top-level paragraph.
                var lineEnd: [UInt8] = bytes.last == 0x0A || bytes.last == 0x0D ? [] : [0x0A]
                lineEnd += [0x0A]
                let tail = lineEnd + references + [0x0A]
                tail.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        cmark_parser_feed(parser, $0, buffer.count)
                    }
                }
            }
            if let document = cmark_parser_finish(parser) {
                defer { cmark_node_free(document) }
                collector.collect(MarkdownNode(pointer: document))
            }
        }
        return (collector.drafts, collector.standalone, frontMatter?.metadata ?? Metadata(), collector.directives,
                collector.diagnostics, collector.hasHeadings, collector.alignmentFailures)
    }

    /// `[^label]` for every footnote definition (`[^label]:` at the start of a line, after any quote markers
    /// and indentation) in the text, or nothing when there is none.
    static func footnoteReferences(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var references: [UInt8] = []
        var seen: Set<ArraySlice<UInt8>> = []
        var index = start
        var lineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lineStart = true
                index += 1
                continue
            }
            if lineStart, byte == 0x20 || byte == 0x09 || byte == 0x3E {
                index += 1
                continue
            }
            if lineStart, byte == 0x5B, index + 1 < bytes.count, bytes[index + 1] == 0x5E {
                var end = index + 2
                while end < bytes.count, bytes[end] > 0x20, bytes[end] != 0x5D, bytes[end] != 0x5B { end += 1 }
                if end > index + 2, end + 1 < bytes.count, bytes[end] == 0x5D, bytes[end + 1] == 0x3A,
                   seen.insert(bytes[index..<(end + 1)]).inserted {
                    references += bytes[index..<(end + 1)]
                }
            }
            lineStart = false
            index += 1
        }
        return references
    }

    /// In a file without headings: the plain-text rule applied to standalone one-line paragraphs.
    private func guessHeadings(_ drafts: inout [BlockDraft], standalone: [Bool]) {
        for index in drafts.indices where standalone[index] && drafts[index].kind == .paragraph {
            let text = Array(drafts[index].text.utf8)
            guard TextLineRules.isTitleLike(text, 0..<text.count), index + 1 < drafts.count else { continue }
            let next = drafts[index + 1]
            let nextText = Array(next.text.utf8)
            guard next.kind == .paragraph || next.kind == .listItem,
                  next.kind == .listItem || TextLineRules.startsSentence(nextText, 0..<nextText.count),
                  !(standalone[index + 1] && TextLineRules.isTitleLike(nextText, 0..<nextText.count))
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
