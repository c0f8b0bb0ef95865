import Testing
@testable import CaveatAnalysis

/// One pattern that must be refused, with the exact offset (in Unicode scalars) and message.
struct RegexErrorCase: Sendable, CustomTestStringConvertible {
    var pattern: String
    var offset: Int
    var message: String

    init(_ pattern: String, _ offset: Int, _ message: String) {
        self.pattern = pattern
        self.offset = offset
        self.message = message
    }

    var testDescription: String { "/\(pattern)/" }
}

@Suite("BoundedRegex syntax errors")
struct RegexSyntaxErrorTests {
    static let backtracking = "backtracking; caveat's regex runs in linear time"

    static let cases: [RegexErrorCase] = [
        // The exact wording the issue asks for, spelled out once.
        RegexErrorCase(
            "(\\w+) \\1", 6, "not supported: backreferences need backtracking; caveat's regex runs in linear time"),
        RegexErrorCase("(?<n>a)\\k<n>", 7, "not supported: backreferences need \(backtracking)"),
        RegexErrorCase("(?P<n>a)(?P=n)", 8, "not supported: backreferences need \(backtracking)"),
        RegexErrorCase("foo(?=bar)", 3, "not supported: lookaround needs \(backtracking)"),
        RegexErrorCase("foo(?!bar)", 3, "not supported: lookaround needs \(backtracking)"),
        RegexErrorCase("(?<=x)y", 0, "not supported: lookaround needs \(backtracking)"),
        RegexErrorCase("(?<!x)y", 0, "not supported: lookaround needs \(backtracking)"),
        RegexErrorCase("(?>a)", 0, "not supported: atomic groups need \(backtracking)"),
        RegexErrorCase("(?(1)a|b)", 0, "not supported: conditionals need \(backtracking)"),
        RegexErrorCase("(?R)", 0, "not supported: recursion and subroutine calls"),
        RegexErrorCase(
            "a*+", 2,
            "not supported: possessive quantifiers need backtracking control; caveat's regex runs in linear time"),
        RegexErrorCase("(a", 0, "missing ')' to close the group that starts here"),
        RegexErrorCase("x(?:a", 1, "missing ')' to close the group that starts here"),
        RegexErrorCase("a)", 1, "unmatched ')': no group is open here; write '\\)' for a literal parenthesis"),
        RegexErrorCase("*a", 0, "quantifier '*' has nothing to repeat; write '\\*' for a literal"),
        RegexErrorCase("a|+", 2, "quantifier '+' has nothing to repeat; write '\\+' for a literal"),
        RegexErrorCase("({2}a)", 1, "quantifier '{' has nothing to repeat; write '\\{' for a literal"),
        RegexErrorCase("a**", 2, "quantifier '*' follows another quantifier; put the repeated part in a group"),
        RegexErrorCase("^*", 1, "quantifier after an anchor or '\\b': a zero-width test cannot be repeated"),
        RegexErrorCase("[abc", 0, "missing ']' to close the class that starts here"),
        RegexErrorCase("x[]", 1, "missing ']' to close the class that starts here"),
        RegexErrorCase("[z-a]", 1, "invalid range 'z-a': the start is greater than the end"),
        RegexErrorCase("[a-\\d]", 3, "invalid range: a class such as '\\d' cannot end a range"),
        RegexErrorCase("[a[b]", 2, "'[' inside a class must be escaped: write '\\['"),
        RegexErrorCase("[[:foo:]]", 1, "unknown POSIX class '[:foo:]'"),
        RegexErrorCase("[\\b]", 1, "'\\b' is a position, not a character, and cannot appear in a class"),
        RegexErrorCase("a{1001}", 1, "repetition count 1001 is above the limit of 1000"),
        RegexErrorCase("a{2,99999999}", 1, "repetition count 1000000 is above the limit of 1000"),
        RegexErrorCase("a{3,2}", 1, "repetition {3,2} has a minimum greater than its maximum"),
        RegexErrorCase("\\d{,3}", 2, "'{,3}' is ambiguous; write '{0,3}' for up to 3, or '\\{' for a brace"),
        RegexErrorCase(
            "(a{1000}){1000}", 0,
            "pattern too large: it compiles to more than 10000 instructions; "
                + "lower the counts in {n,m} or split the rule"),
        RegexErrorCase("é\\q", 1, "unknown escape '\\q'"),
        RegexErrorCase("µ\\", 1, "the pattern ends with a lone '\\'; write '\\\\' for a backslash"),
        RegexErrorCase("\\Z", 0, "not supported: '\\Z'; use '\\z' or '$' for the end of the text"),
        RegexErrorCase("\\0", 0, "not supported: octal escapes; use '\\x{…}' or '\\u{…}'"),
        RegexErrorCase(
            "\\p{L}", 0, "not supported: Unicode property classes '\\p{…}'; use '\\w' or an explicit class"),
        RegexErrorCase("\\Qa.b\\E", 0, "not supported: '\\Q…\\E' quoting; escape each special character instead"),
        RegexErrorCase("\\u{D800}", 0, "'\\u{…}' is not a Unicode scalar value"),
        RegexErrorCase("\\u{12", 0, "missing '}' to close '\\u{'"),
        RegexErrorCase("\\x4", 0, "'\\x' needs exactly 2 hex digits or braces: '\\x{B5}'"),
        RegexErrorCase("\\x{zz}", 0, "'\\x{…}' holds a character that is not a hex digit"),
        RegexErrorCase("(?x)a", 2, "not supported: flag 'x'; caveat supports the flags i, m and s"),
        RegexErrorCase(
            "(?q)", 0, "unknown group syntax '(?q'; supported: (?:…), (?<name>…), (?i), (?-i), (?i:…)"),
        RegexErrorCase("(?<1>a)", 0, "invalid group name: use letters, digits and '_', then '>'"),
        RegexErrorCase("(?i", 0, "missing ')' to close the group that starts here"),
    ]

    @Test(arguments: cases)
    func refusesWithOffsetAndMessage(_ row: RegexErrorCase) {
        #expect(throws: RegexSyntaxError(offset: row.offset, message: row.message)) {
            _ = try BoundedRegex(row.pattern)
        }
    }

    @Test func describesTheOffsetThenTheMessage() {
        let error = RegexSyntaxError(offset: 4, message: "missing ']' to close the class that starts here")
        #expect(error.description == "offset 4: missing ']' to close the class that starts here")
    }

    @Test func acceptsTheLimitsThemselves() throws {
        #expect(try BoundedRegex("a{1000}").matches(in: String(repeating: "a", count: 1001)) == [0..<1000])
        #expect(try BoundedRegex("(?:ab){0,1000}x").firstMatch(in: "ababx") == 0..<5)
        var nested = String(repeating: "(", count: RegexParser.maxDepth) + "a"
        nested += String(repeating: ")", count: RegexParser.maxDepth)
        #expect(try BoundedRegex(nested).matches(in: "ba") == [1..<2])
        let tooDeep = RegexSyntaxError(offset: RegexParser.maxDepth, message: "groups are nested more than 64 deep")
        #expect(throws: tooDeep) {
            _ = try BoundedRegex("(" + nested + ")")
        }
    }
}
