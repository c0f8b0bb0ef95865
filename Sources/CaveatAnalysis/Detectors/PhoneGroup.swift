/// One run of digits or capital letters inside a phone-number candidate ("562", "HELP").
struct PhoneGroup: Sendable, Hashable {
    var start: Int
    var end: Int
    var isLetters: Bool
    /// Written inside parentheses ("(562)").
    var parenthesized: Bool
    /// The separator before the group is a hyphen, dot or dash with no space ("562-573").
    var tightBefore: Bool
    /// Number of characters.
    var count: Int { end - start }
}
