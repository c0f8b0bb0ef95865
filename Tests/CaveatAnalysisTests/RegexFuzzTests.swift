import Testing
@testable import CaveatAnalysis

/// Random strings of regex metacharacters: the parser must refuse or accept each without trapping, every refusal
/// must point inside the pattern, and every accepted pattern must match consistently on random texts.
@Suite("BoundedRegex on arbitrary patterns")
struct RegexFuzzTests {
    private static let pieces: [String] = [
        "a", "b", "é", "(", ")", "[", "]", "{", "}", "|", "*", "+", "?", ".", "^", "$", "\\", "-", ",", "0", "1", "2",
        "d", "w", "s", "b", "B", "z", "A", "u", "x", "i", "m", ":", "=", "!", "<", ">", "'", "P", "#", "[:alpha:]",
        "{2}", "{1,3}", "(?:", "(?i)", "(?-i)", "\\b", "\\d", "\\w", "[^", "\\u{e9}", " ",
    ]

    @Test func neverTrapsAndStaysConsistent() throws {
        var state: UInt64 = 0xF0CC
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet: [Character] = ["a", "b", "é", " ", "A", "1", "\n"]
        var accepted = 0
        var refused = 0
        var problems: [String] = []
        for _ in 0..<20_000 {
            let pattern = (0..<(1 + random(10))).map { _ in Self.pieces[random(Self.pieces.count)] }.joined()
            let regex: BoundedRegex
            do {
                regex = try BoundedRegex(pattern)
            } catch {
                refused += 1
                let length = pattern.unicodeScalars.count
                if error.offset < 0 || error.offset > length || error.message.isEmpty {
                    problems.append("/\(pattern)/: \(error)")
                }
                continue
            }
            accepted += 1
            for _ in 0..<3 {
                let text = String((0..<random(10)).map { _ in alphabet[random(alphabet.count)] })
                let all = regex.matches(in: text)
                let utf8 = Array(text.utf8)
                // Matches are ordered, non-overlapping, inside the text and on character boundaries.
                var previousEnd = 0
                for match in all {
                    let onBoundaries = [match.lowerBound, match.upperBound].allSatisfy { offset in
                        offset == utf8.count || utf8[offset] & 0xC0 != 0x80
                    }
                    if match.lowerBound < previousEnd || match.upperBound > utf8.count || !onBoundaries {
                        problems.append("/\(pattern)/ on \"\(text)\": bad match list \(all)")
                        break
                    }
                    previousEnd = match.upperBound
                }
                if regex.firstMatch(in: text) != all.first || regex.hasMatch(in: text) != !all.isEmpty {
                    problems.append("/\(pattern)/ on \"\(text)\": firstMatch or hasMatch disagrees with \(all)")
                }
            }
        }
        print("BoundedRegex fuzz: \(accepted) patterns accepted, \(refused) refused")
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
        // Both outcomes must be well represented, or the test exercises little.
        #expect(accepted > 2_000)
        #expect(refused > 2_000)
    }

    /// Raw byte input, including bytes that are not valid UTF-8: no trap, and the single-pass iteration agrees
    /// with repeated searches.
    @Test func invalidUTF8AgreesWithRepeatedSearches() throws {
        var state: UInt64 = 0xB17E
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let patterns = [
            ".", "[^a]+", "a.b", "\\W", "\\b", "(?:a|.)*?b", "é|.", "\\B.", "[\\s\\S]{2}", "a*", "$", "(?s).+",
        ]
        let bytes: [UInt8] = [0x61, 0x62, 0xC3, 0xA9, 0xFF, 0x80, 0x20, 0xE2, 0x82, 0xAC, 0xF0]
        var problems: [String] = []
        for pattern in patterns {
            let regex = try BoundedRegex(pattern)
            for _ in 0..<400 {
                let input = (0..<random(12)).map { _ in bytes[random(bytes.count)] }
                let all = regex.matches(in: input)
                var searched: [Range<Int>] = []
                input.withUnsafeBufferPointer { buffer in
                    var position = 0
                    while position <= buffer.count, let match = regex.firstMatch(in: buffer, from: position) {
                        searched.append(match)
                        if !match.isEmpty {
                            position = match.upperBound
                        } else if match.upperBound < buffer.count {
                            position = match.upperBound + RegexScalars.decode(buffer, at: match.upperBound).length
                        } else {
                            break
                        }
                    }
                    if regex.hasMatch(in: buffer) != !all.isEmpty {
                        problems.append("/\(pattern)/ hasMatch on \(input)")
                    }
                }
                if all != searched { problems.append("/\(pattern)/ on \(input): \(all) but searches \(searched)") }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }
}
