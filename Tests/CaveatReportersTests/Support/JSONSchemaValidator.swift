import Foundation

/// A JSON Schema validator covering the keywords the SARIF 2.1.0 schema (draft-04) and caveat's own report schema
/// use: `type`, `properties`, `required`, `additionalProperties`, `patternProperties`, `items`, `minItems`,
/// `uniqueItems`, `enum`, `const`, `minimum`, `maximum`, `pattern`, `format` (`uri`, `uri-reference`), `anyOf`,
/// `oneOf`, `allOf`, and `$ref` to local JSON pointers. Unknown keywords are ignored, as the specification says.
struct JSONSchemaValidator {
    let root: JSON

    init(schema: JSON) {
        root = schema
    }

    /// Every violation, as "pointer: problem"; empty when the instance is valid.
    func validate(_ instance: JSON) -> [String] {
        var errors: [String] = []
        check(instance, against: root, at: "", errors: &errors)
        return errors
    }

    private func resolve(_ reference: String) -> JSON? {
        guard reference.hasPrefix("#") else { return nil }
        var node: JSON? = root
        for token in reference.dropFirst().split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            node = node?[key]
        }
        return node
    }

    private func check(_ value: JSON, against schema: JSON, at pointer: String, errors: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { errors.append("\(pointer): not allowed") }
            return
        }
        if let reference = schema["$ref"]?.string {
            guard let target = resolve(reference) else { errors.append("\(pointer): unresolvable $ref \(reference)"); return }
            check(value, against: target, at: pointer, errors: &errors)
            return  // draft-04: $ref siblings are ignored
        }
        if let type = schema["type"] {
            let allowed = type.array?.compactMap(\.string) ?? [type.string].compactMap { $0 }
            if !allowed.contains(where: { matches(value, type: $0) }) {
                errors.append("\(pointer): expected \(allowed.joined(separator: "|")), got \(value)")
                return
            }
        }
        if let options = schema["enum"]?.array, !options.contains(value) {
            errors.append("\(pointer): \(value) not in enum \(options)")
        }
        if let constant = schema["const"], constant != value { errors.append("\(pointer): expected const \(constant)") }
        if case .number(let number, _) = value {
            if case .number(let minimum, _)? = schema["minimum"], number < minimum {
                errors.append("\(pointer): \(number) < minimum \(minimum)")
            }
            if case .number(let maximum, _)? = schema["maximum"], number > maximum {
                errors.append("\(pointer): \(number) > maximum \(maximum)")
            }
        }
        if case .string(let text) = value {
            if let pattern = schema["pattern"]?.string, !Self.search(pattern, in: text) {
                errors.append("\(pointer): \"\(text)\" does not match \(pattern)")
            }
            if let format = schema["format"]?.string, !Self.conforms(text, format: format) {
                errors.append("\(pointer): \"\(text)\" is not a valid \(format)")
            }
        }
        if case .array(let items) = value {
            if let minimum = schema["minItems"]?.int, items.count < minimum {
                errors.append("\(pointer): \(items.count) items < minItems \(minimum)")
            }
            if case .bool(true)? = schema["uniqueItems"] {
                for (index, item) in items.enumerated() where items[..<index].contains(item) {
                    errors.append("\(pointer)/\(index): duplicate item")
                }
            }
            if let itemSchema = schema["items"] {
                if let tuple = itemSchema.array {
                    for (index, item) in items.enumerated() where index < tuple.count {
                        check(item, against: tuple[index], at: "\(pointer)/\(index)", errors: &errors)
                    }
                } else {
                    for (index, item) in items.enumerated() {
                        check(item, against: itemSchema, at: "\(pointer)/\(index)", errors: &errors)
                    }
                }
            }
        }
        if case .object(let members) = value {
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where members[key] == nil {
                errors.append("\(pointer): missing required \(key)")
            }
            let properties = schema["properties"]?.object ?? [:]
            let patterns = schema["patternProperties"]?.object ?? [:]
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                var covered = false
                if let propertySchema = properties[key] {
                    covered = true
                    check(member, against: propertySchema, at: "\(pointer)/\(key)", errors: &errors)
                }
                for (pattern, patternSchema) in patterns where Self.search(pattern, in: key) {
                    covered = true
                    check(member, against: patternSchema, at: "\(pointer)/\(key)", errors: &errors)
                }
                if !covered, let additional = schema["additionalProperties"] {
                    check(member, against: additional, at: "\(pointer)/\(key)", errors: &errors)
                }
            }
        }
        for sub in schema["allOf"]?.array ?? [] { check(value, against: sub, at: pointer, errors: &errors) }
        if let options = schema["anyOf"]?.array {
            let passing = options.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: pointer, errors: &scratch)
                return scratch.isEmpty
            }
            if passing.isEmpty { errors.append("\(pointer): matches none of anyOf") }
        }
        if let options = schema["oneOf"]?.array {
            let passing = options.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: pointer, errors: &scratch)
                return scratch.isEmpty
            }
            if passing.count != 1 { errors.append("\(pointer): matches \(passing.count) of oneOf, not 1") }
        }
    }

    private func matches(_ value: JSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("number", .number): true
        case ("integer", .number(let number, _)): number.rounded() == number
        default: false
        }
    }

    private static func search(_ pattern: String, in text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `uri` needs a scheme (RFC 3986 absolute URI); `uri-reference` may be relative but must not contain spaces.
    private static func conforms(_ text: String, format: String) -> Bool {
        switch format {
        case "uri":
            return search("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", in: text)
        case "uri-reference":
            return !text.contains(" ")
        default:
            return true
        }
    }
}
