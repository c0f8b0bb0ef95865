import Testing
@testable import CaveatAnalysis

/// One row of the match table: a pattern, a text, and every match as a UTF-8 byte range.
struct RegexMatchCase: Sendable, CustomTestStringConvertible {
    var pattern: String
    var text: String
    var expected: [Range<Int>]
    var caseInsensitive = true

    init(_ pattern: String, _ text: String, _ expected: [Range<Int>], caseInsensitive: Bool = true) {
        self.pattern = pattern
        self.text = text
        self.expected = expected
        self.caseInsensitive = caseInsensitive
    }

    var testDescription: String { "/\(pattern)/ in \"\(text)\"" }
}

@Suite("BoundedRegex matching")
struct RegexMatchTests {
    static let cases: [RegexMatchCase] = [
        // Literals and leftmost-first priority.
        RegexMatchCase("abc", "xxabcxxabc", [2..<5, 7..<10]),
        RegexMatchCase("a|ab", "ab", [0..<1]),
        RegexMatchCase("ab|a", "ab", [0..<2]),
        RegexMatchCase("(a|ab)(c|bcd)", "abcd", [0..<4]),
        RegexMatchCase("(ab|a)(c|bcd)", "abcd", [0..<3]),
        RegexMatchCase("(a|b)*c", "ababc", [0..<5]),
        RegexMatchCase("(?:ab)+", "ababab", [0..<6]),
        RegexMatchCase("colou?r", "color colour", [0..<5, 6..<12]),
        RegexMatchCase("call( us)? today", "Call us today!", [0..<13]),
        // Alternatives sharing a first letter are merged when compiled; preference must not change.
        RegexMatchCase("ab|a|abc", "abc", [0..<2]),
        RegexMatchCase("abc|abd|ab", "abd abx", [0..<3, 4..<6]),
        RegexMatchCase("a|ab|ac", "ac", [0..<1]),
        RegexMatchCase("xa|xb|ya|xc", "xc yb ya", [0..<2, 6..<8]),
        RegexMatchCase("Ab|aC", "AC ab", [0..<2, 3..<5]),
        RegexMatchCase("(?:ativan|adderall|advil)\\b", "Advil, Ativan", [0..<5, 7..<13]),
        // Greedy and lazy.
        RegexMatchCase("a+", "caaat", [1..<4]),
        RegexMatchCase("a+?", "aaa", [0..<1, 1..<2, 2..<3]),
        RegexMatchCase("a*?b", "aab", [0..<3]),
        RegexMatchCase("a??b", "ab", [0..<2]),
        RegexMatchCase("<.+>", "<a><b>", [0..<6]),
        RegexMatchCase("<.+?>", "<a><b>", [0..<3, 3..<6]),
        RegexMatchCase("(?:a|b)??c", "bc", [0..<2]),
        RegexMatchCase("x*y", "xxxy", [0..<4]),
        RegexMatchCase("(x+x+)+y", "xxxy", [0..<4]),
        // Counted repetition; '{' that is not a quantifier is a literal.
        RegexMatchCase("\\d{2,3}", "1 12 1234", [2..<4, 5..<8]),
        RegexMatchCase("\\d{3}", "12345678", [0..<3, 3..<6]),
        RegexMatchCase("a{2,}", "a aa aaaa", [2..<4, 5..<9]),
        RegexMatchCase("a{2}", "aaaaa", [0..<2, 2..<4]),
        RegexMatchCase("a{0}b", "ab", [1..<2]),
        RegexMatchCase("a{,x}", "a{,x}", [0..<5]),
        RegexMatchCase("x{", "x{", [0..<2]),
        RegexMatchCase("a{1,3}?", "aaa", [0..<1, 1..<2, 2..<3]),
        // Anchors: ^ and $ are the text's ends unless (?m).
        RegexMatchCase("^abc", "abcabc", [0..<3]),
        RegexMatchCase("abc$", "abcabc", [3..<6]),
        RegexMatchCase("^$", "", [0..<0]),
        RegexMatchCase("^", "ab", [0..<0]),
        RegexMatchCase("$", "ab", [2..<2]),
        RegexMatchCase("a$", "a\n", []),
        RegexMatchCase("(?m)^b", "a\nb", [2..<3]),
        RegexMatchCase("(?m)a$", "a\nb", [0..<1]),
        RegexMatchCase("\\Aab", "abab", [0..<2]),
        RegexMatchCase("ab\\z", "abab", [2..<4]),
        RegexMatchCase("(a+)+$", "aaab", []),
        RegexMatchCase("(a+)+$", "aaa", [0..<3]),
        // Classes.
        RegexMatchCase("[a-c]+", "xxbcaxd", [2..<5]),
        RegexMatchCase("[^a-c]+", "abxyc", [2..<4]),
        RegexMatchCase("[-a]+", "a-a-b", [0..<4]),
        RegexMatchCase("[a-]+", "a-a-b", [0..<4]),
        RegexMatchCase("[]a]+", "]a]b", [0..<3]),
        RegexMatchCase("[\\d.]+", "v1.25 mg", [1..<5]),
        RegexMatchCase("[[:digit:]]+", "ab12", [2..<4]),
        RegexMatchCase("[\\w-]+", "self-medicate now", [0..<13, 14..<17]),
        RegexMatchCase("[^\\s]+", "a b", [0..<1, 2..<3]),
        RegexMatchCase("[é-ë]", "èê", [2..<4]),
        RegexMatchCase("[^a]", "é", [0..<2]),
        RegexMatchCase("[a-z]+", "ÀB", [2..<3]),
        // Escapes and shorthand classes.
        RegexMatchCase("\\d+", "take 500 mg", [5..<8]),
        RegexMatchCase("\\D+", "ab12", [0..<2]),
        RegexMatchCase("\\W", "a-b", [1..<2]),
        RegexMatchCase("\\S+", "a b", [0..<1, 2..<3]),
        RegexMatchCase("\\w+", "héllo wörld", [0..<6, 7..<13]),
        RegexMatchCase("\\s+", "a\u{00A0}b", [1..<3]),
        RegexMatchCase("\\.", "a.b", [1..<2]),
        RegexMatchCase("\\\\", "a\\b", [1..<2]),
        RegexMatchCase("a\\+", "a+", [0..<2]),
        RegexMatchCase("\\t", "a\tb", [1..<2]),
        RegexMatchCase("\\(\\d{3}\\) \\d{3}-\\d{4}", "at (562) 573-1504.", [3..<17]),
        RegexMatchCase("\\d+(\\.\\d+)?\\s*mg", "take 2.5 mg or 10mg", [5..<11, 15..<19]),
        // Word boundaries, with non-ASCII letters as word characters.
        RegexMatchCase("\\bcat\\b", "cat concat cat's", [0..<3, 11..<14]),
        RegexMatchCase("\\bé", "café étude", [6..<8]),
        RegexMatchCase("\\Bt", "tat", [2..<3]),
        RegexMatchCase("\\bdose\\b", "overdose dose", [9..<13]),
        RegexMatchCase("\\b", "ab", [0..<0, 2..<2]),
        // Threads that die at an assertion must not stop a later start from passing the same assertion.
        RegexMatchCase("(?:\\ba)+\\b", "ab a", [3..<4]),
        // UTF-8: byte offsets after multi-byte text, and scalars as single units.
        RegexMatchCase("é", "café", [3..<5]),
        RegexMatchCase("µg", "5 µg", [2..<5]),
        RegexMatchCase("\\u{00B5}g", "5 µg", [2..<5]),
        RegexMatchCase("\\x{b5}", "µ", [0..<2]),
        RegexMatchCase("\\u00b5", "µ", [0..<2]),
        RegexMatchCase(".", "é", [0..<2]),
        RegexMatchCase("a.c", "a\nc", []),
        RegexMatchCase("(?s)a.c", "a\nc", [0..<3]),
        RegexMatchCase("mg", "日本 5 mg", [9..<11]),
        // Case-insensitivity (the default), ASCII and beyond, and turning it off.
        RegexMatchCase("SEIZURE", "Risk of seizures.", [8..<15]),
        RegexMatchCase("É", "café", [3..<5]),
        RegexMatchCase("café", "CAFÉ", [0..<5]),
        RegexMatchCase("σ", "Σ", [0..<2]),
        RegexMatchCase("k", "\u{212A}", []),
        RegexMatchCase("\u{212A}", "k", [0..<1]),
        RegexMatchCase("ς", "σΣ", [0..<2, 2..<4]),
        RegexMatchCase("ſ", "s", [0..<1]),
        RegexMatchCase("[ſ]", "S", [0..<1]),
        RegexMatchCase("(?-i)Seizure", "seizure Seizure", [8..<15]),
        RegexMatchCase("abc", "ABC abc", [4..<7], caseInsensitive: false),
        RegexMatchCase("(?i)abc", "ABC", [0..<3], caseInsensitive: false),
        RegexMatchCase("a(?i:b)c", "aBc aBC", [0..<3], caseInsensitive: false),
        RegexMatchCase("[A-Z]+", "abc DEF", [4..<7], caseInsensitive: false),
        RegexMatchCase("(?<unit>mg|ml)", "5 ML", [2..<4]),
        // Empty matches advance by one whole character.
        RegexMatchCase("", "ab", [0..<0, 1..<1, 2..<2]),
        RegexMatchCase("a|", "ba", [0..<0, 1..<2, 2..<2]),
        RegexMatchCase("x*", "ab", [0..<0, 1..<1, 2..<2]),
        RegexMatchCase("a?", "ba", [0..<0, 1..<2, 2..<2]),
        RegexMatchCase("a*", "baaa", [0..<0, 1..<4, 4..<4]),
        RegexMatchCase("b*", "éb", [0..<0, 2..<3, 3..<3]),
        RegexMatchCase("(a*)*b", "aab", [0..<3]),
        // Documented in docs/regex.md.
        RegexMatchCase("(a|)*", "aa", [0..<2, 2..<2]),
        RegexMatchCase("\\b\\d+\\s?mg\\b", "Take 5 mg, not 10mg", [5..<9, 15..<19]),
        RegexMatchCase("(?'n'a)(?P<m>b)", "xab", [1..<3]),
        RegexMatchCase("[[:alpha:]]+", "5 mg", [2..<4]),
        RegexMatchCase("(?s)(?i-s).", "\n", []),
        RegexMatchCase("ÿ", "Ÿ", [0..<2]),
        RegexMatchCase("ß", "SS", []),
        RegexMatchCase("\\e", "\u{1B}", [0..<1]),
    ]

