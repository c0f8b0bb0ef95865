import CaveatDocument
import CaveatEngine

/// Builds documents and findings by hand, so report tests depend on no reader and no rule engine.
///
/// Each non-empty line of the text becomes one block whose text is the line without its markers, mapped verbatim
/// to the source: `#`… lines are headings of that level, `- ` lines list items, `@footer ` lines footer chrome,
/// leading white space is left out of the block.
struct FixtureDocument {
    let document: Document
    let path: String

    /// - Parameter shortLinesAreHeadings: also treat short lines without final punctuation as level-2 headings
    ///   (plain-text articles lose their heading markup).
    init(path: String, text: String, format: DocumentFormat = .markdown, shortLinesAreHeadings: Bool = false) {
        self.path = path
        let source = SourceText(path: path, string: text)
        var drafts: [BlockDraft] = []
        for line in 1...source.lineCount {
            let lineStart = source.lineStarts[line - 1]
            var bytes = Array(source.lineText(line).utf8)
            var offset = lineStart
            func drop(_ count: Int) { bytes.removeFirst(count); offset += count }
            while let first = bytes.first, first == 0x20 || first == 0x09 { drop(1) }
            guard !bytes.isEmpty else { continue }
            var kind = BlockKind.paragraph
            var level = 0
            var region = Region.body
            var element = "line"
            if bytes.first == UInt8(ascii: "#") {
                while bytes.first == UInt8(ascii: "#") { level += 1; drop(1) }
                drop(1)
                kind = .heading
                element = "md-heading"
            } else if bytes.starts(with: Array("- ".utf8)) {
                drop(2)
                kind = .listItem
                element = "md-list-item"
            } else if bytes.starts(with: Array("@footer ".utf8)) {
                drop(8)
                region = .footer
            } else if shortLinesAreHeadings, bytes.count < 70,
                      let last = bytes.last, ![UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "?")].contains(last) {
                kind = .heading
                level = 2
            }
            var map = TextMap()
            map.appendVerbatim(textStart: 0, sourceStart: offset, length: bytes.count)
            drafts.append(BlockDraft(kind: kind, level: level, region: region,
                                     text: String(decoding: bytes, as: UTF8.self), map: map, element: element))
        }
        document = DocumentAssembler().assemble(source: source, format: format, drafts: drafts)
    }

    /// The index of the first block containing `phrase`.
    func block(containing phrase: String) -> Int {
        guard let index = document.blocks.firstIndex(where: { $0.text.contains(phrase) }) else {
            fatalError("no block contains \(phrase)")
        }
        return index
    }

    /// The UTF-8 range of the `occurrence`-th (0-based) `phrase` in block `index`.
    func range(of phrase: String, inBlock index: Int, occurrence: Int = 0) -> Range<Int> {
        let text = Array(document.blocks[index].text.utf8)
        let needle = Array(phrase.utf8)
        var found = 0
        var start = 0
        while start + needle.count <= text.count {
            if Array(text[start..<start + needle.count]) == needle {
                if found == occurrence { return start..<start + needle.count }
                found += 1
            }
            start += 1
        }
        fatalError("\(phrase) not found in block \(index)")
    }

    /// The source span of a phrase, for related locations and suggestions.
    func span(of phrase: String, occurrence: Int = 0) -> SourceSpan {
        let index = block(containing: phrase)
        return document.span(ofBlock: index, text: range(of: phrase, inBlock: index, occurrence: occurrence))
    }

    /// A finding on `phrase`, its sentence being the whole block (fixture lines are one sentence each).
    func finding(_ rule: String, _ severity: Severity, _ message: String, on phrase: String, occurrence: Int = 0,
                 inBlock blockIndex: Int? = nil, related: [RelatedLocation] = [],
                 suggestion: String? = nil) -> Finding {
        let index = blockIndex ?? block(containing: phrase)
        let textRange = range(of: phrase, inBlock: index, occurrence: occurrence)
        let span = document.span(ofBlock: index, text: textRange)
        return Finding(ruleID: rule, severity: severity, message: message, path: path, span: span, excerpt: phrase,
                       sectionPath: document.sectionPath(ofBlock: index), sentence: document.blocks[index].text,
                       blockIndex: index, textRange: textRange, related: related,
                       suggestion: suggestion.map { Suggestion(replacement: $0, span: span) })
    }
}
