import CaveatAnalysis

/// Occurrences a rule ignores: compared with the detector's normalised value or with the matched text
/// (case-insensitive, quotes straightened, white space collapsed). Phone-like entries are also compared as
/// digits (letters turned into keypad digits, a leading `1` optional), so `1-800-662-HELP` allows `18006624357`.
struct AllowList: Sendable {
    private var texts: Set<String> = []
    private var digits: Set<String> = []

    init(_ entries: [String]) {
        for entry in entries {
            let text = AllowList.normalize(entry)
            guard !text.isEmpty else { continue }
            texts.insert(text)
            if let number = AllowList.phoneDigits(entry) {
                digits.insert(number)
                if number.count == 10 { digits.insert("1" + number) }
                if number.count == 11, number.hasPrefix("1") { digits.insert(String(number.dropFirst())) }
            }
        }
    }

    var isEmpty: Bool { texts.isEmpty }

    func allows(text: String, value: String?) -> Bool {
        guard !texts.isEmpty else { return false }
        if texts.contains(AllowList.normalize(text)) { return true }
        if let value {
            if texts.contains(AllowList.normalize(value)) { return true }
            if !digits.isEmpty, !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                return digits.contains(value)
            }
        }
        if !digits.isEmpty, let number = AllowList.phoneDigits(text) { return digits.contains(number) }
        return false
    }

    static func normalize(_ text: String) -> String {
        String(decoding: NormalizedText.normalizePhrase(text), as: UTF8.self)
    }

    /// The digits of a phone-like entry (at least three digits; letters become keypad digits), or `nil`.
    static func phoneDigits(_ entry: String) -> String? {
        var result = ""
        var digitCount = 0
        for byte in entry.utf8 {
            switch byte {
            case 0x30...0x39:
                result.append(Character(Unicode.Scalar(byte)))
                digitCount += 1
            case 0x41...0x5A, 0x61...0x7A:
                result.append(keypad(byte | 0x20))
            case 0x20, 0x28, 0x29, 0x2B, 0x2D, 0x2E:
                continue
            default:
                return nil
            }
        }
        return digitCount >= 3 ? result : nil
    }

    private static func keypad(_ letter: UInt8) -> Character {
        switch letter {
        case 0x61...0x63: "2"
        case 0x64...0x66: "3"
        case 0x67...0x69: "4"
        case 0x6A...0x6C: "5"
        case 0x6D...0x6F: "6"
        case 0x70...0x73: "7"
        case 0x74...0x76: "8"
        default: "9"
        }
    }
}
