/// Turns a reader's block drafts into a `Document`: assigns sections from headings, splits sentences and
/// tokenizes. Both readers end here, so HTML and text documents have exactly the same shape.
public struct DocumentAssembler: Sendable {
    private let splitter: SentenceSplitter
    private let tokenizer: Tokenizer

    public init(splitter: SentenceSplitter = SentenceSplitter(), tokenizer: Tokenizer = Tokenizer()) {
        self.splitter = splitter
        self.tokenizer = tokenizer
    }

    public func assemble(source: SourceText, format: DocumentFormat, drafts: [BlockDraft],
                         metadata: Metadata = Metadata(), diagnostics: [Diagnostic] = [],
                         directives: [DirectiveComment] = []) -> Document {
        var blocks: [Block] = []
        blocks.reserveCapacity(drafts.count)
        var sections: [Section] = []
        // The open sections, innermost last.
        var open: [Int] = []
        for draft in drafts {
            var block = Block(kind: draft.kind, level: draft.level, region: draft.region, text: draft.text,
                              map: draft.map, element: draft.element, links: draft.links)
            if draft.kind == .heading, draft.region == .body {
                let level = max(1, min(6, draft.level))
                while let last = open.last, sections[last].level >= level { open.removeLast() }
                sections.append(Section(level: level, title: draft.text, headingBlock: blocks.count, parent: open.last))
                open.append(sections.count - 1)
            }
            block.section = open.last
            block.tokens = tokenizer.tokenize(draft.text)
            block.sentences = splitter.split(draft.text, tokens: block.tokens, kind: draft.kind)
            blocks.append(block)
        }
        return Document(source: source, format: format, blocks: blocks, sections: sections, metadata: metadata,
                        diagnostics: diagnostics, directives: directives)
    }
}
