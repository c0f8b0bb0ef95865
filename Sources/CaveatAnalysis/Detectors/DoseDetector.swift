public import CaveatDocument

/// Finds doses: an amount or range with a unit of medicine, optionally per kg or day, optionally followed by
/// a frequency ("5 mg three times a day", "2–10 mg/day", "0.5mL", "two tablets at bedtime", "½ tablet q6h",
/// "a couple of Valium").
///
/// Amounts are digits (`5`, `0.5`, `1,000`), vulgar fractions (`½`), `1/2`, number words (`two`), "half a",
/// "a couple of", "a few"; ranges join two amounts with `-`, `–`, `to` or `or`. A frequency may follow the unit
/// directly, after a comma, after a route ("by mouth") or after "of" and up to two words
/// ("5 mg of diazepam twice daily"). Without a unit there is no dose, except a count followed by a
/// countable drug name (a known brand or a generic ending such as `-azepam`, `-codone`).
/// Not doses: percentages, prices, years, durations ("2 weeks"), counts of people, numbers glued to letters
/// ("B12"), parts of dates (`3/10/2011`).
///
/// `normalized` is `amount unit[ frequency]` (`5 mg 3/day`); attributes `amount`, `unit`, `unitKind`
/// (mass, volume, activity, count), `frequency` when present, and `drug` for drug counts.
public struct DoseDetector: Detector {
    public var name: String { "dose" }

    public init() {}

    public func detect(in block: Block) -> [DetectorMatch] {
        TextBytes.with(block.text) { bytes in
            let tokens = CueScanner.scan(bytes)
            var matches: [DetectorMatch] = []
            var index = 0
            while index < tokens.count {
                if let (match, next) = dose(tokens, bytes, at: index) {
                    matches.append(match)
                    index = next
                } else {
                    index += 1
                }
            }
            return matches
        }
    }

    /// The text of a number token or number word as an amount ("0.5", "1000", "2").
    private static func amountText(_ token: CueToken, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if token.kind == .number {
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
            switch raw {
            case "½": return "0.5"
            case "¼": return "0.25"
            case "¾": return "0.75"
            case "⅓": return "1/3"
            case "⅔": return "2/3"
            case "⅛": return "1/8"
            default: return String(raw.filter { $0 != "," })
            }
        }
        guard let value = NumberWords.value(of: token.key) else { return "" }
        return format(value)
    }

    private static func format(_ value: Double) -> String {
        value == Double(Int(value)) ? String(Int(value)) : String(value)
    }

    private static func isSymbol(_ token: CueToken, _ bytes: UnsafeBufferPointer<UInt8>, _ ascii: String) -> Bool {
        token.kind == .symbol && token.end - token.start == 1 && ascii.utf8.contains(bytes[token.start])
    }

    private static func isDash(_ token: CueToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .symbol else { return false }
        if token.end - token.start == 1 { return bytes[token.start] == UInt8(ascii: "-") }
        return token.end - token.start == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80
            && bytes[token.start + 2] == 0x93
    }

    /// Reads an amount at `index`: (amount text, next token index).
    /// `afterRangeMark`: the amount follows `-` or `to`, so being glued to the dash is fine ("2-10").
    private func amount(_ tokens: [CueToken], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int,
                        afterRangeMark: Bool = false) -> (String, Int)? {
        let token = tokens[index]
        if token.kind == .number {
            // Glued to a word ("B12", "q6h"), a price, a hash or part of a date or ratio.
            if index > 0, !token.spaced, !afterRangeMark {
                let previous = tokens[index - 1]
                if previous.kind == .word || Self.isSymbol(previous, bytes, "$#/.:") || Self.isDash(previous, bytes) {
                    return nil
                }
                if previous.kind == .symbol, previous.end - previous.start > 1, bytes[previous.start] != 0xE2 {
                    return nil  // £, €, ¥
                }
            }
            // Seven or more digits written together are an identifier, not an amount.
            if token.end - token.start >= 7, !bytes[token.range].contains(UInt8(ascii: ",")),
               !bytes[token.range].contains(UInt8(ascii: ".")) {
                return nil
            }
            var next = index + 1
            var text = Self.amountText(token, bytes)
            // 1/2 (but not 3/10/2011)
            if next + 1 < tokens.count, !tokens[next].spaced, isSymbolSlash(tokens[next], bytes),
               !tokens[next + 1].spaced, tokens[next + 1].kind == .number {
                if next + 2 < tokens.count, !tokens[next + 2].spaced, isSymbolSlash(tokens[next + 2], bytes) {
                    return nil
                }
                text += "/" + Self.amountText(tokens[next + 1], bytes)
                next += 2
            }
            // "1 ½"
            if next < tokens.count, tokens[next].kind == .number, tokens[next].end - tokens[next].start > 1,
               bytes[tokens[next].start] >= 0x80, let whole = Double(text),
               let fraction = Double(Self.amountText(tokens[next], bytes)) {
                text = Self.format(whole + fraction)
                next += 1
            }
            return (text, next)
        }
        guard let match = DoseLexicon.amountTable.longestMatch(in: tokens, at: index) else { return nil }
        let template = DoseLexicon.amountTable.phrases[match.phrase].payload
        let text = template == "$1" ? Self.amountText(tokens[index], bytes) : template
        return (text, match.endToken)
    }