    @Test(arguments: cases)
    func matchesAsExpected(_ row: RegexMatchCase) throws {
        let regex = try BoundedRegex(row.pattern, caseInsensitive: row.caseInsensitive)
        #expect(regex.matches(in: row.text) == row.expected)
        #expect(regex.firstMatch(in: row.text) == row.expected.first)
        #expect(regex.hasMatch(in: row.text) == !row.expected.isEmpty)
        #expect(regex.matches(in: Array(row.text.utf8)) == row.expected)
    }

    @Test func firstMatchStartsAtTheGivenOffset() throws {
        #expect(try BoundedRegex("a").firstMatch(in: "aXa", from: 1) == 2..<3)
        #expect(try BoundedRegex("a").firstMatch(in: "aXa", from: 3) == nil)
        #expect(try BoundedRegex("a").firstMatch(in: "aXa", from: 9) == nil)
        // An offset inside "é" moves to the end of it rather than matching half a character.
        #expect(try BoundedRegex(".").firstMatch(in: "éb", from: 1) == 2..<3)
    }

    @Test func firstMatchSeesTheTextBeforeTheOffset() throws {
        #expect(try BoundedRegex("^a").firstMatch(in: "aa", from: 1) == nil)
        #expect(try BoundedRegex("\\bb").firstMatch(in: "ab b", from: 1) == 3..<4)
        #expect(try BoundedRegex("\\Bb").firstMatch(in: "ab", from: 1) == 1..<2)
    }

