import Testing
@testable import CaveatDocument

@Suite struct DocumentAssemblerTests {
    private func draft(_ kind: BlockKind, _ text: String, level: Int = 0, region: Region = .body) -> BlockDraft {
        var map = TextMap()
        map.appendVerbatim(textStart: 0, sourceStart: 0, length: text.utf8.count)
        return BlockDraft(kind: kind, level: level, region: region, text: text, map: map, element: "x")
    }

    @Test func sectionsNestByLevel() {
        let drafts = [
            draft(.paragraph, "Intro."),
            draft(.heading, "A", level: 1),
            draft(.heading, "A.1", level: 2),
            draft(.paragraph, "Body one. Body two."),
            draft(.heading, "A.1.a", level: 3),
            draft(.heading, "A.2", level: 2),
            draft(.heading, "Footer heading", level: 2, region: .footer),
            draft(.heading, "B", level: 1),
        ]
        let document = DocumentAssembler().assemble(source: SourceText(path: "t", string: "Intro. Body one."),
                                                    format: .text, drafts: drafts)
        #expect(document.sections.map(\.title) == ["A", "A.1", "A.1.a", "A.2", "B"])
        #expect(document.sections.map(\.parent) == [nil, 0, 1, 0, nil])
        #expect(document.blocks.map(\.section) == [nil, 0, 1, 1, 2, 3, 3, 4])
        #expect(document.sectionPath(ofBlock: 4) == ["A", "A.1", "A.1.a"])
        #expect(document.blocks[3].sentences.map(\.range) == [0..<9, 10..<19])
        #expect(document.blocks[3].tokens.count == 6)
    }

    @Test func headingLevelsAreClamped() {
        let document = DocumentAssembler().assemble(source: SourceText(path: "t", string: ""), format: .markdown,
                                                    drafts: [draft(.heading, "Zero", level: 0),
                                                             draft(.heading, "Nine", level: 9)])
        #expect(document.sections.map(\.level) == [1, 6])
        #expect(document.sections[1].parent == 0)
    }
}
