import CaveatDocument

/// A minimal plain-text reader for engine tests, used until the real text reader lands: paragraphs separated
/// by blank lines, `#` lines as headings, lines holding only `<!-- caveat-… -->` as directives. Text maps are
/// verbatim, so finding positions are exact.
struct ExampleTextReader {
    func read(_ text: String, path: String = "example.txt") -> Document {
        let source = SourceText(path: path, string: text)
        let bytes = source.utf8
        var drafts: [BlockDraft] = []
        var directives: [DirectiveComment] = []
        var paragraph: [Range<Int>] = []

        func flush() {
            guard let first = paragraph.first else { return }
            var text: [UInt8] = []
            var map = TextMap()
            for (index, line) in paragraph.enumerated() {
                if index > 0 {
                    map.appendAtomic(textStart: text.count, textLength: 1, sourceStart: paragraph[index - 1].upperBound,
                                     sourceLength: line.lowerBound - paragraph[index - 1].upperBound)
                    text.append(0x20)
                }
                map.appendVerbatim(textStart: text.count, sourceStart: line.lowerBound, length: line.count)
                text += bytes[line]
            }
            _ = first
            drafts.append(BlockDraft(kind: .paragraph, region: .body, text: String(decoding: text, as: UTF8.self),
                                     map: map, element: "p"))
            paragraph = []
        }

        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var lower = start
            var upper = end
            while lower < upper, bytes[lower] == 0x20 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x0D { upper -= 1 }
            let line = String(decoding: bytes[lower..<upper], as: UTF8.self)
            if lower == upper {
                flush()
            } else if line.hasPrefix("<!--"), line.hasSuffix("-->") {
                flush()
                let inner = line.dropFirst(4).dropLast(3).trimmingSpaces()
                if inner.hasPrefix("caveat-") { directives.append(DirectiveComment(text: inner, sourceRange: lower..<upper)) }
            } else if bytes[lower] == UInt8(ascii: "#") {
                flush()
                var level = 0
                var textStart = lower
                while textStart < upper, bytes[textStart] == UInt8(ascii: "#") { level += 1; textStart += 1 }
                while textStart < upper, bytes[textStart] == 0x20 { textStart += 1 }
                var map = TextMap()
                map.appendVerbatim(textStart: 0, sourceStart: textStart, length: upper - textStart)
                drafts.append(BlockDraft(kind: .heading, level: level, region: .body,
                                         text: String(decoding: bytes[textStart..<upper], as: UTF8.self), map: map,
                                         element: "md-heading"))
            } else {
                paragraph.append(lower..<upper)
            }
            start = end + 1
        }
        flush()
        return DocumentAssembler().assemble(source: source, format: .text, drafts: drafts, directives: directives)
    }
}

private extension Substring {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
