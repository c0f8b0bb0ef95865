/// The JSON view of a `Document` that `caveat dump` prints (one per file, in an array).
///
/// Encode it with sorted keys for deterministic output (`JSONEncoder.outputFormatting = [.sortedKeys]`).
/// Every position is a source position: `line` and `column` are 1-based, columns count Unicode scalars,
/// `offset` is the 0-based byte offset in the file as stored on disk; `end` positions are exclusive.
/// The shape is documented in `docs/dump-format.md`; `dumpVersion` changes when it does.
public struct DocumentJSON: Encodable, Sendable {
    /// The version of the shape described in `docs/dump-format.md`.
    public static let currentVersion = 1

    public let dumpVersion: Int
    public let path: String
    public let format: DocumentFormat
    public let encoding: String
    public let metadata: Metadata
    public let diagnostics: [DiagnosticJSON]
    public let sections: [SectionJSON]
    public let blocks: [BlockJSON]
    public let directives: [DirectiveJSON]

    /// Builds the view; `includeTokens` adds every block's tokens (large). With `includeBlocks: false` the view
    /// leaves `blocks` empty, for writers that stream the blocks one by one (`BlockJSON(_:index:includeTokens:)`).
    public init(_ document: Document, includeTokens: Bool = false, includeBlocks: Bool = true) {
        let source = document.source
        dumpVersion = DocumentJSON.currentVersion
        path = source.path
        format = document.format
        encoding = source.encoding
        metadata = document.metadata
        diagnostics = document.diagnostics.map(DiagnosticJSON.init)
        sections = document.sections.enumerated().map { index, section in
            let heading = document.blocks[section.headingBlock]
            return SectionJSON(index: index, level: section.level, title: section.title, parent: section.parent,
                               line: source.location(at: heading.sourceRange.lowerBound).line)
        }
        blocks = includeBlocks
            ? document.blocks.indices.map { BlockJSON(document, index: $0, includeTokens: includeTokens) } : []
        directives = document.directives.map {
            DirectiveJSON(text: $0.text, start: source.location(at: $0.sourceRange.lowerBound),
                          end: source.location(at: $0.sourceRange.upperBound))
        }
    }

    /// A reader diagnostic; `line` and `column` are `null` when the position is unknown.
    public struct DiagnosticJSON: Encodable, Sendable {
        public let severity: String
        public let code: String
        public let message: String
        public let line: Int?
        public let column: Int?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
            line = diagnostic.location?.line
            column = diagnostic.location?.column
        }

        private enum CodingKeys: String, CodingKey { case severity, code, message, line, column }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
        }
    }

    /// A section: its heading's level and text, the enclosing section (`null` at top level) and the line of
    /// its heading.
    public struct SectionJSON: Encodable, Sendable {
        public let index: Int
        public let level: Int
        public let title: String
        public let parent: Int?
        public let line: Int

        private enum CodingKeys: String, CodingKey { case index, level, title, parent, line }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(level, forKey: .level)
            try container.encode(title, forKey: .title)
            try container.encode(parent, forKey: .parent)
            try container.encode(line, forKey: .line)
        }
    }

    /// A piece of block text with its source span (a sentence).
    public struct SpanJSON: Encodable, Sendable {
        public let text: String
        public let start: SourceLocation
        public let end: SourceLocation
    }

    /// A link: its target as written and the span of its text.
    public struct LinkJSON: Encodable, Sendable {
        public let target: String
        public let text: String
        public let start: SourceLocation
        public let end: SourceLocation
    }

    /// A token (only with `includeTokens`): `word`, `number`, `punctuation` or `symbol`.
    public struct TokenJSON: Encodable, Sendable {
        public let kind: String
        public let text: String
        public let start: SourceLocation
        public let end: SourceLocation
    }

    /// A comment addressed to caveat.
    public struct DirectiveJSON: Encodable, Sendable {
        public let text: String
        public let start: SourceLocation
        public let end: SourceLocation
    }

    /// One block; `section` is `null` before the first heading, `tokens` is present only when asked for.
    public struct BlockJSON: Encodable, Sendable {
        public let index: Int
        public let kind: BlockKind
        public let level: Int
        public let region: Region
        public let element: String
        public let section: Int?
        public let sectionPath: [String]
        public let text: String
        public let start: SourceLocation
        public let end: SourceLocation
        public let sentences: [SpanJSON]
        public let links: [LinkJSON]
        public let tokens: [TokenJSON]?

        /// The view of one block of a document.
        public init(_ document: Document, index: Int, includeTokens: Bool) {
            let block = document.blocks[index]
            let source = document.source
            func span(_ range: Range<Int>) -> (SourceLocation, SourceLocation) {
                let sourceRange = block.sourceRange(ofText: range)
                return (source.location(at: sourceRange.lowerBound), source.location(at: sourceRange.upperBound))
            }
            self.index = index
            kind = block.kind
            level = block.level
            region = block.region
            element = block.element
            section = block.section
            sectionPath = document.sectionPath(ofBlock: index)
            text = block.text
            (start, end) = span(0..<block.text.utf8.count)
            sentences = block.sentences.map { sentence in
                let (start, end) = span(sentence.range)
                return SpanJSON(text: block.substring(sentence.range), start: start, end: end)
            }
            links = block.links.map { link in
                let (start, end) = span(link.textRange)
                return LinkJSON(target: link.target, text: block.substring(link.textRange), start: start, end: end)
            }
            tokens = includeTokens ? block.tokens.map { token in
                let (start, end) = span(token.range)
                let kind = switch token.kind {
                case .word: "word"
                case .number: "number"
                case .punctuation: "punctuation"
                case .symbol: "symbol"
                }
                return TokenJSON(kind: kind, text: block.substring(token.range), start: start, end: end)
            } : nil
        }

        private enum CodingKeys: String, CodingKey {
            case index, kind, level, region, element, section, sectionPath, text, start, end, sentences, links, tokens
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(kind, forKey: .kind)
            try container.encode(level, forKey: .level)
            try container.encode(region, forKey: .region)
            try container.encode(element, forKey: .element)
            try container.encode(section, forKey: .section)
            try container.encode(sectionPath, forKey: .sectionPath)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(sentences, forKey: .sentences)
            try container.encode(links, forKey: .links)
            try container.encodeIfPresent(tokens, forKey: .tokens)
        }
    }
}
