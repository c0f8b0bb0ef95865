/// The status line and header fields of an HTTP response as a WARC `response` record stores it, and where its
/// payload starts.
struct HTTPResponseHead {
    var status: Int
    var fields: [(name: String, value: String)]
    /// Index in the record block of the first payload byte.
    var payloadStart: Int

    /// Parses the head at the start of `block`; `nil` when it is not an HTTP response.
    init?(_ block: [UInt8]) {
        guard block.starts(with: "HTTP/".utf8) else { return nil }
        var end: Int?
        var index = 0
        while index < block.count {
            if block[index] == 0x0A {
                if index + 1 < block.count, block[index + 1] == 0x0A { end = index + 2; break }
                if index + 2 < block.count, block[index + 1] == 0x0D, block[index + 2] == 0x0A { end = index + 3; break }
            }
            index += 1
        }
        // A head with no blank line (a response with no body) is a head all the same.
        payloadStart = end ?? block.count
        let head = block[..<payloadStart]
        let statusLine = head.prefix { $0 != 0x0A && $0 != 0x0D }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2)
        status = parts.count >= 2 ? Int(String(decoding: parts[1], as: UTF8.self)) ?? 0 : 0
        fields = WARCReader.parseFields(head)
    }

    func field(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }
}

/// A `Content-Type` value split into its media type and `charset` parameter.
struct MediaType: Equatable {
    /// Lowercased `type/subtype`.
    var essence: String
    /// Lowercased `charset` parameter without quotes, when present.
    var charset: String?

    init(_ value: String) {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        essence = String(parts.first ?? "").trimmed.lowercased()
        charset = nil
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmed.lowercased() == "charset" else { continue }
            var label = String(pair[1]).trimmed
            if label.hasPrefix("\"") && label.hasSuffix("\"") && label.count >= 2 { label = String(label.dropFirst().dropLast()) }
            charset = label.isEmpty ? nil : label.lowercased()
        }
    }

    var isHTML: Bool { essence == "text/html" || essence == "application/xhtml+xml" }
}
