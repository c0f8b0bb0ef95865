import Testing
@testable import CaveatDocument

@Suite struct SourceTextTests {
    /// The column of every offset, counted the slow way.
    private func naiveColumn(_ bytes: [UInt8], _ offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        return bytes[start..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
    }

    @Test func columnsCountScalarsOnShortLines() {
        let source = SourceText(path: "t", string: "a\té😴b\r\nxy\rz")
        #expect(source.location(at: 0) == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(source.location(at: 2) == SourceLocation(line: 1, column: 3, offset: 2))    // é after a tab
        #expect(source.location(at: 4) == SourceLocation(line: 1, column: 4, offset: 4))    // 😴
        #expect(source.location(at: 8) == SourceLocation(line: 1, column: 5, offset: 8))    // b
        #expect(source.location(at: 11) == SourceLocation(line: 2, column: 1, offset: 11))  // x after \r\n
        #expect(source.location(at: 14) == SourceLocation(line: 3, column: 1, offset: 14))  // z after lone \r
        #expect(source.location(at: 99) == SourceLocation(line: 3, column: 2, offset: 15))  // clamped to the end
    }

    @Test func columnsOnVeryLongLinesMatchTheSlowCount() {
        // One 10,000-scalar (25,000-byte) line mixing 1- to 4-byte scalars, then a short line.
        var text = "start\n"
        for index in 0..<10_000 { text += ["a", "é", "€", "😴"][index % 4] }
        text += "\nend"
        let source = SourceText(path: "t", string: text)
        let bytes = Array(text.utf8)
        for offset in stride(from: 0, through: bytes.count, by: 997) where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            #expect(source.location(at: offset).column == naiveColumn(bytes, offset), "offset \(offset)")
        }
        #expect(source.location(at: bytes.count - 3) == SourceLocation(line: 3, column: 1, offset: bytes.count - 3))
        #expect(source.location(at: bytes.count - 4).column == 10_001)
    }

    @Test func lineTextWithoutTerminators() {
        let source = SourceText(path: "t", string: "one\r\ntwo\n")
        #expect(source.lineText(1) == "one")
        #expect(source.lineText(2) == "two")
        #expect(source.lineCount == 3)
    }
}
