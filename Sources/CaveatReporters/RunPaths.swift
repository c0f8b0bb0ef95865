/// Path arithmetic for reports, done on strings so that output never depends on what exists on disk.
enum RunPaths {
    /// `path` made absolute against `directory` and normalised (`.` and `..` resolved, no trailing `/`).
    static func absolute(_ path: String, relativeTo directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` (relative paths taken from `workingDirectory`) relative to the absolute directory `base` when it
    /// lies under it; otherwise the absolute path. Names such as `<stdin>` and URLs (documents from a web archive)
    /// are returned unchanged.
    static func relative(_ path: String, to base: String, workingDirectory: String) -> String {
        if path.hasPrefix("<") || path.isEmpty || isURL(path) { return path }
        let normalised = absolute(path, relativeTo: workingDirectory)
        if normalised == base { return "." }
        let prefix = base == "/" ? "/" : base + "/"
        return normalised.hasPrefix(prefix) ? String(normalised.dropFirst(prefix.count)) : normalised
    }

    /// Whether a report path is a URL (`scheme://…`, the name of a document from a web archive), not a file path.
    static func isURL(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":"), colon != path.startIndex else { return false }
        return path[colon...].hasPrefix("://")
            && path[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// A path percent-encoded as a URI reference (RFC 3986): unreserved characters,
    /// `/` and sub-delimiters stay, everything else is `%XX` over UTF-8.
    static func uriEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"),
                 UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
                 UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
