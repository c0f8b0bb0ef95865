/// A parsed JSON value for tests, kept apart from the reporters' own `JSONValue` so that tests never check the
/// serialiser with itself. Numbers keep their text to tell integers from fractions.
indirect enum JSON: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double, isInteger: Bool)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    subscript(key: String) -> JSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    subscript(index: Int) -> JSON? {
        if case .array(let values) = self, values.indices.contains(index) { return values[index] }
        return nil
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var int: Int? { if case .number(let value, true) = self { Int(value) } else { nil } }
    var array: [JSON]? { if case .array(let values) = self { values } else { nil } }
    var object: [String: JSON]? { if case .object(let members) = self { members } else { nil } }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .number(let value, let isInteger): isInteger ? String(Int(value)) : String(value)
        case .string(let value): "\"\(value)\""
        case .array(let values): "[" + values.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
        }
    }

    struct ParseError: Error, CustomStringConvertible {
        var offset: Int
        var message: String
        var description: String { "JSON parse error at byte \(offset): \(message)" }
    }

    /// Parses strict JSON (RFC 8259); trailing content is an error.
    static func parse(_ text: String) throws -> JSON {
        var parser = Parser(bytes: Array(text.utf8))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == parser.bytes.count else { throw ParseError(offset: parser.position, message: "trailing data") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        func fail(_ message: String) -> ParseError { ParseError(offset: position, message: message) }

        mutating func value() throws -> JSON {
            skipSpace()
            guard position < bytes.count else { throw fail("unexpected end") }
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                var members: [String: JSON] = [:]
                skipSpace()
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
                while true {
                    skipSpace()
                    guard case .string(let key) = try value() else { throw fail("key must be a string") }
                    skipSpace()
                    guard bytes[position] == UInt8(ascii: ":") else { throw fail("expected :") }
                    position += 1
                    guard members[key] == nil else { throw fail("duplicate key \(key)") }
                    members[key] = try value()
                    skipSpace()
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    guard bytes[position] == UInt8(ascii: "}") else { throw fail("expected , or }") }
                    position += 1
                    return .object(members)
                }
            case UInt8(ascii: "["):
                position += 1
                var values: [JSON] = []
                skipSpace()
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(values) }
                while true {
                    values.append(try value())
                    skipSpace()
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    guard bytes[position] == UInt8(ascii: "]") else { throw fail("expected , or ]") }
                    position += 1
                    return .array(values)
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default:
                let start = position
                var isInteger = true
                while position < bytes.count, let scalar = Optional(bytes[position]),
                      (scalar >= 0x30 && scalar <= 0x39) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                                                             UInt8(ascii: "e"), UInt8(ascii: "E")].contains(scalar) {
                    if !(scalar >= 0x30 && scalar <= 0x39) && scalar != UInt8(ascii: "-") { isInteger = false }
                    position += 1
                }
                guard let number = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
                    throw fail("bad value")
                }
                return .number(number, isInteger: isInteger)
            }
        }

        mutating func literal(_ word: String, _ value: JSON) throws -> JSON {
            let expected = Array(word.utf8)
            guard position + expected.count <= bytes.count, Array(bytes[position..<position + expected.count]) == expected
            else { throw fail("bad literal") }
            position += expected.count
            return value
        }

        mutating func string() throws -> String {
            position += 1
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() {
                scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                raw.removeAll()
            }
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") { position += 1; flush(); return String(scalars) }
                if byte < 0x20 { throw fail("control character in string") }
                if byte == UInt8(ascii: "\\") {
                    flush()
                    position += 1
                    let escape = bytes[position]
                    position += 1
                    switch escape {
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800..<0xDC00).contains(code) {
                            guard bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                                throw fail("lone surrogate")
                            }
                            position += 2
                            let low = try hex4()
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw fail("bad escape") }
                        scalars.append(scalar)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                        scalars.append(Unicode.Scalar(escape))
                    default: throw fail("bad escape")
                    }
                    continue
                }
                raw.append(byte)
                position += 1
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard position + 4 <= bytes.count,
                  let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
            else { throw fail("bad \\u escape") }
            position += 4
            return value
        }
    }
}
