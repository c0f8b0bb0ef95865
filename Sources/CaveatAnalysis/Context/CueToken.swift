/// One token of the lightweight scan the detectors and the context analyzer run over block text.
///
/// Kept separate from `CaveatDocument.Token` so that trigger and cue matching behave the same whatever the
/// document tokenizer does: letters and digits are split apart (`5mg` → `5` `mg`, `q6h` → `q` `6` `h`), a
/// possessive `'s` is its own token (`doctor's` → `doctor` `'s`), every other symbol is a one-character token.
struct CueToken: Sendable, Hashable {
    enum Kind: UInt8, Sendable, Hashable {
        case word
        case number
        case symbol
    }

    /// Byte range in the scanned text.
    var start: Int
    var end: Int
    var kind: Kind
    /// FNV-1a hash of the folded bytes (ASCII lower-cased, curly apostrophes made straight).
    var key: UInt64
    /// Whether white space separates this token from the previous one (true for the first token).
    var spaced: Bool

    var range: Range<Int> { start..<end }
}
