public import CaveatDocument

/// Finds web addresses in block text, and absolute `http`/`https` link targets.
///
/// In text: `http://` and `https://` URLs, `www.` hosts, and bare domains whose last label is a common
/// top-level domain (`samhsa.gov`, `example.org/help`); a path, query and fragment follow when present.
/// Trailing sentence punctuation and an unbalanced closing bracket are left out. E-mail addresses are not
/// URLs. Abbreviations such as `e.g.`, file names such as `label.pdf` and a missing space after a period
/// (`ends.Com`) are not domains: a bare domain's top-level label must be a listed one, in lower case.
/// Links yield a match over the link text with `source: link` unless the same URL was found in that text.
/// `normalized` is the lower-cased URL; `host` is the lower-cased host name.
public struct URLDetector: Detector {
    public var name: String { "url" }

    public init() {}

    /// Top-level domains accepted for bare domains (schemes and `www.` accept any).
    static let bareTopLevelDomains: Set<String> = [
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "us", "uk", "ca", "au", "nz",
        "ie", "in", "de", "fr", "eu", "health", "care", "clinic", "rehab", "app", "online", "site", "me", "tv",
    ]

    public func detect(in block: Block) -> [DetectorMatch] {
        var matches = TextBytes.with(block.text) { bytes in Self.scan(bytes) }.map { found in
            DetectorMatch(range: found.range, detector: name, normalized: found.text,
                          attributes: ["source": "text", "host": found.host])
        }
        for link in block.links where link.scheme == "http" || link.scheme == "https" {
            let target = link.target.lowercased()
            guard !matches.contains(where: { $0.range.overlaps(link.textRange) && $0.normalized == target })
            else { continue }
            let host = target.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first
                .map { String($0.split(separator: ":").first ?? $0) } ?? ""
            matches.append(DetectorMatch(range: link.textRange, detector: name, normalized: target,
                                         attributes: ["source": "link", "host": host]))
        }
        return matches.sorted(by: DetectorMatch.inTextOrder)
    }

    struct Found {
        var range: Range<Int>
        var text: String
        var host: String
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Found] {
        let emails = EmailDetector.scan(bytes).map(\.0)
        var found: [Found] = []
        var index = 0
        var nextEmail = 0
        while index < bytes.count {
            while nextEmail < emails.count, emails[nextEmail].upperBound <= index { nextEmail += 1 }
            if nextEmail < emails.count, emails[nextEmail].contains(index) {
                index = emails[nextEmail].upperBound
                continue
            }
            guard startsWord(bytes, index), let url = url(bytes, at: index) else {
                index += 1
                continue
            }
            found.append(url)
            index = url.range.upperBound
        }
        return found
    }

    private static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard CueScanner.isASCIILetter(bytes[index]) || CueScanner.isDigit(bytes[index]) else { return false }
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return !(CueScanner.isASCIILetter(previous) || CueScanner.isDigit(previous) || previous >= 0x80
                 || previous == UInt8(ascii: "@") || previous == UInt8(ascii: ".") || previous == UInt8(ascii: "-")
                 || previous == UInt8(ascii: "/") || previous == UInt8(ascii: "_"))
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ prefix: String) -> Bool {
        let prefix = Array(prefix.utf8)
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] | 0x20 != prefix[offset] { return false }
        return true
    }

    private static func url(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Found? {
        var hostStart = start
        var explicit = false
        if hasPrefix(bytes, start, "https://") {
            hostStart = start + 8
            explicit = true
        } else if hasPrefix(bytes, start, "http://") {
            hostStart = start + 7
            explicit = true
        } else if hasPrefix(bytes, start, "www.") {
            explicit = true
        }
        // Host: dot-separated labels.
        var index = hostStart
        var lastLabel = hostStart..<hostStart
        var labels = 0
        while index < bytes.count {
            let labelStart = index
            while index < bytes.count, EmailDetector.isLabel(bytes[index]) { index += 1 }
            guard index > labelStart else { break }
            labels += 1
            lastLabel = labelStart..<index
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), EmailDetector.isLabel(bytes[index + 1])
            else { break }
            index += 1
        }
        guard labels >= (explicit && hostStart != start ? 1 : 2) else { return nil }
        let hostEnd = lastLabel.upperBound
        let tld = String(decoding: UnsafeBufferPointer(rebasing: bytes[lastLabel]), as: UTF8.self)
        if !explicit {
            // Lower case only: "the end.In the morning" is a missing space, not a domain.
            guard bareTopLevelDomains.contains(tld) else { return nil }
        } else {
            guard lastLabel.allSatisfy({ CueScanner.isASCIILetter(bytes[$0]) }) || labels == 1 else { return nil }
        }
        // Port, path, query, fragment.
        var end = hostEnd
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: ":"), CueScanner.isDigit(bytes[end + 1]) {
            end += 1
            while end < bytes.count, CueScanner.isDigit(bytes[end]) { end += 1 }
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "/") || bytes[end] == UInt8(ascii: "?")
            || bytes[end] == UInt8(ascii: "#") {
            // Brackets must balance inside the URL: "[site](http://...)" and "(see http://x.org/a)" end
            // before the closing bracket that belongs to the text.
            var parens = 0
            var squares = 0
            while end < bytes.count, isPathByte(bytes[end]) {
                switch bytes[end] {
                case UInt8(ascii: "("): parens += 1
                case UInt8(ascii: ")"): parens -= 1
                case UInt8(ascii: "["): squares += 1
                case UInt8(ascii: "]"): squares -= 1
                default: break
                }
                if parens < 0 || squares < 0 { break }
                end += 1
            }
        } else if end < bytes.count, CueScanner.isASCIILetter(bytes[end]) || CueScanner.isDigit(bytes[end])
                    || bytes[end] == UInt8(ascii: "@") {
            return nil
        }
        // Trailing punctuation and emphasis marks belong to the sentence.
        while end > hostEnd, ".,;:!?'\"*_".utf8.contains(bytes[end - 1]) { end -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
        let host = String(decoding: UnsafeBufferPointer(rebasing: bytes[hostStart..<hostEnd]), as: UTF8.self)
            .lowercased()
        return Found(range: start..<end, text: text, host: host)
    }

    /// Printable ASCII that may appear in a URL path, query or fragment (no spaces, quotes or angle brackets).
    private static func isPathByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "<")
            && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "`") && byte != UInt8(ascii: "{")
            && byte != UInt8(ascii: "}") && byte != UInt8(ascii: "|") && byte != UInt8(ascii: "\\")
    }
}
