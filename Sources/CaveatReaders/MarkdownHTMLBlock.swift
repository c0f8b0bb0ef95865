import CaveatDocument

/// Reads a raw HTML block of a Markdown file with `HTMLReader`, then moves every position from the block's
/// literal to the Markdown source.
///
/// The literal is the block's lines without container markers (`>`, list indentation), so positions go
/// through `MarkdownLiteralLines.Origins`: a verbatim run is split wherever the source is not contiguous,
/// an atomic run (an entity, a collapsed space) covers the source of its first to its last byte. The page
/// parser's own diagnostics (an unclosed `<div>` is normal in a Markdown HTML block) are dropped.
enum MarkdownHTMLBlock {
    static func read(_ literal: [UInt8], origins: MarkdownLiteralLines.Origins, path: String)
        -> (drafts: [BlockDraft], directives: [DirectiveComment]) {
        guard !literal.isEmpty else { return ([], []) }
        let extraction = HTMLReader.extract(SourceText(path: path, utf8: blankingUnparsed(literal)))
        let drafts = extraction.drafts.map { draft -> BlockDraft in
            var moved = draft
            moved.map = remap(draft.map, origins)
            moved.links = draft.links.map { link in
                var link = link
                link.targetSourceRange = link.targetSourceRange.map { remap($0, origins) }
                return link
            }
            return moved
        }
        let directives = extraction.directives.map {
            DirectiveComment(text: $0.text, sourceRange: remap($0.sourceRange, origins))
        }
        return (drafts, directives)
    }

    /// CDATA sections (`<![CDATA[ ... ]]>`) and processing instructions (`<? ... ?>`) are whole HTML blocks in
    /// Markdown and never text, but libxml2's HTML parser reads them as text; they become spaces (same length,
    /// so positions hold).
    private static func blankingUnparsed(_ literal: [UInt8]) -> [UInt8] {
        var bytes = literal
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 0x3C else { index += 1; continue }
            let closer: [UInt8]
            if bytes[index...].starts(with: "<![CDATA[".utf8) {
                closer = Array("]]>".utf8)
            } else if bytes[index + 1] == 0x3F {
                closer = Array("?>".utf8)
            } else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !bytes[end...].starts(with: closer) { end += 1 }
            end = min(bytes.count, end + closer.count)
            for position in index..<end where bytes[position] != 0x0A { bytes[position] = 0x20 }
            index = end
        }
        return bytes
    }

    /// A literal range's source range (from its first byte's origin to just past its last byte's).
    private static func remap(_ range: Range<Int>, _ origins: MarkdownLiteralLines.Origins) -> Range<Int> {
        let count = origins.start.count
        guard count > 0 else { return 0..<0 }
        guard let last = range.last else {
            let at = range.lowerBound < count ? origins.start[range.lowerBound] : origins.end[count - 1]
            return at..<at
        }
        let lower = origins.start[min(range.lowerBound, count - 1)]
        return lower..<max(lower, origins.end[min(last, count - 1)])
    }

    private static func remap(_ map: TextMap, _ origins: MarkdownLiteralLines.Origins) -> TextMap {
        var moved = TextMap()
        for segment in map.segments {
            if segment.isVerbatim {
                var textStart = segment.textStart
                var runStart = segment.sourceStart
                let end = segment.sourceStart + segment.sourceLength
                var index = runStart + 1
                while index <= end {
                    if index == end || origins.start[index] != origins.start[index - 1] + 1 {
                        moved.appendVerbatim(textStart: textStart, sourceStart: origins.start[runStart],
                                             length: index - runStart)
                        textStart += index - runStart
                        runStart = index
                    }
                    index += 1
                }
            } else {
                let range = remap(segment.sourceStart..<(segment.sourceStart + segment.sourceLength), origins)
                moved.appendAtomic(textStart: segment.textStart, textLength: segment.textLength,
                                   sourceStart: range.lowerBound, sourceLength: range.count)
            }
        }
        return moved
    }
}
