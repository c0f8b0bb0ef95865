import Testing
@testable import CaveatEngine

@Suite struct JSONParserTests {
    @Test func recordsPositionsAndPointers() throws {
        let text = "{\n  \"a\": [1, \"x\\u00e9\", true],\n  \"b\": { \"c\": null }\n}"
        let root = try JSONParser.parse(Array(text.utf8))
        let array = try #require(root["a"]?.elements)
        #expect(array[1].string == "xé")
        #expect(array[1].position == JSONPosition(line: 2, column: 12))
        #expect(array[1].pointer == "/a/1")
        let c = try #require(root["b"]?["c"])
        #expect(c.position == JSONPosition(line: 3, column: 15))
        #expect(c.pointer == "/b/c")
    }

    @Test func columnsCountUnicodeScalars() throws {
        let root = try JSONParser.parse(Array("{\"é\": \"ü\", \"k\": 2}".utf8))
        #expect(root["k"]?.position == JSONPosition(line: 1, column: 17))
    }

    /// Machine-written rule files are often one long line; columns are counted on from the previous value, and a
    /// value after a line break starts again at column 1.
    @Test func positionsOnALongSingleLineAndAfterIt() throws {
        let elements = (0..<5_000).map { "\"é\($0)\"" }.joined(separator: ",")
        let text = "[" + elements + "]\n"
        let root = try JSONParser.parse(Array(("{\"a\": " + text + ", \"b\": 1}").utf8))
        let array = try #require(root["a"]?.elements)
        // Element i starts after `{"a": [` (7 scalars) and the elements before it.
        let before = (0..<4_999).map { "\"é\($0)\"," }.joined()
        #expect(array[4_999].position == JSONPosition(line: 1, column: 8 + before.unicodeScalars.count))
        #expect(root["b"]?.position == JSONPosition(line: 2, column: 8))
    }

    @Test func syntaxErrorsNameTheirPosition() {
        let cases: [(String, String, JSONPosition)] = [
            ("{\"a\": 1,}", "unexpected '}', expected a key in double quotes", JSONPosition(line: 1, column: 9)),
            ("[1 2]", "unexpected '2', expected ',' or ']'", JSONPosition(line: 1, column: 4)),
            ("{\"a\": \"x\n\"}", "line break inside a string (write \\n)", JSONPosition(line: 1, column: 9)),
            ("{\"a\": 1, \"a\": 2}", "duplicate key 'a'", JSONPosition(line: 1, column: 10)),
            ("{\"a\": tru}", "invalid literal, expected 'true'", JSONPosition(line: 1, column: 10)),
            ("", "unexpected end of file, expected a value", JSONPosition(line: 1, column: 1)),
            ("{} x", "unexpected 'x' after the JSON value", JSONPosition(line: 1, column: 4)),
        ]
        for (text, message, position) in cases {
            do {
                _ = try JSONParser.parse(Array(text.utf8))
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.message == message, "\(text)")
                #expect(error.position == position, "\(text)")
            }
        }
    }
}
