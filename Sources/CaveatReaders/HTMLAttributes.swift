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

    /// Reads libxml2's NULL-terminated name/value array.
    init(_ pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard let pairs else { return }
        var index = 0
        while let namePointer = pairs[index] {
            let valuePointer = pairs[index + 1]
            index += 2
            let name = String(cString: namePointer)
            let value = valuePointer.map { String(cString: $0) }
            switch name {
            case "id": id = value
            case "class": classes = value
            case "role": role = value
            case "style": style = value
            case "hidden": hidden = true
            case "aria-hidden": ariaHidden = value?.lowercased() == "true"
            case "aria-modal": ariaModal = value?.lowercased() == "true"
            case "href": href = value
            case "alt": alt = value ?? ""
            case "lang": lang = value
            case "name": self.name = value
            case "property": property = value
            case "content": content = value
            case "http-equiv": httpEquiv = value
            case "rel": rel = value
            case "datetime": datetime = value
            default: continue
            }
        }
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
