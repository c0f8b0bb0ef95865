import Foundation
import Testing
@testable import CaveatDocument

@Suite struct DocumentJSONTests {
    /// A two-block document built by hand: a heading and a paragraph whose second line was joined with a space
    /// standing for `\r\n`, with a link and a directive.
    private func document() -> Document {
        let text = "# Dosing\r\n\r\nTake 5 mg.\r\nSee [it](https://x.example).\r\n<!-- caveat-disable dose -->\r\n"
        let source = SourceText(path: "a.md", string: text)
        var headingMap = TextMap()
        headingMap.appendVerbatim(textStart: 0, sourceStart: 2, length: 6)
        var paragraphMap = TextMap()
        paragraphMap.appendVerbatim(textStart: 0, sourceStart: 12, length: 10)       // "Take 5 mg."
        paragraphMap.appendAtomic(textStart: 10, textLength: 1, sourceStart: 22, sourceLength: 2)   // "\r\n"
        paragraphMap.appendVerbatim(textStart: 11, sourceStart: 24, length: 4)       // "See "
        paragraphMap.appendVerbatim(textStart: 15, sourceStart: 29, length: 2)       // "it"
        paragraphMap.appendVerbatim(textStart: 17, sourceStart: 51, length: 1)       // "."
        let drafts = [
            BlockDraft(kind: .heading, level: 1, region: .body, text: "Dosing", map: headingMap, element: "md-heading"),
            BlockDraft(kind: .paragraph, region: .body, text: "Take 5 mg. See it.", map: paragraphMap,
                       element: "md-paragraph", links: [Link(target: "https://x.example", textRange: 15..<17)]),
        ]
        return DocumentAssembler().assemble(
            source: source, format: .markdown, drafts: drafts, metadata: Metadata(title: "Dosing"),
            diagnostics: [Diagnostic(severity: .warning, code: "md-test", message: "m")],
            directives: [DirectiveComment(text: "caveat-disable dose", sourceRange: 54..<82)])
    }

    private func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func exactShape() throws {
        let json = try encode(DocumentJSON(document()))
        let position = { (line: Int, column: Int, offset: Int) in
            "{\"column\":\(column),\"line\":\(line),\"offset\":\(offset)}"
        }
        let expected = "{\"blocks\":["
            + "{\"element\":\"md-heading\",\"end\":\(position(1, 9, 8)),\"index\":0,\"kind\":\"heading\",\"level\":1,"
            + "\"links\":[],\"region\":\"body\",\"section\":0,\"sectionPath\":[\"Dosing\"],"
            + "\"sentences\":[{\"end\":\(position(1, 9, 8)),\"start\":\(position(1, 3, 2)),\"text\":\"Dosing\"}],"
            + "\"start\":\(position(1, 3, 2)),\"text\":\"Dosing\"},"
            + "{\"element\":\"md-paragraph\",\"end\":\(position(4, 29, 52)),\"index\":1,\"kind\":\"paragraph\",\"level\":0,"
            + "\"links\":[{\"end\":\(position(4, 8, 31)),\"start\":\(position(4, 6, 29)),\"target\":\"https://x.example\",\"text\":\"it\"}],"
            + "\"region\":\"body\",\"section\":0,\"sectionPath\":[\"Dosing\"],"
            + "\"sentences\":[{\"end\":\(position(3, 11, 22)),\"start\":\(position(3, 1, 12)),\"text\":\"Take 5 mg.\"},"
            + "{\"end\":\(position(4, 29, 52)),\"start\":\(position(4, 1, 24)),\"text\":\"See it.\"}],"
            + "\"start\":\(position(3, 1, 12)),\"text\":\"Take 5 mg. See it.\"}],"
            + "\"diagnostics\":[{\"code\":\"md-test\",\"column\":null,\"line\":null,\"message\":\"m\",\"severity\":\"warning\"}],"
            + "\"directives\":[{\"end\":\(position(5, 29, 82)),\"start\":\(position(5, 1, 54)),\"text\":\"caveat-disable dose\"}],"
            + "\"dumpVersion\":1,\"encoding\":\"utf-8\",\"format\":\"markdown\",\"metadata\":{\"title\":\"Dosing\"},"
            + "\"path\":\"a.md\",\"sections\":[{\"index\":0,\"level\":1,\"line\":1,\"parent\":null,\"title\":\"Dosing\"}]}"
        #expect(json == expected)
    }

    @Test func tokensOnlyWhenAsked() throws {
        #expect(!(try encode(DocumentJSON(document()))).contains("\"tokens\""))
        let withTokens = DocumentJSON(document(), includeTokens: true)
        let tokens = try #require(withTokens.blocks[1].tokens)
        #expect(tokens.map(\.text) == ["Take", "5", "mg", ".", "See", "it", "."])
        #expect(tokens.map(\.kind) == ["word", "number", "word", "punctuation", "word", "word", "punctuation"])
        #expect(tokens[4].start == SourceLocation(line: 4, column: 1, offset: 24))
        #expect(tokens[5].end == SourceLocation(line: 4, column: 8, offset: 31))
    }

    @Test func blockBeforeAnyHeadingHasNullSection() throws {
        var map = TextMap()
        map.appendVerbatim(textStart: 0, sourceStart: 0, length: 3)
        let document = DocumentAssembler().assemble(
            source: SourceText(path: "b.txt", string: "Hi."), format: .text,
            drafts: [BlockDraft(kind: .paragraph, region: .body, text: "Hi.", map: map, element: "text-paragraph")])
        let json = try encode(DocumentJSON(document))
        #expect(json.contains("\"section\":null,\"sectionPath\":[]"))
        #expect(json.contains("\"sections\":[]"))
        #expect(json.contains("\"metadata\":{}"))
    }
}
