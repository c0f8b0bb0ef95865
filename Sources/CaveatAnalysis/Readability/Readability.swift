public import CaveatDocument

/// Word, sentence and syllable counts and the Flesch formulas, over block text bytes.
public enum Readability {
    /// Scores over the blocks' text. Sentences come from `Block.sentences` (those holding a word); a block
    /// with words but no such sentence counts as one sentence, so headings and list items count once.
    public static func scores(of blocks: some Sequence<Block>) -> ReadabilityScores {
        var total = ReadabilityScores(words: 0, sentences: 0, syllables: 0, polysyllables: 0)
        for block in blocks {
            TextBytes.with(block.text) { bytes in
                var wordStarts: [Int] = []
                var index = 0
                while index < bytes.count {
                    if CueScanner.isSpace(bytes, index, bytes.count) {
                        index += CueScanner.scalarLength(bytes, index, bytes.count)
                        continue
                    }
                    let start = index
                    var hasContent = false
                    while index < bytes.count, !CueScanner.isSpace(bytes, index, bytes.count) {
                        hasContent = hasContent || CueScanner.isDigit(bytes[index])
                            || CueScanner.isLetter(bytes, index, bytes.count)
                        index += CueScanner.scalarLength(bytes, index, bytes.count)
                    }
                    guard hasContent else { continue }
                    wordStarts.append(start)
                    let count = syllables(bytes, start..<index)
                    total.syllables += count
                    if count >= 3 { total.polysyllables += 1 }
                }
                guard !wordStarts.isEmpty else { return }
                total.words += wordStarts.count
                // Sentences and word starts are both in text order: one pass over each.
                var withWords = 0
                var word = 0
                for sentence in block.sentences {
                    while word < wordStarts.count, wordStarts[word] < sentence.range.lowerBound { word += 1 }
                    if word < wordStarts.count, sentence.range.contains(wordStarts[word]) { withWords += 1 }
                }
                total.sentences += max(1, withWords)
            }
        }
        return total
    }

    /// Estimated syllables of one word (at least 1). English heuristic, see docs/detectors-and-context.md.
    public static func syllables(in word: String) -> Int {
        TextBytes.with(word) { syllables($0, 0..<$0.count) }
    }

    /// Sums the syllables of the letter runs of a word (split at hyphens, slashes and digits); apostrophes
    /// are dropped ("don't" is one run). A word without vowels (a number, "mg") has one syllable.
    static func syllables(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var total = 0
        var run: [UInt8] = []
        var index = range.lowerBound
        while index <= range.upperBound {
            if index < range.upperBound {
                let apostrophe = CueScanner.apostropheLength(bytes, index, range.upperBound)
                if apostrophe > 0, !run.isEmpty {
                    index += apostrophe
                    continue
                }
                if CueScanner.isASCIILetter(bytes[index]) {
                    run.append(bytes[index] | 0x20)
                    index += 1
                    continue
                }
            }
            total += runSyllables(run)
            run.removeAll(keepingCapacity: true)
            index += index < range.upperBound ? CueScanner.scalarLength(bytes, index, range.upperBound) : 1
        }
        return max(1, total)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "y")
    }

    /// Syllables of a run of lower-case ASCII letters; 0 when it has no vowel.
    static func runSyllables(_ letters: [UInt8]) -> Int {
        var word = letters
        guard word.contains(where: isVowel) else { return 0 }
        if word.count <= 3 { return 1 }
        let count = word.count
        let last = word[count - 1]
        let beforeLast = word[count - 2]
        let e = UInt8(ascii: "e")
        if beforeLast == e && last == UInt8(ascii: "s") {
            // "-es" is silent except after a sibilant: takes, seizures; but places, boxes, changes.
            let previous = word[count - 3]
            let sibilant = "sxzcg".utf8.contains(previous)
                || (count >= 4 && "cs".utf8.contains(word[count - 4]) && previous == UInt8(ascii: "h"))
            if !sibilant { word.removeLast(2) }
        } else if beforeLast == e && last == UInt8(ascii: "d") {
            // "-ed" is silent except after t or d: stopped, tapered; but wanted, needed.
            if !"td".utf8.contains(word[count - 3]) { word.removeLast(2) }
        } else if last == e {
            // A final "e" is silent except in "-le" after a consonant (table) and "-ee" (free).
            let consonantLe = beforeLast == UInt8(ascii: "l") && !isVowel(word[count - 3])
            if !consonantLe && beforeLast != e { word.removeLast() }
        }
        var groups = 0
        var index = 0
        while index < word.count {
            // "y" opening a word is a consonant (yes, you).
            guard isVowel(word[index]), !(index == 0 && word[index] == UInt8(ascii: "y")) else {
                index += 1
                continue
            }
            let start = index
            while index < word.count, isVowel(word[index]) { index += 1 }
            groups += 1
            // "ia" (diazepam) and "io" (period) are two syllables except after c, s, t, x (-cian, -tion,
            // -sion, -tial); "iu" (medium) always is.
            for split in start..<(index - 1) where word[split] == UInt8(ascii: "i") {
                let next = word[split + 1]
                let suffix = split > 0 && "tscx".utf8.contains(word[split - 1])
                if next == UInt8(ascii: "u") || ((next == UInt8(ascii: "a") || next == UInt8(ascii: "o")) && !suffix) {
                    groups += 1
                }
            }
        }
        return max(1, groups)
    }
}