    @Test func bytesThatAreNotUTF8AreSingleUnits() throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
        #expect(try BoundedRegex(".").matches(in: bytes) == [0..<1, 1..<2, 2..<3, 3..<4])
        #expect(try BoundedRegex("a.b").matches(in: bytes) == [0..<3])
        #expect(try BoundedRegex("[^a]").matches(in: bytes) == [1..<2, 2..<3, 3..<4])
        #expect(try BoundedRegex("[a-zé]+").matches(in: bytes) == [0..<1, 2..<3])
    }

    @Test func keepsThePatternAndFlag() throws {
        let regex = try BoundedRegex("Mg", caseInsensitive: false)
        #expect(regex.pattern == "Mg")
        #expect(regex.caseInsensitive == false)
    }
}

extension RegexMatchTests {
    /// One compiled regex is shared by the parallel driver's tasks; every call must use its own scratch space.
    @Test func oneRegexServesConcurrentCallers() async throws {
        let regex = try BoundedRegex("\\b\\d+(?:\\.\\d+)?\\s?mg\\b|call (?:us )?today")
        let texts = (0..<64).map { index in
            String(repeating: "Take \(index).5 mg or call us today. ", count: 1 + index % 5)
        }
        let expected = texts.map { regex.matches(in: $0) }
        let results = await withTaskGroup(of: (Int, [Range<Int>]).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, regex.matches(in: text)) }
            }
            var results = [[Range<Int>]](repeating: [], count: texts.count)
            for await (index, found) in group { results[index] = found }
            return results
        }
        #expect(results == expected)
        #expect(expected[3].count == 2 * 4)
        #expect(expected[0] == [5..<11, 15..<28])
    }
}
