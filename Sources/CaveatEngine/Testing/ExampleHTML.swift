/// Turns an example text into a small HTML page the way `RuleTester` documents it (one `<p>` per paragraph,
/// `#` lines as headings, `- ` lines as list items, `&`, `<`, `>` escaped) and remembers where each text byte went.
struct ExampleHTML {
    let html: String
    /// For each HTML byte offset that starts or ends a text character, the text offset; -1 elsewhere.
    private let textOffset: [Int]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var html: [UInt8] = Array("<!DOCTYPE html>\n<html><body>\n".utf8)
        var map: [Int] = []
        // Split into lines, group lines into paragraphs at blank lines.
        var index = 0
        var paragraphOpen = false
        var listOpen = false
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = index..<end
            let isBlank = bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            let isItem = end - index >= 2 && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "*"))
                && bytes[index + 1] == 0x20
            if listOpen, !isItem { html += Array("</ul>\n".utf8); listOpen = false }
            if isBlank {
                if paragraphOpen { html += Array("</p>\n".utf8); paragraphOpen = false }
            } else if isItem {
                if paragraphOpen { html += Array("</p>\n".utf8); paragraphOpen = false }
                if !listOpen { html += Array("<ul>\n".utf8); listOpen = true }
                html += Array("<li>".utf8)
                ExampleHTML.append(bytes, (index + 2)..<end, to: &html, map: &map)
                html += Array("</li>\n".utf8)
            } else if bytes[index] == UInt8(ascii: "#") {
                if paragraphOpen { html += Array("</p>\n".utf8); paragraphOpen = false }
                var level = 0
                var start = index
                while start < end, bytes[start] == UInt8(ascii: "#") { level += 1; start += 1 }
                while start < end, bytes[start] == 0x20 { start += 1 }
                level = min(level, 6)
                html += Array("<h\(level)>".utf8)
                ExampleHTML.append(bytes, start..<end, to: &html, map: &map)
                html += Array("</h\(level)>\n".utf8)
            } else {
                if paragraphOpen {
                    html.append(0x0A)
                } else {
                    html += Array("<p>".utf8)
                    paragraphOpen = true
                }
                ExampleHTML.append(bytes, line, to: &html, map: &map)
            }
            index = end + 1
        }
        if paragraphOpen { html += Array("</p>\n".utf8) }
        if listOpen { html += Array("</ul>\n".utf8) }
        html += Array("</body></html>\n".utf8)
        while map.count <= html.count { map.append(-1) }
        self.html = String(decoding: html, as: UTF8.self)
        self.textOffset = map
    }

    private static func append(_ bytes: [UInt8], _ range: Range<Int>, to html: inout [UInt8], map: inout [Int]) {
        func mark(_ textIndex: Int) {
            while map.count <= html.count { map.append(-1) }
            map[html.count] = textIndex
        }
        for index in range {
            mark(index)
            switch bytes[index] {
            case UInt8(ascii: "&"): html += Array("&amp;".utf8)
            case UInt8(ascii: "<"): html += Array("&lt;".utf8)
            case UInt8(ascii: ">"): html += Array("&gt;".utf8)
            default: html.append(bytes[index])
            }
        }
        mark(range.upperBound)
    }

    /// The text range of an HTML range, when both ends fall on text character boundaries.
    func textRange(of range: Range<Int>) -> Range<Int>? {
        guard range.lowerBound < textOffset.count, range.upperBound < textOffset.count else { return nil }
        let start = textOffset[range.lowerBound]
        let end = textOffset[range.upperBound]
        guard start >= 0, end >= start else { return nil }
        return start..<end
    }
}
