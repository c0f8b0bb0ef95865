#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A view of a start tag's attributes as libxml2 decoded them (a NULL-terminated name/value array).
///
/// Nothing is copied up front: most elements have no attributes, and of the rest only a few names matter,
/// so each lookup scans the (short) array and only values that are used become strings.
struct HTMLAttributes {
    private let pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    init(_ pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        self.pairs = pairs
    }

    var isEmpty: Bool { pairs == nil }

    /// The attribute's value bytes; an attribute written without a value gives an empty buffer.
    func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let pairs else { return nil }
        var index = 0
        while let candidate = pairs[index] {
            if matches(candidate, name) {
                guard let value = pairs[index + 1] else { return UnsafeBufferPointer(start: nil, count: 0) }
                return UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
            }
            index += 2
        }
        return nil
    }

    func string(_ name: StaticString) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    var role: String? { string("role") }
    var href: String? { string("href") }
    var alt: String? { string("alt") }
    var lang: String? { string("lang") }
    var name: String? { string("name") }
    var property: String? { string("property") }
    var content: String? { string("content") }
    var httpEquiv: String? { string("http-equiv") }
    var rel: String? { string("rel") }
    var datetime: String? { string("datetime") }
    var hidden: Bool { bytes("hidden") != nil }
    var ariaHidden: Bool { isTrue(bytes("aria-hidden")) }
    var ariaModal: Bool { isTrue(bytes("aria-modal")) }

    /// Whether an inline style hides the element (`display:none`, `visibility:hidden`).
    var styleHides: Bool {
        guard let style = bytes("style") else { return false }
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for byte in style where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    /// Whether `rel` lists the given token.
    func relContains(_ token: String) -> Bool {
        guard let rel else { return false }
        return rel.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { $0 == token }
    }

    private func matches(_ pointer: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        let bytes = word.utf8Start
        let count = word.utf8CodeUnitCount
        for offset in 0..<count where pointer[offset] != bytes[offset] { return false }
        return pointer[count] == 0
    }

    private func isTrue(_ value: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let value, value.count == 4 else { return false }
        return value[0] | 0x20 == 0x74 && value[1] | 0x20 == 0x72 && value[2] | 0x20 == 0x75 && value[3] | 0x20 == 0x65
    }

    private func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard haystack.count >= length else { return false }
        let pointer = needle.utf8Start
        outer: for start in 0...(haystack.count - length) {
            for offset in 0..<length where haystack[start + offset] != pointer[offset] { continue outer }
            return true
        }
        return false
    }
}
