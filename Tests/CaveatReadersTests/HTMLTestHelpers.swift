import Foundation
import TestSupport
import CaveatDocument
import CaveatReaders

/// Fixture access and independent position arithmetic for the reader tests.
enum HTMLTestHelpers {
    static func path(_ name: String) -> String {
        Paths.fixtures.appendingPathComponent("html/\(name)").path
    }

    static func raw(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    static func load(_ name: String) throws -> Document {
        try DocumentLoader().load(path: path(name)).get()
    }

    static func read(_ html: String) -> Document {
        HTMLReader().read(SourceText(path: "inline.html", string: html))
    }

    /// Byte offset of the `occurrence`-th match of `needle` in `haystack` (1-based occurrence).
    static func offset(of needle: [UInt8], in haystack: [UInt8], occurrence: Int = 1) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle {
                seen += 1
                if seen == occurrence { return start }
            }
        }
        return nil
    }

    static func offset(of needle: String, in haystack: [UInt8], occurrence: Int = 1) -> Int? {
        offset(of: Array(needle.utf8), in: haystack, occurrence: occurrence)
    }

    /// Line and column of a raw byte offset, counted directly on the file bytes: lines end at LF (a CR
    /// before it belongs to the same terminator); columns count UTF-8 scalars, or bytes for single-byte files.
    static func location(ofRaw offset: Int, in raw: [UInt8], singleByte: Bool = false) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where raw[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<offset where singleByte || raw[index] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    /// The block whose text contains `text`, and the UTF-8 range of it there.
    static func find(_ text: String, in document: Document, occurrence: Int = 1) -> (block: Int, range: Range<Int>)? {
        var seen = 0
        for (index, block) in document.blocks.enumerated() {
            var start = 0
            let haystack = Array(block.text.utf8)
            while let found = offset(of: Array(text.utf8), in: Array(haystack[start...])) {
                seen += 1
                if seen == occurrence { return (index, (start + found)..<(start + found + text.utf8.count)) }
                start += found + 1
            }
        }
        return nil
    }

    /// The source bytes a range of a block's text maps to.
    static func sourceText(of range: Range<Int>, block: Int, in document: Document) -> String {
        let sourceRange = document.blocks[block].sourceRange(ofText: range)
        return String(decoding: document.source.utf8[sourceRange], as: UTF8.self)
    }
}
