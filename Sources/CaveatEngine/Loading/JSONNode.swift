/// A parsed JSON value that remembers where it was written, so loader errors can name a line and column.
struct JSONNode: Sendable {
    /// A member of an object, with the position of its key.
    struct Member: Sendable {
        var key: String
        var keyPosition: JSONPosition
        var value: JSONNode
    }

    enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    var value: Value
    /// Where the value starts.
    var position: JSONPosition
    /// The JSON pointer of the value (`/rules/0/id`).
    var pointer: String

    /// A name for the value's type, for error messages.
    var typeName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    var bool: Bool? {
        if case .bool(let bool) = value { return bool }
        return nil
    }

    /// The member with a key, if this is an object that has it.
    subscript(key: String) -> JSONNode? {
        members?.first { $0.key == key }?.value
    }
}
