/// Escaping for XML and HTML text and attribute values.
enum XMLEscaping {
    /// Escapes `& < > " '` and replaces characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE,
    /// U+FFFF) with U+FFFD, so any message or file content yields a well-formed document.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// For attribute values: as `escape`, and line breaks and tabs as character references so that attribute
    /// value normalisation does not turn them into spaces.
    static func attribute(_ text: String) -> String {
        var out = ""
        for scalar in escape(text).unicodeScalars {
            switch scalar {
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
