/// Expands an English word into its simple inflections (plural and third person `-s`/`-es`, past `-ed`,
/// participle `-ing`), so that a phrase written `stop` also matches `stops`, `stopped` and `stopping`.
///
/// Deliberately generous: a few spurious forms (`visitted`) cost nothing because they never occur in text,
/// while a missing one would be a false negative.
public enum Inflector {
    /// The word itself followed by its inflections, without duplicates. Words shorter than three letters or
    /// containing anything but ASCII letters are returned alone.
    public static func variants(of word: [UInt8]) -> [[UInt8]] {
        guard word.count >= 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [word] }
        var result: [[UInt8]] = [word]
        func add(_ suffix: String, dropping drop: Int = 0, doubling: Bool = false) {
            var form = Array(word.dropLast(drop))
            if doubling, let last = form.last { form.append(last) }
            form.append(contentsOf: suffix.utf8)
            if !result.contains(form) { result.append(form) }
        }
        let last = word[word.count - 1]
        let beforeLast = word[word.count - 2]
        let isVowel = { (byte: UInt8) in byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 }
        let endsWith = { (suffix: String) in word.count > suffix.utf8.count && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }

        // Plural / third person.
        if endsWith("s") || endsWith("x") || endsWith("z") || endsWith("ch") || endsWith("sh") || endsWith("o") {
            add("es")
        }
        if last == 0x79, !isVowel(beforeLast) {    // -y after a consonant: therapy → therapies
            add("ies", dropping: 1)
            add("ied", dropping: 1)
            add("ing")
            return result
        }
        if !endsWith("ss") { add("s") }

        // Past and participle.
        if last == 0x65 {                           // -e: dose → dosed, dosing
            add("d")
            if endsWith("ee") || endsWith("ye") || endsWith("oe") {
                add("ing")
            } else if endsWith("ie") {
                add("ying", dropping: 2)
            } else {
                add("ing", dropping: 1)
            }
            return result
        }
        add("ed")
        add("ing")
        // Consonant-vowel-consonant endings double the consonant: stop → stopped, stopping.
        let third = word[word.count - 3]
        // "qu" spells a consonant: quit → quitting.
        let thirdIsConsonant = !isVowel(third) || (third == 0x75 && word.count >= 4 && word[word.count - 4] == 0x71)
        if !isVowel(last), last != 0x77, last != 0x78, last != 0x79, isVowel(beforeLast), thirdIsConsonant {
            add("ed", doubling: true)
            add("ing", doubling: true)
        }
        return result
    }
}
