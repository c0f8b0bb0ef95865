import CaveatDocument

/// Decides which WARC records are documents: every `response` whose HTTP payload is HTML, and every `resource` or
/// `conversion` record that holds text (HTML, Markdown, plain text; Common Crawl's WET files are `conversion`
/// records of plain text). Everything else is skipped.
public enum ArchiveRecordClassifier {
    /// What `record`, read from `archive`, holds.
    public static func content(of record: WARCRecord, archive: String) -> ArchiveRecordContent {
        let name = record.targetURI ?? "\(archive)#record-\(record.number)"
        switch record.type {
        case "response":
            guard let head = HTTPResponseHead(record.block) else { return .skipped }
            let media = MediaType(head.field("Content-Type") ?? "")
            guard media.isHTML else { return .skipped }
            var payload = Array(record.block[head.payloadStart...])
            if let transfer = head.field("Transfer-Encoding")?.lowercased(), transfer.contains("chunked") {
                guard let decoded = ChunkedBody.decode(payload) else {
                    return .failure(failure(record, "malformed chunked transfer encoding in the HTTP payload"))
                }
                payload = decoded
            }
            if let encoding = head.field("Content-Encoding")?.lowercased().trimmed,
               ["gzip", "x-gzip", "deflate"].contains(encoding) {
                guard let inflated = PayloadInflater.inflate(payload, gzip: encoding != "deflate") else {
                    return .failure(failure(record, "cannot decompress the \(encoding) HTTP payload"))
                }
                payload = inflated
            } else if let encoding = head.field("Content-Encoding")?.lowercased().trimmed,
                      !encoding.isEmpty, encoding != "identity" {
                return .failure(failure(record, "unsupported Content-Encoding '\(encoding)'"))
            }
            return .document(ArchiveDocument(name: name, payload: payload, format: .html, charset: media.charset,
                                             record: record.number))
        case "resource", "conversion":
            let media = MediaType(record.field("Content-Type") ?? "")
            let format: DocumentFormat
            switch media.essence {
            case "text/html", "application/xhtml+xml": format = .html
            case "text/markdown", "text/x-markdown": format = .markdown
            case let essence where essence.hasPrefix("text/"): format = .text
            default: return .skipped
            }
            return .document(ArchiveDocument(name: name, payload: record.block, format: format,
                                             charset: media.charset, record: record.number))
        default:
            return .skipped
        }
    }

    private static func failure(_ record: WARCRecord, _ cause: String) -> WARCReadFailure {
        WARCReadFailure(code: "warc-payload", record: record.number, offset: record.offset, uri: record.targetURI,
                        cause: cause)
    }
}

/// HTTP/1.1 chunked transfer coding (RFC 9112 §7.1), undone.
enum ChunkedBody {
    static func decode(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var lineEnd = index
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            guard lineEnd < bytes.count else { return nil }
            let sizeText = String(decoding: bytes[index..<lineEnd].prefix { $0 != 0x3B && $0 != 0x0D }, as: UTF8.self)
            guard let size = Int(sizeText.trimmed, radix: 16), size >= 0 else { return nil }
            index = lineEnd + 1
            if size == 0 { return output }
            guard index + size <= bytes.count else { return nil }
            output.append(contentsOf: bytes[index..<index + size])
            index += size
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }
        return output
    }
}
