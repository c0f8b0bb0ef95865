/// The attributes of a start tag that extraction cares about, as libxml2 decoded them.
struct HTMLAttributes {
    var id: String?
    var classes: String?
    var role: String?
    var style: String?
    var hidden = false
    var ariaHidden = false
    var ariaModal = false
    var href: String?
    var alt: String?
    var lang: String?
    var name: String?
    var property: String?
    var content: String?
    var httpEquiv: String?
    var rel: String?
    var datetime: String?

    /// Reads libxml2's NULL-terminated name/value array. Only attributes we use become strings; most
    /// attributes on a real page (`src`, `width`, `data-*`...) are skipped by comparing bytes.
    init(_ pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard let pairs else { return }
        var index = 0
        while let name = pairs[index] {
            let value = pairs[index + 1]
            index += 2
            switch name[0] {
            case UInt8(ascii: "a"):
                if matches(name, "alt") { alt = value.map { String(cString: $0) } ?? "" }
                else if matches(name, "aria-hidden") { ariaHidden = isTrue(value) }
                else if matches(name, "aria-modal") { ariaModal = isTrue(value) }
            case UInt8(ascii: "c"):
                if matches(name, "class") { classes = value.map { String(cString: $0) } } else if matches(name, "content") { content = value.map { String(cString: $0) } }
            case UInt8(ascii: "d"):
                if matches(name, "datetime") { datetime = value.map { String(cString: $0) } }
            case UInt8(ascii: "h"):
                if matches(name, "href") { href = value.map { String(cString: $0) } }
                else if matches(name, "hidden") { hidden = true }
                else if matches(name, "http-equiv") { httpEquiv = value.map { String(cString: $0) } }
            case UInt8(ascii: "i"):
                if matches(name, "id") { id = value.map { String(cString: $0) } }
            case UInt8(ascii: "l"):
                if matches(name, "lang") { lang = value.map { String(cString: $0) } }
            case UInt8(ascii: "n"):
                if matches(name, "name") { self.name = value.map { String(cString: $0) } }
            case UInt8(ascii: "p"):
                if matches(name, "property") { property = value.map { String(cString: $0) } }
            case UInt8(ascii: "r"):
                if matches(name, "role") { role = value.map { String(cString: $0) } } else if matches(name, "rel") { rel = value.map { String(cString: $0) } }
            case UInt8(ascii: "s"):
                if matches(name, "style") { style = value.map { String(cString: $0) } }
            default:
                continue
            }
        }
    }

    private func matches(_ pointer: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        let bytes = word.utf8Start
        let count = word.utf8CodeUnitCount
        for offset in 0..<count where pointer[offset] != bytes[offset] { return false }
        return pointer[count] == 0
    }

    private func isTrue(_ value: UnsafePointer<UInt8>?) -> Bool {
        guard let value else { return false }
        return value[0] | 0x20 == 0x74 && value[1] | 0x20 == 0x72 && value[2] | 0x20 == 0x75
            && value[3] | 0x20 == 0x65 && value[4] == 0
    }

    /// Whether an inline style hides the element (`display:none`, `visibility:hidden`).
    var styleHides: Bool {
        guard let style else { return false }
        var compact = ""
        for scalar in style.unicodeScalars where scalar != " " && scalar != "\t" && scalar != "\n" {
            compact.unicodeScalars.append(scalar)
        }
        compact = compact.lowercased()
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Whether `rel` lists the given token.
    func relContains(_ token: String) -> Bool {
        guard let rel else { return false }
        return rel.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { $0 == token }
    }
}
