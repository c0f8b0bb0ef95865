import CaveatDocument

/// A minimal reader for text and Markdown used until `PlainTextReader` is available: one paragraph per
/// run of non-blank lines, white space collapsed, every byte mapped verbatim.
struct FallbackTextReader: DocumentReader {
    let format: DocumentFormat
    let assembler: DocumentAssembler

    func read(_ source: SourceText) -> Document {
        var drafts: [BlockDraft] = []
        source.utf8.withUnsafeBufferPointer { bytes in
            var builder = HTMLTextBuilder(preformatted: false)
            var lineStart = 0
            var index = 0
            func flush() {
                if let finished = builder.finish() {
                    drafts.append(BlockDraft(kind: .paragraph, region: .body, text: finished.text, map: finished.map,
                                             element: "paragraph"))
                }
                builder = HTMLTextBuilder(preformatted: false)
            }
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == 0x0A {
                    let line = lineStart..<min(index + 1, bytes.count)
                    if line.allSatisfy({ HTMLTextBuilder.isSpace(bytes[$0]) }) {
                        flush()
                    } else {
                        builder.appendVerbatim(bytes, line)
                    }
                    lineStart = index + 1
                }
                index += 1
            }
            flush()
        }
        return assembler.assemble(source: source, format: format, drafts: drafts)
    }
}
