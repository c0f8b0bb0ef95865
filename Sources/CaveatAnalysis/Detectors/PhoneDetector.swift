public import CaveatDocument

/// Finds telephone numbers: North American (NANP), international with `+`, vanity numbers, public short
/// numbers in phone context, and `tel:` links.
///
/// Accepted in text (see docs/detectors-and-context.md for the full list):
/// - NANP: optional `+1`/`1`, a 3-digit area code (first digit 2–9, optionally in parentheses), a 3-digit
///   exchange (first digit 2–9) and 4 digits, separated by a space, `-`, `.` or an en dash:
///   `(562) 573-1504`, `562.573.1504`, `+1 562 573 1504`, `1-800-662-4357`. Ten digits written together
///   only after a phone word ("call 5625731504") or with `+1`.
/// - Vanity: an area code followed by capital letters standing for keypad digits (`1-800-662-HELP`,
///   `1-866-GET-HELP`); the first seven characters after the area code count. Attribute `vanity: true`.
/// - International: `+` (or `00`) and 8 to 15 digits in groups (`+44 20 7946 0958`, `+91 73736 44444`,
///   `0044 20 7946 0958`); a `(0)` trunk prefix is dropped.
/// - National numbers of other countries (`020 7946 0958`, `73736 44444`): 2–4 groups, 9–12 digits, only
///   after a phone word; `kind: national`, digits as written.
/// - Short public numbers (`911`, `988`, `112`, `999`, `000`, N11 codes, `9-1-1`) and lone 5–6 digit text codes
///   only after a phone word (call, dial, text, phone...) among the three words before, or before
///   "lifeline"/"hotline"/"helpline"/"suicide"/"crisis".
/// Rejected: numbers glued to letters, digits, `$`/`£`/`€` or `%`; parts of longer digit runs joined by
/// `-`, `.` or `/` (ISBNs, dates such as `3/10/2011` and `2012-01-02`, page ranges); decimals; numbers
/// followed by a dose unit; years.
///
/// `normalized` is the digits, with the country code for NANP (`15625731504`); `kind` is `nanp`,
/// `international`, `national` or `short`; `source` is `text` or `tel-link`. A `tel:` link yields a match over the link
/// text (its `normalized` from the link target), replacing a text match of the same number inside it.
public struct PhoneDetector: Detector {
    public var name: String { "phone" }

    public init() {}

    static let shortNumbers: Set<String> = [
        "911", "988", "112", "999", "000", "111", "211", "311", "411", "511", "611", "711", "811",
    ]
    static let phoneWords: Set<UInt64> = Set([
        "call", "calls", "calling", "called", "dial", "dialing", "dialling", "text", "texting", "txt", "phone",
        "telephone", "tel", "ring", "contact", "fax", "hotline", "helpline", "lifeline", "number", "sms",
    ].map(CueScanner.key(of:)))
    static let followingWords: Set<UInt64> = Set(
        ["lifeline", "hotline", "helpline", "suicide", "crisis"].map(CueScanner.key(of:)))

    public func detect(in block: Block) -> [DetectorMatch] {
        var matches = TextBytes.with(block.text) { bytes in Self.scan(bytes) }.map { found in
            var attributes = ["source": "text", "kind": found.kind]
            if found.vanity { attributes["vanity"] = "true" }
            return DetectorMatch(range: found.range, detector: name, normalized: found.digits, attributes: attributes)
        }
        for link in block.links where link.scheme == "tel" {
            let digits = Self.linkDigits(link.target)
            guard !digits.isEmpty else { continue }
            matches.removeAll { $0.range.overlaps(link.textRange) && $0.normalized == digits }
            matches.append(DetectorMatch(range: link.textRange, detector: name, normalized: digits,
                                         attributes: ["source": "tel-link"]))
        }
        return matches.sorted(by: DetectorMatch.inTextOrder)
    }

