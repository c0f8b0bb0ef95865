/// What the rules said about one labelled document, compared with its labels.
public struct DocumentOutcome: Sendable, Hashable, Codable {
    public var path: String
    /// Judged rules that must fire.
    public var expected: [String]
    /// Judged rules that fired.
    public var found: [String]
    /// Judged rules that fired but were not expected.
    public var falsePositives: [String]
    /// Expected rules that did not fire.
    public var falseNegatives: [String]
    /// Expected positions with no finding of the rule starting there.
    public var missedLocations: [ExpectedLocation]
    /// Why the document could not be linted, when it could not.
    public var error: String?

    public init(path: String, expected: [String], found: [String], falsePositives: [String] = [],
                falseNegatives: [String] = [], missedLocations: [ExpectedLocation] = [], error: String? = nil) {
        self.path = path
        self.expected = expected
        self.found = found
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.missedLocations = missedLocations
        self.error = error
    }

    /// Whether the document came out exactly as labelled.
    public var isCorrect: Bool {
        error == nil && falsePositives.isEmpty && falseNegatives.isEmpty && missedLocations.isEmpty
    }
}
