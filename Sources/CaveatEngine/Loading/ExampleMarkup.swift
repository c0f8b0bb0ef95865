/// Reads `[[`…`]]` span markers in example texts.
enum ExampleMarkup {
    /// The text without markers and the marked UTF-8 byte ranges in it.
    struct Parsed: Sendable, Hashable {
        var text: String
        var spans: [Range<Int>]
    }

    enum Problem: Error, Equatable {
        case unbalanced
        case nested
        case empty
    }

    static func parse(_ marked: String) -> Result<Parsed, Problem> {
        let bytes = Array(marked.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var spans: [Range<Int>] = []
        var open: Int?
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[") {
                if open != nil { return .failure(.nested) }
                open = output.count
                index += 2
                continue
            }
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "]") {
                guard let start = open else { return .failure(.unbalanced) }
                if start == output.count { return .failure(.empty) }
                spans.append(start..<output.count)
                open = nil
                index += 2
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        if open != nil { return .failure(.unbalanced) }
        return .success(Parsed(text: String(decoding: output, as: UTF8.self), spans: spans))
    }
}