    /// The digits a `tel:` target dials, letters turned into keypad digits, `1` added to 10-digit NANP numbers.
    static func linkDigits(_ target: String) -> String {
        var digits: [UInt8] = []
        var plus = false
        var escape = 0
        for byte in target.utf8.dropFirst(4) {
            // %20 and other percent-escapes are separators, not digits.
            if escape > 0 {
                escape -= 1
                continue
            }
            if byte == UInt8(ascii: "%") {
                escape = 2
                continue
            }
            if byte == UInt8(ascii: ";") { break }  // parameters such as ;ext=
            if byte == UInt8(ascii: "+") && digits.isEmpty { plus = true }
            if CueScanner.isDigit(byte) {
                digits.append(byte)
            } else if CueScanner.isASCIILetter(byte) {
                digits.append(keypad(byte))
            }
        }
        if !plus, digits.count == 10, digits[0] >= UInt8(ascii: "2") { digits.insert(UInt8(ascii: "1"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// The keypad digit of a letter (ABC → 2 ... WXYZ → 9).
    static func keypad(_ letter: UInt8) -> UInt8 {
        let keys = Array("22233344455566677778889999".utf8)
        let index = Int((letter | 0x20) - UInt8(ascii: "a"))
        return keys[max(0, min(25, index))]
    }

    struct Found {
        var range: Range<Int>
        var digits: String
        var kind: String
        var vanity: Bool
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let opens = CueScanner.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")
            if opens, canStart(bytes, index), let number = number(bytes, at: index) {
                found.append(number)
                index = number.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether a number may start at `index`: not glued to a word, a currency sign or a longer number.
    private static func canStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if CueScanner.isDigit(previous) || CueScanner.isASCIILetter(previous) { return false }
        if "$+_#@&=/".utf8.contains(previous) { return false }
        if previous == 0xA3 || previous == 0xAC || previous == 0xA5 { return false }  // £ € ¥ end bytes
        // Not in the middle of a chain of digit groups ("123 456 789 012"): a number starts at its first group.
        if ".,-: ".utf8.contains(previous), index >= 2, CueScanner.isDigit(bytes[index - 2]) { return false }
        if previous >= 0x80, index >= 2 {
            // A letter of another script glued to the number.
            var lead = index - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if CueScanner.isLetter(bytes, lead, index) { return false }
            // An en dash right after a digit ("10–2011").
            if lead >= 1, bytes[lead] == 0xE2, CueScanner.isDigit(bytes[lead - 1]) { return false }
        }
        return true
    }

    /// Reads the digit and letter groups of a candidate starting at `start`.
    private static func groups(_ bytes: UnsafeBufferPointer<UInt8>,
                               from start: Int) -> (plus: Bool, groups: [PhoneGroup]) {
        var index = start
        var plus = false
        if bytes[index] == UInt8(ascii: "+") {
            plus = true
            index += 1
        }
        var groups: [PhoneGroup] = []
        var tight = false
        while index < bytes.count, groups.count < 8 {
            var cursor = index
            var parenthesized = false
            if bytes[cursor] == UInt8(ascii: "(") {
                parenthesized = true
                cursor += 1
                guard cursor < bytes.count, CueScanner.isDigit(bytes[cursor]) else { break }
            }
            let groupStart = cursor
            var isLetters = false
            if CueScanner.isDigit(bytes[cursor]) {
                while cursor < bytes.count, CueScanner.isDigit(bytes[cursor]) { cursor += 1 }
            } else if bytes[cursor] >= UInt8(ascii: "A"), bytes[cursor] <= UInt8(ascii: "Z"),
                      !groups.isEmpty, !parenthesized {
                isLetters = true
                while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "A"), bytes[cursor] <= UInt8(ascii: "Z") {
                    cursor += 1
                }
                // "HELPline" or a two-letter word are not keypad letters.
                if cursor - groupStart < 2 || (cursor < bytes.count && CueScanner.isASCIILetter(bytes[cursor])) {
                    break
                }
            } else {
                break
            }
            let groupEnd = cursor
            if parenthesized {
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ")") else { break }
                cursor += 1
            }
            groups.append(PhoneGroup(start: groupStart, end: groupEnd, isLetters: isLetters,
                                     parenthesized: parenthesized, tightBefore: tight))
            index = cursor
            // Separator: spaces, at most one hyphen, dot or en dash, spaces; it must lead to another group.
            var separator = cursor
            var sawSpace = false
            var sawMark = false
            while separator < bytes.count, separator - cursor <= 4 {
                if bytes[separator] == UInt8(ascii: " ") {
                    sawSpace = true
                    separator += 1
                } else if bytes[separator] == 0xC2, separator + 1 < bytes.count, bytes[separator + 1] == 0xA0 {
                    sawSpace = true
                    separator += 2
                } else if !sawMark, bytes[separator] == UInt8(ascii: "-") || bytes[separator] == UInt8(ascii: ".") {
                    sawMark = true
                    separator += 1
                } else if !sawMark, bytes[separator] == 0xE2, separator + 2 < bytes.count,
                          bytes[separator + 1] == 0x80, bytes[separator + 2] == 0x93 {
                    sawMark = true
                    separator += 3
                } else {
                    break
                }
            }
            guard separator < bytes.count, separator > cursor || bytes[cursor - 1] == UInt8(ascii: ")") else { break }
            let next = bytes[separator]
            let leadsOn = CueScanner.isDigit(next) || next == UInt8(ascii: "(")
                || (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z"))
            guard leadsOn else { break }
            tight = sawMark && !sawSpace
            index = separator
        }
        return (plus, groups)
    }

    private static func digitString(_ bytes: UnsafeBufferPointer<UInt8>, _ groups: ArraySlice<PhoneGroup>,
                                    limit: Int = .max) -> [UInt8] {
        var digits: [UInt8] = []
        for group in groups {
            for index in group.start..<group.end where digits.count < limit {
                digits.append(group.isLetters ? keypad(bytes[index]) : bytes[index])
            }
        }
        return digits
    }

    /// A parse: how many groups, the digits, whether letters were used.
    private struct Parse {
        var groupCount: Int
        var digits: [UInt8]
        var kind: String
        var vanity: Bool
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Found? {
        let (plus, groups) = groups(bytes, from: start)
        guard !groups.isEmpty else { return nil }
        let context = hasPhoneWord(bytes, before: start)
        var parses: [Parse] = []
        if plus {
            if groups[0].count == 1, bytes[groups[0].start] == UInt8(ascii: "1") {
                if let parse = nanp(bytes, groups.dropFirst(), context: true) {
                    parses.append(Parse(groupCount: parse.groupCount + 1, digits: [UInt8(ascii: "1")] + parse.digits,
                                        kind: "nanp", vanity: parse.vanity))
                }
            } else if var parse = international(bytes, groups) {
                // "+15625731504" written together is a NANP number.
                if parse.digits.count == 11, parse.digits[0] == UInt8(ascii: "1") { parse.kind = "nanp" }
                parses.append(parse)
            }
        } else {
            if groups[0].count == 1, bytes[groups[0].start] == UInt8(ascii: "1"), !groups[0].parenthesized,
               let parse = nanp(bytes, groups.dropFirst(), context: context) {
                parses.append(Parse(groupCount: parse.groupCount + 1, digits: [UInt8(ascii: "1")] + parse.digits,
                                    kind: "nanp", vanity: parse.vanity))
            }
            if let parse = nanp(bytes, groups[...], context: context) {
                parses.append(Parse(groupCount: parse.groupCount, digits: [UInt8(ascii: "1")] + parse.digits,
                                    kind: "nanp", vanity: parse.vanity))
            }
            if parses.isEmpty, let parse = short(bytes, groups, context: context) {
                parses.append(parse)
            }
            // "0044 20 7946 0958": the international prefix 00 instead of +.
            if parses.isEmpty, groups[0].count >= 3, groups[0].count <= 5, !groups[0].parenthesized,
               bytes[groups[0].start] == UInt8(ascii: "0"), bytes[groups[0].start + 1] == UInt8(ascii: "0"),
               bytes[groups[0].start + 2] != UInt8(ascii: "0") {
                var trimmed = groups
                trimmed[0].start += 2
                if var parse = international(bytes, trimmed), parse.groupCount >= 2 {
                    if parse.digits.count == 11, parse.digits[0] == UInt8(ascii: "1") { parse.kind = "nanp" }
                    parses.append(parse)
                }
            }
            if parses.isEmpty, context, let parse = national(bytes, groups) {
                parses.append(parse)
            }
        }
        guard let best = parses.max(by: { $0.groupCount < $1.groupCount }) else { return nil }
        let last = groups[best.groupCount - 1]
        var end = last.end
        if last.parenthesized { end += 1 }
        if best.groupCount == 1, groups[0].parenthesized { return nil }
        guard endsCleanly(bytes, end, nextGroup: best.groupCount < groups.count ? groups[best.groupCount] : nil)
        else { return nil }
        return Found(range: start..<end, digits: String(decoding: best.digits, as: UTF8.self), kind: best.kind,
                     vanity: best.vanity)
    }

    /// NANP without country code: area code + 7 characters (digits, or keypad letters for vanity numbers).
    private static func nanp(_ bytes: UnsafeBufferPointer<UInt8>, _ groups: ArraySlice<PhoneGroup>,
                             context: Bool) -> Parse? {
        guard let area = groups.first, !area.isLetters else { return nil }
        let first = groups.startIndex
        // Ten digits written together.
        if area.count == 10, !area.parenthesized {
            let digits = digitString(bytes, groups.prefix(1))
            guard context, digits[0] >= UInt8(ascii: "2"), digits[3] >= UInt8(ascii: "2") else { return nil }
            return Parse(groupCount: 1, digits: digits, kind: "nanp", vanity: false)
        }
        guard area.count == 3, bytes[area.start] >= UInt8(ascii: "2") else { return nil }
        let rest = groups.dropFirst()
        guard let exchange = rest.first else { return nil }
        // Plain digits: 3 + 4.
        if !exchange.isLetters, exchange.count == 3, !exchange.parenthesized, rest.count >= 2 {
            let line = rest[rest.startIndex + 1]
            if !line.isLetters, line.count == 4, !line.parenthesized, bytes[exchange.start] >= UInt8(ascii: "2") {
                return Parse(groupCount: 3, digits: digitString(bytes, groups[first..<first + 3]), kind: "nanp",
                             vanity: false)
            }
        }
        // Vanity: up to three groups after the area code, at least one of letters, 7 to 11 characters.
        var characters = 0
        var letters = false
        var used = 0
        for group in rest.prefix(3) {
            if group.parenthesized { break }
            characters += group.count
            letters = letters || group.isLetters
            used += 1
            if characters >= 7 { break }
        }
        guard letters, characters >= 7, characters <= 11 else { return nil }
        let subscriber = digitString(bytes, rest.prefix(used), limit: 7)
        guard subscriber[0] >= UInt8(ascii: "2") else { return nil }
        return Parse(groupCount: 1 + used, digits: digitString(bytes, groups.prefix(1)) + subscriber, kind: "nanp",
                     vanity: true)
    }

    /// `+` country code and digits: 8 to 15 digits in all, a `(0)` after the country code dropped.
    private static func international(_ bytes: UnsafeBufferPointer<UInt8>, _ groups: [PhoneGroup]) -> Parse? {
        var digits: [UInt8] = []
        var used = 0
        for (index, group) in groups.enumerated() {
            if group.isLetters { break }
            if group.parenthesized {
                guard index == 1, group.count == 1, bytes[group.start] == UInt8(ascii: "0") else { break }
                used += 1
                continue
            }
            if digits.count + group.count > 15 { break }
            digits += digitString(bytes, groups[index...index])
            used += 1
        }
        guard digits.count >= 8, used >= 2 || digits.count >= 10, digits[0] != UInt8(ascii: "0") else { return nil }
        return Parse(groupCount: used, digits: digits, kind: "international", vanity: false)
    }

    /// A public short number or text code after a phone word (or before "lifeline" and the like).
    private static func short(_ bytes: UnsafeBufferPointer<UInt8>, _ groups: [PhoneGroup], context: Bool) -> Parse? {
        guard !groups[0].isLetters, !groups[0].parenthesized else { return nil }
        if groups.count >= 3, groups.prefix(3).allSatisfy({ $0.count == 1 && !$0.isLetters && !$0.parenthesized }),
           groups[1].tightBefore, groups[2].tightBefore {
            let digits = digitString(bytes, groups.prefix(3))
            let text = String(decoding: digits, as: UTF8.self)
            if shortNumbers.contains(text), context || hasFollowingWord(bytes, after: groups[2].end) {
                return Parse(groupCount: 3, digits: digits, kind: "short", vanity: false)
            }
        }
        // A lone group: "73736 44444" is one longer number, not two text codes.
        guard groups.count == 1 || groups[1].isLetters else { return nil }
        let digits = digitString(bytes, groups.prefix(1))
        let text = String(decoding: digits, as: UTF8.self)
        if shortNumbers.contains(text), context || hasFollowingWord(bytes, after: groups[0].end) {
            return Parse(groupCount: 1, digits: digits, kind: "short", vanity: false)
        }
        if (5...6).contains(digits.count), context {
            return Parse(groupCount: 1, digits: digits, kind: "short", vanity: false)
        }
        return nil
    }

    /// A number written the national way of another country ("020 7946 0958", "73736 44444"): only after a
    /// phone word, 2 to 4 digit groups, 9 to 12 digits. `normalized` keeps the digits as written.
    private static func national(_ bytes: UnsafeBufferPointer<UInt8>, _ groups: [PhoneGroup]) -> Parse? {
        var used = 0
        var count = 0
        for group in groups.prefix(5) {
            guard !group.isLetters, !group.parenthesized || used == 0 else { break }
            count += group.count
            used += 1
        }
        // All the digit groups of the candidate, or it is something longer.
        guard used >= 2, used <= 4, count >= 9, count <= 12 else { return nil }
        return Parse(groupCount: used, digits: digitString(bytes, groups.prefix(used)), kind: "national",
                     vanity: false)
    }

    /// Rejects a number that runs on into more digits or letters, a percent sign or a dose unit.
    private static func endsCleanly(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, nextGroup: PhoneGroup?) -> Bool {
        if let nextGroup, nextGroup.tightBefore { return false }
        guard end < bytes.count else { return true }
        let next = bytes[end]
        if CueScanner.isDigit(next) || CueScanner.isASCIILetter(next) || next == UInt8(ascii: "%") { return false }
        if "-./,".utf8.contains(next), end + 1 < bytes.count, CueScanner.isDigit(bytes[end + 1]) { return false }
        if next == 0xE2, end + 3 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x93,
           CueScanner.isDigit(bytes[end + 3]) {
            return false
        }
        let window = CueScanner.scan(bytes, in: end..<min(bytes.count, end + 24))
        if let word = window.first, word.kind == .word, DoseLexicon.isUnit(word.key) { return false }
        return true
    }

    /// Whether one of the three words before `start` is a phone word ("call or text 988").
    static func hasPhoneWord(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        let window = CueScanner.scan(bytes, in: max(0, start - 48)..<start)
        var words = 0
        for token in window.reversed() {
            if token.kind == .symbol, ".!?".utf8.contains(bytes[token.start]) { return false }
            guard token.kind == .word else { continue }
            if phoneWords.contains(token.key) { return true }
            words += 1
            if words == 3 { return false }
        }
        return false
    }

    private static func hasFollowingWord(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        let window = CueScanner.scan(bytes, in: end..<min(bytes.count, end + 24))
        guard let first = window.first, first.kind == .word else { return false }
        return followingWords.contains(first.key)
    }
}
