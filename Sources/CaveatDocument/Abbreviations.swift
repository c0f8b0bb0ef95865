/// The abbreviations the sentence splitter knows, lower-cased, with their final period.
///
/// Three kinds behave differently after the period:
/// - *prefix* abbreviations (`Dr.`, `e.g.`, `vs.`) are always followed by more of the same sentence;
/// - *numeric* ones (`No.`, `Fig.`, months like `Sept.`) are abbreviations only before a number (`No. 5`,
///   `Oct. 3`), otherwise a plain word;
/// - *terminal-capable* ones (`mg.`, `etc.`, `a.m.`, `U.S.`, single initials) often end a sentence too, so
///   the sentence ends after them only when a common sentence opener follows (`... 5 mg. Then rest.`).
enum Abbreviations {
    enum Kind: Sendable {
        case prefix, numeric, terminalCapable
    }

    private static let table: [String: Kind] = {
        var table: [String: Kind] = [:]
        for word in ["dr.", "mr.", "mrs.", "ms.", "mx.", "prof.", "st.", "vs.", "v.", "e.g.", "i.e.", "approx.",
                     "incl.", "cf.", "ca.", "esp.", "viz.", "sgt.", "capt.", "gen.", "rev.", "hon.", "dept.",
                     "univ.", "mt.", "ft.", "ave.", "blvd.", "drs.", "sen.", "gov.", "pres.", "lt.", "col.", "maj.",
                     "supt.", "messrs."] {
            table[word] = .prefix
        }
        for word in ["no.", "nos.", "fig.", "figs.", "p.", "pp.", "vol.", "ch.", "sec.", "tab.", "ref.", "eq.",
                     "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."] {
            table[word] = .numeric
        }
        for word in ["etc.", "mg.", "mcg.", "ml.", "kg.", "lb.", "lbs.", "oz.", "hr.", "hrs.", "min.", "mins.",
                     "sec.", "wk.", "wks.", "mo.", "mos.", "yr.", "yrs.", "a.m.", "p.m.", "u.s.", "u.k.", "u.n.",
                     "b.i.d.", "t.i.d.", "q.i.d.", "q.d.", "q.h.", "p.r.n.", "p.o.", "inc.", "ltd.", "co.",
                     "corp.", "jr.", "sr.", "al.", "ph.d.", "m.d.", "r.n.", "d.o."] {
            table[word] = table[word] ?? .terminalCapable
        }
        return table
    }()

    /// Lower-case words that typically open a sentence, used after terminal-capable abbreviations.
    private static let openers: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "if", "in", "on", "at", "for",
        "to", "take", "you", "your", "we", "our", "they", "their", "he", "she", "his", "her", "i", "do", "don't",
        "does", "call", "ask", "talk", "see", "some", "most", "many", "after", "before", "when", "then", "also",
        "however", "but", "and", "always", "never", "stop", "there", "what", "how", "why", "who", "one", "each",
        "all", "no", "not", "once", "while", "since", "because", "so", "yet", "other", "as", "with", "without",
        "avoid", "keep", "use", "make", "seek", "contact", "read", "learn", "find", "get", "try", "be", "is",
        "are", "was", "were", "can", "may", "should", "will", "would", "please", "here", "now", "today",
    ]

    /// The kind of an abbreviation written as `word` (with its final period), ignoring case; `nil` when the
    /// word is not an abbreviation. Unknown single letters and chains of single letters (`J.`, `X.Y.`) count
    /// as terminal-capable initials.
    static func kind(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
        // Every abbreviation in the table is short ASCII; skip building a string for anything else.
        guard range.count <= 8 else { return nil }
        var lowered = [UInt8]()
        lowered.reserveCapacity(range.count)
        var allInitials = true
        var letterRun = 0
        for index in range {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            if byte == 0x2E {
                if letterRun != 1 { allInitials = false }
                letterRun = 0
            } else {
                letterRun += 1
            }
            lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        if let kind = table[String(decoding: lowered, as: UTF8.self)] { return kind }
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        if allInitials, lowered.allSatisfy({ isLetter($0) || $0 == 0x2E }) { return .terminalCapable }
        return nil
    }

    /// Whether the word at `range` is a common sentence opener.
    static func isOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 10 else { return false }
        var lowered = [UInt8]()
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            // A curly apostrophe (E2 80 99) reads as a straight one.
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                lowered.append(0x27)
                index += 3
                continue
            }
            guard byte < 0x80 else { return false }
            lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            index += 1
        }
        return openers.contains(String(decoding: lowered, as: UTF8.self))
    }
}
