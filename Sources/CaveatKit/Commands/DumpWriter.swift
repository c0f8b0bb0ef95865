import CaveatDocument
import Foundation

/// Writes `caveat dump`'s JSON array piece by piece: the document header once, then each block on its own, so a
/// 50 MB page never needs its whole JSON tree in memory. The bytes are the same as encoding `[DocumentJSON]` in
/// one go with pretty-printed, sorted keys.
struct DumpWriter {
    private let encoder: JSONEncoder
    private let emit: (String) -> Void
    private var documents = 0

    init(emit: @escaping (String) -> Void) {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        self.emit = emit
    }

    mutating func begin() {
        emit("[\n")
    }

    mutating func write(_ document: Document, includeTokens: Bool) throws {
        if documents > 0 { emit(",\n") }
        documents += 1
        let header = try encode(DocumentJSON(document, includeTokens: includeTokens, includeBlocks: false))
        // `blocks` sorts first; its empty array is replaced by the blocks, encoded one at a time.
        let marker = "\"blocks\" : ["
        guard !document.blocks.isEmpty, let open = header.range(of: marker),
              let close = header[open.upperBound...].firstIndex(of: "]") else {
            emit(Self.indent(header, by: 2))
            return
        }
        emit(Self.indent(String(header[..<open.upperBound]), by: 2) + "\n")
        for index in document.blocks.indices {
            let block = try encode(DocumentJSON.BlockJSON(document, index: index, includeTokens: includeTokens))
            emit(Self.indent(block, by: 6) + (index + 1 < document.blocks.count ? ",\n" : "\n"))
        }
        emit("    " + Self.indent(String(header[close...]), by: 2).dropFirst(2))
    }

    mutating func end() {
        emit(documents == 0 ? "]\n" : "\n]\n")
    }

    private func encode<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Prefixes every non-empty line with `count` spaces, as the encoder indents nested values (JSON strings hold
    /// no raw line breaks, so lines are safe to split; the encoder leaves the inside of `[]` as an empty line).
    private static func indent(_ text: String, by count: Int) -> String {
        let pad = String(repeating: " ", count: count)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
