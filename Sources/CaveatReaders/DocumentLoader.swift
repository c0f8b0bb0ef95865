public import CaveatDocument

/// Reads a file from disk or memory, decodes it and hands it to the reader for its format.
public struct DocumentLoader: Sendable {
    private let decoder = SourceDecoder()
    private let assembler: DocumentAssembler

    /// - Parameter assembler: shared by all readers, so every format ends in the same document shape.
    public init(assembler: DocumentAssembler = DocumentAssembler()) {
        self.assembler = assembler
    }

    /// The format a path's extension names (`.html`/`.htm`, `.txt`, `.md`/`.markdown`), or `nil`.
    public static func format(forPath path: String) -> DocumentFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml": return .html
        case "txt", "text": return .text
        case "md", "markdown", "mdown", "mkd": return .markdown
        default: return nil
        }
    }

    /// The reader used for a format.
    public func reader(for format: DocumentFormat) -> any DocumentReader {
        switch format {
        case .html: HTMLReader(assembler: assembler)
        case .text: PlainTextReader(markdown: false, assembler: assembler)
        case .markdown: MarkdownReader(assembler: assembler)
        }
    }

    /// Reads and parses the file at `path`; the format comes from `format`, else the extension, else the content.
    public func load(path: String, format: DocumentFormat? = nil) -> Result<Document, ReadFailure> {
        switch FileBytes.read(path: path) {
        case .success(let bytes): load(bytes: bytes, path: path, format: format)
        case .failure(let failure): .failure(failure)
        }
    }

    /// Parses bytes already in memory (standard input, tests); `path` is used for reporting and the format.
    /// - Parameter charset: the charset declared outside the bytes (an HTTP header in a web archive).
    public func load(bytes: [UInt8], path: String, format: DocumentFormat? = nil,
                     charset: String? = nil) -> Result<Document, ReadFailure> {
        let format = format ?? DocumentLoader.format(forPath: path) ?? DocumentLoader.sniff(bytes)
        switch decoder.decode(bytes, path: path, format: format, transportCharset: charset) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let decoded):
            var document = reader(for: format).read(decoded.source)
            document.diagnostics.insert(contentsOf: decoded.diagnostics, at: 0)
            return .success(document)
        }
    }

    /// HTML when the first bytes look like markup (`<!doctype`, `<html`, `<head`, `<body`), otherwise text.
    static func sniff(_ bytes: [UInt8]) -> DocumentFormat {
        let prefix = bytes.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let lowered = String(decoding: prefix, as: UTF8.self)
        for marker in ["<!doctype html", "<html", "<head", "<body"] where lowered.contains(marker) { return .html }
        return .text
    }
}
