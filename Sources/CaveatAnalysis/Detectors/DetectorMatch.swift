/// One thing a detector found in a block.
public struct DetectorMatch: Sendable, Hashable {
    /// UTF-8 byte range in `Block.text`.
    public var range: Range<Int>
    /// The detector's name (`dose`, `phone`, `email`, `url`, `call-to-action`).
    public var detector: String
    /// A canonical form for comparisons and allow-lists: phone digits with country code (`18006624357`,
    /// `988`); e-mail and URL lower-cased; dose `amount unit[ frequency]` (`5 mg 3/day`); call-to-action the
    /// lexicon phrase that matched (`call us today`).
    public var normalized: String
    /// Detector-specific details (dose: `amount`, `unit`, `unitKind`, `frequency`; phone: `vanity`,
    /// `source`, `kind`; email/url: `source`, `host`; call-to-action: `kind`).
    public var attributes: [String: String]

    public init(range: Range<Int>, detector: String, normalized: String, attributes: [String: String] = [:]) {
        self.range = range
        self.detector = detector
        self.normalized = normalized
        self.attributes = attributes
    }
}

extension DetectorMatch {
    /// Orders matches by start, then end.
    static func inTextOrder(_ first: DetectorMatch, _ second: DetectorMatch) -> Bool {
        (first.range.lowerBound, first.range.upperBound) < (second.range.lowerBound, second.range.upperBound)
    }
}
