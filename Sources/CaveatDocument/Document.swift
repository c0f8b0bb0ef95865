/// Everything caveat knows about one input file, independent of whether it was HTML or text.
public struct Document: Sendable {
    public let source: SourceText
    public let format: DocumentFormat
    public var blocks: [Block]
    public var sections: [Section]
    public var metadata: Metadata
    public var diagnostics: [Diagnostic]
    /// Comments addressed to caveat, in source order.
    public var directives: [DirectiveComment]

    public init(source: SourceText, format: DocumentFormat, blocks: [Block] = [], sections: [Section] = [],
                metadata: Metadata = Metadata(), diagnostics: [Diagnostic] = [], directives: [DirectiveComment] = []) {
        self.source = source
        self.format = format
        self.blocks = blocks
        self.sections = sections
        self.metadata = metadata
        self.diagnostics = diagnostics
        self.directives = directives
    }

    /// The titles of the headings above a block, outermost first.
    public func sectionPath(ofBlock index: Int) -> [String] {
        var path: [String] = []
        var current = blocks[index].section
        while let section = current {
            path.append(sections[section].title)
            current = sections[section].parent
        }
        return path.reversed()
    }

    /// The source span of a range of a block's text.
    public func span(ofBlock index: Int, text range: Range<Int>) -> SourceSpan {
        source.span(blocks[index].sourceRange(ofText: range))
    }
}
