public import CaveatDocument

/// Finds e-mail addresses in block text and `mailto:` links.
///
/// An address is `local@domain`: the local part is ASCII letters, digits and `._%+-` (not starting or ending
/// with a dot), the domain is two or more dot-separated labels of letters, digits and hyphens ending in an
/// alphabetic top-level label of two or more letters. A trailing sentence period is not part of it.
/// `mailto:` links yield a match over the link text with `source: mailto-link` unless the same address was
/// already found inside that text; `normalized` is the lower-cased address.
public struct EmailDetector: Detector {
    public var name: String { "email" }

    public init() {}

    public func detect(in block: Block) -> [DetectorMatch] {
        var matches = TextBytes.with(block.text) { bytes in Self.scan(bytes) }.map { range, address in
            DetectorMatch(range: range, detector: name, normalized: address, attributes: ["source": "text"])
        }
        for link in block.links where link.scheme == "mailto" {
            var address = String(link.target.utf8.dropFirst("mailto:".utf8.count)) ?? ""
            if let query = address.utf8.firstIndex(of: UInt8(ascii: "?")) { address = String(address[..<query]) }
            address = address.lowercased()
            guard !address.isEmpty,
                  !matches.contains(where: { $0.range.overlaps(link.textRange) && $0.normalized == address })
            else { continue }
            matches.append(DetectorMatch(range: link.textRange, detector: name, normalized: address,
                                         attributes: ["source": "mailto-link"]))
        }
        return matches.sorted(by: DetectorMatch.inTextOrder)
    }

    static func isLocal(_ byte: UInt8) -> Bool {
        CueScanner.isDigit(byte) || CueScanner.isASCIILetter(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
    }

    static func isLabel(_ byte: UInt8) -> Bool {
        CueScanner.isDigit(byte) || CueScanner.isASCIILetter(byte) || byte == UInt8(ascii: "-")
    }

    /// Addresses as (range, lower-cased text).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        var searchFrom = 0
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "@"), index >= searchFrom else { continue }
            var start = index
            while start > searchFrom, isLocal(bytes[start - 1]) { start -= 1 }
            while start < index, bytes[start] == UInt8(ascii: ".") { start += 1 }
            guard start < index, bytes[index - 1] != UInt8(ascii: ".") else { continue }
            guard let domainEnd = domainEnd(bytes, from: index + 1) else { continue }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<domainEnd]), as: UTF8.self)
            found.append((start..<domainEnd, text.lowercased()))
            searchFrom = domainEnd
            index = domainEnd - 1
        }
        return found
    }

    /// The end of a domain name starting at `from` (two or more labels, alphabetic TLD), or `nil`.
    static func domainEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var index = from
        var labels = 0
        var lastLabelStart = from
        var end: Int?
        while index < bytes.count {
            let labelStart = index
            while index < bytes.count, isLabel(bytes[index]) { index += 1 }
            guard index > labelStart, bytes[labelStart] != UInt8(ascii: "-"), bytes[index - 1] != UInt8(ascii: "-")
            else { break }
            labels += 1
            lastLabelStart = labelStart
            if labels >= 2, index - lastLabelStart >= 2,
               bytes[lastLabelStart..<index].allSatisfy(CueScanner.isASCIILetter) {
                end = index
            }
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), isLabel(bytes[index + 1]) else { break }
            index += 1
        }
        return end
    }
}
