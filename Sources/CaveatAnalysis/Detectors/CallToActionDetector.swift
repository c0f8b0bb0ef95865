public import CaveatDocument

/// Finds promotional calls to action ("call us today", "verify your insurance", "our facility offers").
///
/// `normalized` is the lexicon phrase that matched (lower case, straight apostrophes); the `kind` attribute
/// says which group it belongs to: contact, admissions, insurance, assessment, availability, urgency,
/// first-person.
public struct CallToActionDetector: Detector {
    public var name: String { "call-to-action" }

    public init() {}

    public func detect(in block: Block) -> [DetectorMatch] {
        let table = CallToActionLexicon.table
        let tokens = CueScanner.scan(block.text)
        return table.matches(in: tokens).map { match in
            let phrase = table.phrases[match.phrase]
            return DetectorMatch(range: tokens[match.firstToken].start..<tokens[match.endToken - 1].end,
                                 detector: name, normalized: phrase.text, attributes: ["kind": phrase.payload])
        }
    }
}