    private func isSymbolSlash(_ token: CueToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.isSymbol(token, bytes, "/")
    }

    private func dose(_ tokens: [CueToken], _ bytes: UnsafeBufferPointer<UInt8>,
                      at index: Int) -> (DetectorMatch, Int)? {
        guard let (first, afterFirst) = amount(tokens, bytes, at: index) else { return nil }
        var amountText = first
        var cursor = afterFirst
        // Range: 2-10, 2–10, 2 to 10, 1 or 2.
        if cursor + 1 < tokens.count,
           Self.isDash(tokens[cursor], bytes) || tokens[cursor].key == Self.toKey || tokens[cursor].key == Self.orKey,
           let (second, afterSecond) = amount(tokens, bytes, at: cursor + 1, afterRangeMark: true),
           Double(second) != nil || second.contains("/") {
            amountText += "-" + second
            cursor = afterSecond
        }
        guard cursor < tokens.count else { return nil }
        // "a 5-mg tablet"
        var unitStart = cursor
        if Self.isDash(tokens[cursor], bytes), !tokens[cursor].spaced, cursor + 1 < tokens.count,
           !tokens[cursor + 1].spaced {
            unitStart += 1
        }
        var attributes: [String: String] = ["amount": amountText]
        var unitText: String
        if let unitMatch = DoseLexicon.unitTable.longestMatch(in: tokens, at: unitStart, numberWords: false),
           unitAllowed(tokens[unitStart], bytes) {
            let unit = DoseLexicon.unitTable.phrases[unitMatch.phrase].payload
            unitText = unit.canonical
            attributes["unitKind"] = unit.kind
            cursor = unitMatch.endToken
            // mg/kg, mg/kg/day, mg per day
            for _ in 0..<2 {
                guard let per = DoseLexicon.perTable.longestMatch(in: tokens, at: cursor, numberWords: false) else {
                    break
                }
                unitText += DoseLexicon.perTable.phrases[per.phrase].payload
                cursor = per.endToken
            }
        } else if unitStart == cursor, isCountableDrug(tokens[cursor], bytes),
                  let count = Double(amountText.split(separator: "-").last ?? ""), count < 100 {
            // A count of pills is small; "in 2009 aspirin..." is a year.
            unitText = "count"
            attributes["unitKind"] = "count"
            attributes["drug"] = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[cursor].range]),
                                        as: UTF8.self)
            cursor += 1
        } else {
            return nil
        }
        attributes["unit"] = unitText
        var end = tokens[cursor - 1].end
        var normalized = amountText + " " + unitText
        if let (frequency, afterFrequency) = frequency(tokens, bytes, at: cursor) {
            attributes["frequency"] = frequency
            normalized += " " + frequency
            end = tokens[afterFrequency - 1].end
            cursor = afterFrequency
        }
        let match = DetectorMatch(range: tokens[index].start..<end, detector: name, normalized: normalized,
                                  attributes: attributes)
        return (match, cursor)
    }

    /// Single-letter and ambiguous units must be written in lower case ("5 g", not "4G").
    private func unitAllowed(_ token: CueToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.end - token.start == 1 { return bytes[token.start] == UInt8(ascii: "g") }
        return true
    }

    private func isCountableDrug(_ token: CueToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        if DoseLexicon.countableDrugs.contains(token.key) { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self).lowercased()
        return DoseLexicon.drugSuffixes.contains { word.hasSuffix($0) && word.count > $0.count + 1 }
    }

    /// A frequency after the unit, possibly after a comma, a route, or "of" and up to two words.
    private func frequency(_ tokens: [CueToken], _ bytes: UnsafeBufferPointer<UInt8>,
                           at start: Int) -> (String, Int)? {
        var starts = [start]
        if let route = DoseLexicon.routeTable.longestMatch(in: tokens, at: start, numberWords: false) {
            starts.append(route.endToken)
            if let more = DoseLexicon.routeTable.longestMatch(in: tokens, at: route.endToken, numberWords: false) {
                starts.append(more.endToken)
            }
        }
        if start < tokens.count, tokens[start].key == Self.ofKey {
            for skip in 1...2 where start + 1 + skip <= tokens.count
                && tokens[(start + 1)..<(start + 1 + skip)].allSatisfy({ $0.kind == .word }) {
                starts.append(start + 1 + skip)
            }
        }
        for candidate in starts where candidate < tokens.count {
            guard let match = DoseLexicon.frequencyTable.longestMatch(in: tokens, at: candidate) else { continue }
            var text = DoseLexicon.frequencyTable.phrases[match.phrase].payload
            let numbers = tokens[match.firstToken..<match.endToken].filter {
                $0.kind == .number || NumberWords.value(of: $0.key) != nil
            }
            for (position, number) in numbers.enumerated() {
                text = text.replacing("$\(position + 1)", with: Self.amountText(number, bytes))
            }
            return (text, match.endToken)
        }
        return nil
    }

    private static let toKey = CueScanner.key(of: "to")
    private static let orKey = CueScanner.key(of: "or")
    private static let ofKey = CueScanner.key(of: "of")
}
