/// A set of shell-style globs matched against paths: `*` (any run within one path segment), `**`
/// (any number of segments), `?` (one character), `[abc]`/`[a-z]`/`[!a]` (classes).
///
/// A glob without `/` matches the file or folder name anywhere (`*.min.html`, `drafts`); a glob with `/`
/// matches the path, relative to where the glob was written, from the start (`archive/**/*.html`).
public struct GlobSet: Sendable, Hashable {
    private var globs: [[UInt8]]
    /// Folder the globs are relative to, with a trailing `/`, or empty for the working directory.
    private var base: [UInt8]

    public init(_ globs: [String] = [], relativeTo base: String = "") {
        self.globs = globs.map { Array($0.utf8) }
        var baseBytes = Array(base.utf8)
        if baseBytes.count >= 2, baseBytes[0] == UInt8(ascii: "."), baseBytes[1] == UInt8(ascii: "/") {
            baseBytes.removeFirst(2)
        }
        if baseBytes == [UInt8(ascii: ".")] { baseBytes = [] }
        if !baseBytes.isEmpty, baseBytes.last != UInt8(ascii: "/") { baseBytes.append(UInt8(ascii: "/")) }
        self.base = baseBytes
    }

    public var isEmpty: Bool { globs.isEmpty }

    /// Whether any glob matches the path.
    public func matches(_ path: String) -> Bool {
        guard !globs.isEmpty else { return false }
        var bytes = Array(path.utf8)
        if bytes.count >= 2, bytes[0] == UInt8(ascii: "."), bytes[1] == UInt8(ascii: "/") { bytes.removeFirst(2) }
        if !base.isEmpty {
            guard bytes.starts(with: base) else { return false }
            bytes.removeFirst(base.count)
        }
        let slash = UInt8(ascii: "/")
        for glob in globs {
            if glob.contains(slash) {
                var pattern = glob
                if pattern.first == slash { pattern.removeFirst() }
                if GlobSet.match(pattern[...], bytes[...]) { return true }
                // A folder glob also covers everything inside the folder.
                if GlobSet.match((pattern + Array("/**".utf8))[...], bytes[...]) { return true }
            } else {
                // Match any single segment.
                for segment in bytes.split(separator: slash) where GlobSet.match(glob[...], segment) {
                    return true
                }
            }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/")
        var p = pattern.startIndex
        var t = text.startIndex
        while p < pattern.endIndex {
            let c = pattern[p]
            if c == UInt8(ascii: "*") {
                let isDouble = p + 1 < pattern.endIndex && pattern[p + 1] == UInt8(ascii: "*")
                if isDouble {
                    var rest = p + 2
                    if rest < pattern.endIndex, pattern[rest] == slash { rest += 1 }
                    var position = t
                    while true {
                        if match(pattern[rest...], text[position...]) { return true }
                        if position >= text.endIndex { return false }
                        position += 1
                    }
                }
                var position = t
                while true {
                    if match(pattern[(p + 1)...], text[position...]) { return true }
                    if position >= text.endIndex || text[position] == slash { return false }
                    position += 1
                }
            }
            guard t < text.endIndex else { return false }
            if c == UInt8(ascii: "?") {
                if text[t] == slash { return false }
            } else if c == UInt8(ascii: "[") {
                guard let (matched, next) = matchClass(pattern, from: p, byte: text[t]) else {
                    if text[t] != c { return false }
                    p += 1
                    t += 1
                    continue
                }
                if !matched { return false }
                p = next
                t += 1
                continue
            } else if c != text[t] {
                return false
            }
            p += 1
            t += 1
        }
        return t == text.endIndex
    }

    /// Matches a `[...]` class starting at `start`; `nil` when the class is not closed (then `[` is literal).
    private static func matchClass(_ pattern: ArraySlice<UInt8>, from start: Int, byte: UInt8) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.endIndex, pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^") {
            negate = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.endIndex {
            let c = pattern[index]
            if c == UInt8(ascii: "]"), !first { return (matched != negate, index + 1) }
            first = false
            if index + 2 < pattern.endIndex, pattern[index + 1] == UInt8(ascii: "-"), pattern[index + 2] != UInt8(ascii: "]") {
                if byte >= c && byte <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if byte == c { matched = true }
                index += 1
            }
        }
        return nil
    }
}
