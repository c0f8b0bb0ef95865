/// Turns a pattern into a `RegexNode` tree, refusing every construct the linear-time engine cannot run.
///
/// Offsets in errors count Unicode scalars of the pattern. Case folding happens here, while the flags in force at
/// each literal are known, so the compiler and the VM never think about case.
struct RegexParser {
    /// The largest count allowed in `{n}`, `{n,}` and `{n,m}`.
    static let maxRepetition = 1000
    /// The deepest nesting of groups; deeper patterns are refused rather than risking the stack of a pool thread
    /// (parsing recurses a few frames per group).
    static let maxDepth = 64
    /// Why constructs that need backtracking are refused, at the end of their error messages.
    static let linearTime = "caveat's regex runs in linear time"

    private struct Flags {
        var caseInsensitive: Bool
        var dotAll = false
        var multiline = false
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var flags: Flags

    init(pattern: String, caseInsensitive: Bool) {
        scalars = Array(pattern.unicodeScalars)
        flags = Flags(caseInsensitive: caseInsensitive)
    }

    mutating func parse() throws(RegexSyntaxError) -> RegexNode {
        let node = try parseAlternation(depth: 0)
        if index < scalars.count {
            // parseAlternation stops only at the end or at a ')' it did not open.
            throw RegexSyntaxError(
                offset: index,
                message: "unmatched ')': no group is open here; write '\\)' for a literal parenthesis")
        }
        return node
    }

    // MARK: Structure

