/// A message with `{placeholder}`s, parsed once at load time.
struct MessageTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    /// Placeholders a message may use.
    static let knownPlaceholders: [String] = ["match", "normalized", "count", "value", "threshold", "words", "scope"]

    let parts: [Part]
    let source: String

    /// Parses a template; the error names the problem (unknown placeholder, unbalanced brace).
    static func parse(_ source: String) -> Result<MessageTemplate, TemplateError> {
        var parts: [Part] = []
        var text = ""
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            let next = source.index(after: index)
            if character == "{" {
                if next < source.endIndex, source[next] == "{" {
                    text.append("{")
                    index = source.index(after: next)
                    continue
                }
                guard let close = source[next...].firstIndex(of: "}") else {
                    return .failure(TemplateError(message: "unclosed '{' in message"))
                }
                let name = String(source[next..<close])
                guard knownPlaceholders.contains(name) else {
                    return .failure(TemplateError(message: "unknown placeholder '{\(name)}'", unknown: name))
                }
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                parts.append(.placeholder(name))
                index = source.index(after: close)
                continue
            }
            if character == "}" {
                if next < source.endIndex, source[next] == "}" {
                    text.append("}")
                    index = source.index(after: next)
                    continue
                }
                return .failure(TemplateError(message: "unmatched '}' in message (write '}}' for a brace)"))
            }
            text.append(character)
            index = next
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return .success(MessageTemplate(parts: parts, source: source))
    }

    /// Fills in the placeholders; missing values render as empty text.
    func render(_ values: [String: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .placeholder(let name): result += values[name] ?? ""
            }
        }
        return result
    }

    struct TemplateError: Error {
        var message: String
        var unknown: String?
    }
}
