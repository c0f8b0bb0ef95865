import Foundation
import Testing
@testable import CaveatAnalysis

/// Compares BoundedRegex with ICU's backtracking engine (NSRegularExpression) on random small patterns and texts.
///
/// The grammar stays inside the subset where both must agree: no quantifier repeats something that can match the
/// empty string (there backtracking engines stop a loop on an empty iteration and a Pike VM does not), no line
/// terminators (ICU's `$` also matches before a final one), and letters whose case pairs both engines know.
@Suite("BoundedRegex agrees with NSRegularExpression")
struct RegexDifferentialTests {
    /// SplitMix64: a fixed seed makes every failure reproducible.
    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    private static let atoms = ["a", "b", "é", "A", ".", "[ab]", "[^a]", "[a-c]", "[bé]", "\\w", "\\W", "\\s", " "]
    private static let assertions = ["\\b", "\\B", "^", "$"]
    private static let quantifiers = ["*", "+", "?", "*?", "+?", "??", "{1,2}", "{0,2}", "{2}", "{1,}", "{0,2}?"]

    /// A random pattern and whether it can match the empty string.
    private static func pattern(depth: Int, _ random: inout Generator) -> (text: String, nullable: Bool) {
        let choice = depth > 3 ? random.below(3) : random.below(7)
        switch choice {
        case 0, 1:
            return (random.pick(atoms), false)
        case 2:
            return (random.pick(assertions), true)
        case 3, 4:
            let count = 2 + random.below(2)
            var parts: [(text: String, nullable: Bool)] = []
            for _ in 0..<count { parts.append(pattern(depth: depth + 1, &random)) }
            return (parts.map(\.text).joined(), parts.allSatisfy(\.nullable))
        case 5:
            let left = pattern(depth: depth + 1, &random)
            let right = pattern(depth: depth + 1, &random)
            return ("(?:\(left.text)|\(right.text))", left.nullable || right.nullable)
        default:
            let operand = pattern(depth: depth + 1, &random)
            // A quantified anchor is refused at compile time (tested elsewhere).
            if assertions.contains(operand.text) { return operand }
            let quantifier = operand.nullable ? random.pick(["?", "??"]) : random.pick(quantifiers)
            let text = operand.text.count == 1 ? operand.text : "(?:\(operand.text))"
            return (text + quantifier, operand.nullable || quantifier.hasPrefix("?") || quantifier.hasPrefix("*")
                || quantifier.hasPrefix("{0"))
        }
    }

    private static func text(_ random: inout Generator) -> String {
        let alphabet: [Character] = ["a", "b", "é", "A", "É", " ", "c"]
        return String((0..<random.below(9)).map { _ in random.pick(alphabet) })
    }

    /// ICU's matches as UTF-8 byte ranges.
    private static func reference(_ expression: NSRegularExpression, _ text: String) -> [Range<Int>] {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        return expression.matches(in: text, range: whole).map { match in
            let utf16 = text.utf16
            let start = utf16.index(utf16.startIndex, offsetBy: match.range.location)
            let end = utf16.index(start, offsetBy: match.range.length)
            let utf8 = text.utf8
            return utf8.distance(from: utf8.startIndex, to: start)..<utf8.distance(from: utf8.startIndex, to: end)
        }
    }

    @Test(arguments: [false, true])
    func randomPatternsAgree(caseInsensitive: Bool) throws {
        var random = Generator(state: caseInsensitive ? 0xCAFE : 0xBEEF)
        var disagreements: [String] = []
        var compared = 0
        for _ in 0..<1_500 {
            let pattern = Self.pattern(depth: 0, &random).text
            let regex = try BoundedRegex(pattern, caseInsensitive: caseInsensitive)
            let expression = try NSRegularExpression(
                pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
            for _ in 0..<8 {
                let text = Self.text(&random)
                let expected = Self.reference(expression, text)
                let actual = regex.matches(in: text)
                compared += 1
                if actual != expected && disagreements.count < 10 {
                    disagreements.append("/\(pattern)/ on \"\(text)\": \(actual) but ICU \(expected)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(compared == 12_000)
    }
}