    private mutating func parseAlternation(depth: Int) throws(RegexSyntaxError) -> RegexNode {
        var branches = [try parseConcatenation(depth: depth)]
        while peek() == "|" {
            index += 1
            branches.append(try parseConcatenation(depth: depth))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcatenation(depth: Int) throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let scalar = peek(), scalar != "|", scalar != ")" {
            let start = index
            guard let atom = try parseAtom(depth: depth) else { continue }  // a flag group such as (?i)
            items.append(try parseQuantifiers(of: atom, atomStart: start))
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concatenation(items)
        }
    }

    /// Parses one atom; `nil` for a group that only sets flags.
    private mutating func parseAtom(depth: Int) throws(RegexSyntaxError) -> RegexNode? {
        let start = index
        let scalar = scalars[index]
        switch scalar {
        case "(": return try parseGroup(depth: depth)
        case "[": return try parseClass()
        case ".":
            index += 1
            return .any(dotAll: flags.dotAll)
        case "^":
            index += 1
            return .assertion(flags.multiline ? .lineStart : .textStart)
        case "$":
            index += 1
            return .assertion(flags.multiline ? .lineEnd : .textEnd)
        case "\\":
            return try parseEscape()
        case "*", "+", "?":
            throw nothingToRepeat(at: start)
        case "{" where isQuantifier(at: index):
            throw nothingToRepeat(at: start)
        default:
            index += 1
            return literal(scalar.value)
        }
    }

    private func nothingToRepeat(at offset: Int) -> RegexSyntaxError {
        let quantifier = character(scalars[offset])
        return RegexSyntaxError(
            offset: offset,
            message: "quantifier '\(quantifier)' has nothing to repeat; write '\\\(quantifier)' for a literal")
    }

    private mutating func parseQuantifiers(of atom: RegexNode, atomStart: Int) throws(RegexSyntaxError) -> RegexNode {
        guard let scalar = peek() else { return atom }
        let start = index
        let bounds: (min: Int, max: Int?)
        switch scalar {
        case "*": bounds = (0, nil); index += 1
        case "+": bounds = (1, nil); index += 1
        case "?": bounds = (0, 1); index += 1
        case "{":
            guard let parsed = try quantifierBounds(at: index) else { return atom }
            bounds = (parsed.min, parsed.max)
            index = parsed.end
        default:
            return atom
        }
        if case .assertion = atom {
            throw RegexSyntaxError(
                offset: start,
                message: "quantifier after an anchor or '\\b': a zero-width test cannot be repeated")
        }
        var greedy = true
        if peek() == "?" {
            greedy = false
            index += 1
        } else if peek() == "+" {
            throw RegexSyntaxError(
                offset: index,
                message: "not supported: possessive quantifiers need backtracking control; \(Self.linearTime)")
        }
        if let next = peek(), next == "*" || next == "+" || next == "?" || (next == "{" && isQuantifier(at: index)) {
            throw RegexSyntaxError(
                offset: index,
                message: "quantifier '\(character(next))' follows another quantifier; put the repeated part in a group")
        }
        return .repetition(atom, min: bounds.min, max: bounds.max, greedy: greedy)
    }

    /// Reads `{n}`, `{n,}` or `{n,m}` at `position`; `nil` when the text there is not a quantifier (then `{` is a
    /// literal). Throws for counts above the limit, for `{5,2}`, and for `{,m}`, which some engines read as
    /// `{0,m}` and others as literal text, so a rule author cannot know which was meant.
    private func quantifierBounds(at position: Int) throws(RegexSyntaxError) -> (min: Int, max: Int?, end: Int)? {
        var cursor = position + 1
        func number() -> Int? {
            var value: Int?
            while cursor < scalars.count, let digit = digitValue(scalars[cursor]) {
                value = min((value ?? 0) * 10 + digit, 1_000_000)
                cursor += 1
            }
            return value
        }
        guard let low = number() else {
            if cursor < scalars.count && scalars[cursor] == "," {
                cursor += 1
                if let high = number(), cursor < scalars.count && scalars[cursor] == "}" {
                    throw RegexSyntaxError(
                        offset: position,
                        message: "'{,\(high)}' is ambiguous; "
                            + "write '{0,\(high)}' for up to \(high), or '\\{' for a brace")
                }
            }
            return nil
        }
        var high: Int? = low
        if cursor < scalars.count && scalars[cursor] == "," {
            cursor += 1
            high = number()
        }
        guard cursor < scalars.count && scalars[cursor] == "}" else { return nil }
        for count in [low, high ?? 0] where count > Self.maxRepetition {
            throw RegexSyntaxError(
                offset: position, message: "repetition count \(count) is above the limit of \(Self.maxRepetition)")
        }
        if let high, high < low {
            throw RegexSyntaxError(
                offset: position, message: "repetition {\(low),\(high)} has a minimum greater than its maximum")
        }
        return (low, high, cursor + 1)
    }

    /// Whether a quantifier (valid or not) starts at `position`, for callers that only ask what `{` means there.
    private func isQuantifier(at position: Int) -> Bool {
        do { return try quantifierBounds(at: position) != nil } catch { return true }
    }

    // MARK: Groups

    private mutating func parseGroup(depth: Int) throws(RegexSyntaxError) -> RegexNode? {
        let open = index
        guard depth < Self.maxDepth else {
            throw RegexSyntaxError(offset: open, message: "groups are nested more than \(Self.maxDepth) deep")
        }
        index += 1
        let saved = flags
        if peek() == "?" {
            index += 1
            if try parseGroupPrefix(open: open) {
                return nil  // (?i) and friends: the flags stay in force to the end of the enclosing group
            }
        }
        let inner = try parseAlternation(depth: depth + 1)
        guard peek() == ")" else {
            throw RegexSyntaxError(offset: open, message: "missing ')' to close the group that starts here")
        }
        index += 1
        flags = saved
        return inner
    }

    /// Parses what follows `(?`; returns `true` for a flag-only group `(?i)`, which is then fully consumed.
    private mutating func parseGroupPrefix(open: Int) throws(RegexSyntaxError) -> Bool {
        let backtracking = "backtracking; \(Self.linearTime)"
        guard let scalar = peek() else {
            throw RegexSyntaxError(offset: open, message: "missing ')' to close the group that starts here")
        }
        switch scalar {
        case ":":
            index += 1
            return false
        case "=", "!":
            throw RegexSyntaxError(offset: open, message: "not supported: lookaround needs \(backtracking)")
        case "<" where peek(1) == "=" || peek(1) == "!":
            throw RegexSyntaxError(offset: open, message: "not supported: lookaround needs \(backtracking)")
        case _ where scalar == "<" || scalar == "'" || (scalar == "P" && peek(1) == "<"):
            // A named group: the name is accepted and ignored, since matches report only whole spans.
            index += scalar == "P" ? 2 : 1
            let close: Unicode.Scalar = scalar == "'" ? "'" : ">"
            let nameStart = index
            while let next = peek(), isWordASCII(next) { index += 1 }
            guard index > nameStart, digitValue(scalars[nameStart]) == nil, peek() == close else {
                throw RegexSyntaxError(
                    offset: open,
                    message: "invalid group name: use letters, digits and '_', then '\(character(close))'")
            }
            index += 1
            return false
        case "P" where peek(1) == "=":
            throw RegexSyntaxError(offset: open, message: "not supported: backreferences need \(backtracking)")
        case ">":
            throw RegexSyntaxError(offset: open, message: "not supported: atomic groups need \(backtracking)")
        case "(":
            throw RegexSyntaxError(offset: open, message: "not supported: conditionals need \(backtracking)")
        case "R", "&", "0"..."9", "+":
            throw RegexSyntaxError(offset: open, message: "not supported: recursion and subroutine calls")
        case "#":
            throw RegexSyntaxError(offset: open, message: "not supported: comment groups '(?#…)'")
        default:
            return try parseFlags(open: open)
        }
    }

    /// Parses `i`, `m`, `s`, optionally after or before `-`, up to `)` (flag-only group) or `:` (scoped group).
    private mutating func parseFlags(open: Int) throws(RegexSyntaxError) -> Bool {
        var enable = true
        var sawFlag = false
        while let scalar = peek() {
            switch scalar {
            case "i": flags.caseInsensitive = enable
            case "m": flags.multiline = enable
            case "s": flags.dotAll = enable
            case "-" where enable:
                enable = false
                index += 1
                continue
            case ")" where sawFlag:
                index += 1
                return true
            case ":" where sawFlag:
                index += 1
                return false
            case "x", "u", "U", "n", "J", "w":
                throw RegexSyntaxError(
                    offset: index,
                    message: "not supported: flag '\(character(scalar))'; caveat supports the flags i, m and s")
            default:
                throw RegexSyntaxError(
                    offset: open,
                    message: "unknown group syntax '(?\(character(scalar))'; "
                        + "supported: (?:…), (?<name>…), (?i), (?-i), (?i:…)")
            }
            sawFlag = true
            index += 1
        }
        throw RegexSyntaxError(offset: open, message: "missing ')' to close the group that starts here")
    }

    // MARK: Escapes

    /// What an escape stands for: one scalar, or a class of them.
    private enum Escaped {
        case scalar(UInt32)
        case set(RegexCharClass.Builder)
        case assertion(RegexAssertion)
    }

    private mutating func parseEscape() throws(RegexSyntaxError) -> RegexNode {
        switch try parseEscapeSequence(inClass: false) {
        case .scalar(let scalar): return literal(scalar)
        case .set(let builder): return .set(builder.build(caseInsensitive: false, negated: false))
        case .assertion(let assertion): return .assertion(assertion)
        }
    }

    private mutating func parseEscapeSequence(inClass: Bool) throws(RegexSyntaxError) -> Escaped {
        let start = index
        index += 1
        guard let scalar = peek() else {
            throw RegexSyntaxError(
                offset: start,
                message: "the pattern ends with a lone '\\'; write '\\\\' for a backslash")
        }
        index += 1
        switch scalar {
        case "d": return .set(Self.digits)
        case "D": return .set(Self.complement(of: Self.digits))
        case "w": return .set(Self.word)
        case "W": return .set(Self.nonWord)
        case "s": return .set(Self.space)
        case "S": return .set(Self.complement(of: Self.space))
        case "t": return .scalar(0x09)
        case "n": return .scalar(0x0A)
        case "r": return .scalar(0x0D)
        case "f": return .scalar(0x0C)
        case "v": return .scalar(0x0B)
        case "e": return .scalar(0x1B)
        case "x", "u": return .scalar(try parseHexEscape(start: start, kind: scalar))
        case "b", "B", "A", "z":
            if inClass {
                throw RegexSyntaxError(
                    offset: start,
                    message: "'\\\(character(scalar))' is a position, not a character, and cannot appear in a class")
            }
            switch scalar {
            case "b": return .assertion(.wordBoundary)
            case "B": return .assertion(.notWordBoundary)
            case "A": return .assertion(.textStart)
            default: return .assertion(.textEnd)
            }
        case "Z":
            throw RegexSyntaxError(
                offset: start,
                message: "not supported: '\\Z'; use '\\z' or '$' for the end of the text")
        case "1"..."9", "k", "g":
            throw RegexSyntaxError(
                offset: start, message: "not supported: backreferences need backtracking; \(Self.linearTime)")
        case "0":
            throw RegexSyntaxError(offset: start, message: "not supported: octal escapes; use '\\x{…}' or '\\u{…}'")
        case "p", "P":
            throw RegexSyntaxError(
                offset: start,
                message: "not supported: Unicode property classes '\\\(character(scalar)){…}'; "
                    + "use '\\w' or an explicit class")
        case "Q", "E":
            throw RegexSyntaxError(
                offset: start,
                message: "not supported: '\\Q…\\E' quoting; escape each special character instead")
        default:
            if scalar.isASCII && (isWordASCII(scalar) || scalar.value < 0x20) {
                throw RegexSyntaxError(offset: start, message: "unknown escape '\\\(character(scalar))'")
            }
            return .scalar(scalar.value)  // any punctuation, space or non-ASCII character stands for itself
        }
    }

    /// Reads `\xHH`, `\x{H…}`, `\uHHHH` or `\u{H…}` (the `\x`/`\u` already consumed).
    private mutating func parseHexEscape(start: Int, kind: Unicode.Scalar) throws(RegexSyntaxError) -> UInt32 {
        let name = "\\\(character(kind))"
        var digits: [Unicode.Scalar] = []
        if peek() == "{" {
            index += 1
            while let scalar = peek(), scalar != "}" {
                digits.append(scalar)
                index += 1
            }
            guard peek() == "}" else {
                throw RegexSyntaxError(offset: start, message: "missing '}' to close '\(name){'")
            }
            index += 1
        } else {
            let width = kind == "x" ? 2 : 4
            while digits.count < width, let scalar = peek(), hexValue(scalar) != nil {
                digits.append(scalar)
                index += 1
            }
            guard digits.count == width else {
                throw RegexSyntaxError(
                    offset: start,
                    message: "'\(name)' needs exactly \(width) hex digits or braces: '\(name){B5}'")
            }
        }
        guard !digits.isEmpty, digits.count <= 8 else {
            throw RegexSyntaxError(offset: start, message: "'\(name){…}' needs 1 to 8 hex digits")
        }
        var value: UInt32 = 0
        for digit in digits {
            guard let hex = hexValue(digit) else {
                throw RegexSyntaxError(
                    offset: start, message: "'\(name){…}' holds a character that is not a hex digit")
            }
            value = value << 4 | hex
        }
        guard Unicode.Scalar(value) != nil else {
            throw RegexSyntaxError(offset: start, message: "'\(name){…}' is not a Unicode scalar value")
        }
        return value
    }

    // MARK: Classes

    private mutating func parseClass() throws(RegexSyntaxError) -> RegexNode {
        let open = index
        index += 1
        var negated = false
        if peek() == "^" {
            negated = true
            index += 1
        }
        var builder = RegexCharClass.Builder()
        var first = true
        while true {
            guard let scalar = peek() else {
                throw RegexSyntaxError(offset: open, message: "missing ']' to close the class that starts here")
            }
            if scalar == "]" && !first {
                index += 1
                break
            }
            first = false
            let itemStart = index
            if scalar == "[" {
                if peek(1) == ":" {
                    builder.add(contentsOf: try parsePOSIXClass())
                    continue
                }
                throw RegexSyntaxError(offset: index, message: "'[' inside a class must be escaped: write '\\['")
            }
            let low = try parseClassAtom()
            guard case .scalar(let lowScalar) = low else {
                if case .set(let set) = low { builder.add(contentsOf: set) }
                continue
            }
            if peek() == "-", let after = peek(1), after != "]" {
                index += 1
                let highStart = index
                guard case .scalar(let highScalar) = try parseClassAtom() else {
                    throw RegexSyntaxError(
                        offset: highStart,
                        message: "invalid range: a class such as '\\d' cannot end a range")
                }
                guard lowScalar <= highScalar else {
                    throw RegexSyntaxError(
                        offset: itemStart,
                        message: "invalid range '\(character(lowScalar))-\(character(highScalar))': "
                            + "the start is greater than the end")
                }
                builder.add(lowScalar...highScalar)
            } else {
                builder.add(lowScalar)
            }
        }
        return .set(builder.build(caseInsensitive: flags.caseInsensitive, negated: negated))
    }

    private mutating func parseClassAtom() throws(RegexSyntaxError) -> Escaped {
        let scalar = scalars[index]
        if scalar == "\\" { return try parseEscapeSequence(inClass: true) }
        index += 1
        return .scalar(scalar.value)
    }

    private mutating func parsePOSIXClass() throws(RegexSyntaxError) -> RegexCharClass.Builder {
        let start = index
        index += 2
        var name = ""
        while let scalar = peek(), scalar != ":" , scalar != "]" {
            name.append(character(scalar))
            index += 1
        }
        guard peek() == ":", peek(1) == "]" else {
            throw RegexSyntaxError(offset: start, message: "missing ':]' to close the POSIX class that starts here")
        }
        index += 2
        var builder = RegexCharClass.Builder()
        let ranges: [ClosedRange<UInt32>]
        switch name {
        case "alpha": ranges = [0x41...0x5A, 0x61...0x7A]
        case "digit": ranges = [0x30...0x39]
        case "alnum": ranges = [0x30...0x39, 0x41...0x5A, 0x61...0x7A]
        case "upper": ranges = [0x41...0x5A]
        case "lower": ranges = [0x61...0x7A]
        case "space": ranges = [0x09...0x0D, 0x20...0x20]
        case "blank": ranges = [0x09...0x09, 0x20...0x20]
        case "punct": ranges = [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E]
        case "xdigit": ranges = [0x30...0x39, 0x41...0x46, 0x61...0x66]
        case "word": ranges = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
        case "cntrl": ranges = [0x00...0x1F, 0x7F...0x7F]
        case "print": ranges = [0x20...0x7E]
        case "graph": ranges = [0x21...0x7E]
        case "ascii": ranges = [0x00...0x7F]
        default:
            throw RegexSyntaxError(offset: start, message: "unknown POSIX class '[:\(name):]'")
        }
        for range in ranges { builder.add(range) }
        return builder
    }

    // MARK: Built-in classes

    private static let digits: RegexCharClass.Builder = {
        var builder = RegexCharClass.Builder()
        builder.add(0x30...0x39)
        return builder
    }()

    private static let word: RegexCharClass.Builder = {
        var builder = RegexCharClass.Builder()
        for range: ClosedRange<UInt32> in [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A] { builder.add(range) }
        builder.nonASCIIWords = true
        return builder
    }()

    private static let nonWord: RegexCharClass.Builder = {
        var builder = RegexCharClass.Builder()
        for range: ClosedRange<UInt32> in [0x00...0x2F, 0x3A...0x40, 0x5B...0x5E, 0x60...0x60, 0x7B...0x7F] {
            builder.add(range)
        }
        builder.nonASCIINonWords = true
        return builder
    }()

    private static let space: RegexCharClass.Builder = {
        var builder = RegexCharClass.Builder()
        for range in RegexScalars.spaceRanges { builder.add(range) }
        return builder
    }()

    private static func complement(of builder: RegexCharClass.Builder) -> RegexCharClass.Builder {
        var result = RegexCharClass.Builder()
        for range in RegexCharClass.Builder.complement(builder.ranges) { result.add(range) }
        return result
    }

    // MARK: Helpers

    /// A literal scalar, with its case variants when case-insensitive.
    private func literal(_ scalar: UInt32) -> RegexNode {
        guard flags.caseInsensitive else { return .literal([scalar]) }
        return .literal([scalar] + RegexScalars.caseVariants(of: scalar))
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private func character(_ scalar: Unicode.Scalar) -> Character {
        Character(scalar)
    }

    private func character(_ scalar: UInt32) -> Character {
        Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")
    }

    private func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }

    private func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x41 + 10
        case 0x61...0x66: scalar.value - 0x61 + 10
        default: nil
        }
    }

    private func isWordASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && RegexScalars.isWord(scalar.value)
    }
}
