public import CaveatDocument

/// Finds one kind of thing (doses, phone numbers, e-mail addresses, URLs, calls to action) in block text.
///
/// Detectors scan `Block.text` (and `Block.links` where relevant) and never rely on sentence splitting.
/// Matches are returned in text order and do not overlap each other.
public protocol Detector: Sendable {
    /// The name rules use to refer to the detector.
    var name: String { get }
    /// Every match in the block, in order of `range.lowerBound`.
    func detect(in block: Block) -> [DetectorMatch]
}
