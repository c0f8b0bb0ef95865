/// One record of a WARC file (ISO 28500): its named fields and its content block.
public struct WARCRecord: Sendable {
    /// 1-based position of the record in its file.
    public var number: Int
    /// Where the record starts in the file: the gzip member's offset in a `.warc.gz`, the byte offset in a `.warc`.
    public var offset: Int
    /// The header fields in file order, names as written.
    public var fields: [(name: String, value: String)]
    /// The content block (`Content-Length` bytes).
    public var block: [UInt8]

    public init(number: Int, offset: Int, fields: [(name: String, value: String)], block: [UInt8]) {
        self.number = number
        self.offset = offset
        self.fields = fields
        self.block = block
    }

    /// The first field with this name, compared without regard to case.
    public func field(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// `WARC-Type`, lowercased (`response`, `resource`, `conversion`, `request`, `metadata`, `warcinfo`, …).
    public var type: String { field("WARC-Type")?.lowercased() ?? "" }

    /// `WARC-Target-URI`, without the angle brackets WARC 1.1 allows around it.
    public var targetURI: String? {
        guard var uri = field("WARC-Target-URI") else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        return uri.isEmpty ? nil : uri
    }

    /// How error messages name the record: `record 12 (offset 3456, https://example.org/)`.
    public var label: String {
        WARCRecord.label(number: number, offset: offset, uri: targetURI)
    }

    static func label(number: Int, offset: Int, uri: String?) -> String {
        "record \(number) (offset \(offset)" + (uri.map { ", " + $0 } ?? "") + ")"
    }
}
