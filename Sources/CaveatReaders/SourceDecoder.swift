#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import CaveatDocument

/// Turns a file's bytes into `SourceText`: UTF-8 by default, byte order marks removed, UTF-16 and
/// Windows-1252 (also for pages labelled Latin-1) transcoded, invalid UTF-8 replaced with U+FFFD.
/// Whenever the decoded text differs from the bytes on disk, an `OffsetTranslation` maps offsets back.
public struct SourceDecoder: Sendable {
    public init() {}

    /// Decodes `bytes`; fails only for binary files (a NUL byte outside UTF-16).
    /// - Parameters:
    ///   - format: HTML pages may declare their encoding in a `<meta>` tag.
    ///   - transportCharset: the charset the transport declared (HTTP `Content-Type`); it wins over `<meta>`, as in
    ///     browsers, and a byte order mark wins over both.
    public func decode(_ bytes: [UInt8], path: String, format: DocumentFormat,
                       transportCharset: String? = nil) -> Result<DecodedSource, ReadFailure> {
        bytes.withUnsafeBufferPointer { buffer in
            decode(buffer, original: bytes, path: path, format: format, transportCharset: transportCharset)
        }
    }

    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, original: [UInt8], path: String,
                        format: DocumentFormat, transportCharset: String?) -> Result<DecodedSource, ReadFailure> {
        let count = bytes.count
        if count == 0 { return .success(DecodedSource(source: SourceText(path: path, utf8: []))) }
        if count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return .success(decodeUTF16(bytes, bigEndian: false, path: path))
        }
        if count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return .success(decodeUTF16(bytes, bigEndian: true, path: path))
        }
        if let nul = SourceDecoder.firstNUL(bytes) {
            return .failure(ReadFailure(code: "binary-file", message: "binary file (NUL byte at offset \(nul))",
                                        path: path))
        }
        let hasBOM = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var diagnostics: [Diagnostic] = []
        if !hasBOM, let label = transportCharset ?? (format == .html ? CharsetSniffer.declaredCharset(bytes) : nil) {
            if Windows1252.labels.contains(label) {
                // Pages often declare Latin-1 but are really UTF-8; text that is valid UTF-8 with
                // non-ASCII characters is taken as UTF-8, as no real Latin-1 prose looks like that.
                if !(UTF8Validator.firstInvalid(bytes, from: 0) == nil && !UTF8Validator.isASCII(bytes)) {
                    return .success(decodeWindows1252(bytes, path: path))
                }
            } else if !["utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"].contains(label) {
                diagnostics.append(Diagnostic(severity: .note, code: "unsupported-encoding",
                                              message: "declared encoding '\(label)' is not supported; read as UTF-8"))
            }
        }
        var decoded = decodeUTF8(bytes, original: original, skipping: hasBOM ? 3 : 0, path: path)
        decoded.diagnostics.insert(contentsOf: diagnostics, at: 0)
        return .success(decoded)
    }

    /// The first NUL byte, found with `memchr` (the whole file is scanned, so this must be fast).
    private static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    private func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, original: [UInt8], skipping bom: Int,
                            path: String) -> DecodedSource {
        guard let firstBad = UTF8Validator.firstInvalid(bytes, from: bom) else {
            if bom == 0 { return DecodedSource(source: SourceText(path: path, utf8: original)) }
            var translation = OffsetTranslation()
            translation.record(decodedStart: 0, decodedLength: 0, originalStart: 0, originalLength: bom)
            return DecodedSource(source: SourceText(path: path, utf8: Array(bytes[bom...]), encoding: "utf-8",
                                                    translation: translation))
        }
        var translation = OffsetTranslation()
        if bom > 0 { translation.record(decodedStart: 0, decodedLength: 0, originalStart: 0, originalLength: bom) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[bom..<firstBad]))
        var index = firstBad
        var replaced = 0
        var firstBadDecoded = -1
        while index < bytes.count {
            let next = UTF8Validator.firstInvalid(bytes, from: index) ?? bytes.count
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<next]))
            index = next
            guard index < bytes.count else { break }
            if firstBadDecoded < 0 { firstBadDecoded = output.count }
            translation.record(decodedStart: output.count, decodedLength: 3, originalStart: index, originalLength: 1)
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            replaced += 1
            index += 1
        }
        let source = SourceText(path: path, utf8: output, encoding: "utf-8", translation: translation)
        let byte = String(bytes[firstBad], radix: 16, uppercase: true)
        let diagnostic = Diagnostic(
            severity: .warning, code: "invalid-encoding",
            message: "invalid UTF-8 byte 0x\(byte); \(replaced) invalid byte\(replaced == 1 ? "" : "s") replaced with U+FFFD",
            location: source.location(at: firstBadDecoded))
        return DecodedSource(source: source, diagnostics: [diagnostic])
    }

    private func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> DecodedSource {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var translation = OffsetTranslation()
        var buffer: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let length = HTMLEntityMatcher.encode(Windows1252.scalar(byte), into: &buffer)
            translation.record(decodedStart: output.count, decodedLength: length, originalStart: index, originalLength: 1)
            output.append(buffer.0)
            output.append(buffer.1)
            if length == 3 { output.append(buffer.2) }
        }
        return DecodedSource(source: SourceText(path: path, utf8: output, encoding: "windows-1252",
                                                translation: translation))
    }

    private func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, path: String) -> DecodedSource {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var translation = OffsetTranslation()
        translation.record(decodedStart: 0, decodedLength: 0, originalStart: 0, originalLength: 2)
        var buffer: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var index = 2
        var replaced = 0
        var firstBad = -1
        func unit(_ at: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1]) : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
        }
        while index < bytes.count {
            var scalar: UInt32 = 0xFFFD
            var consumed = 2
            if index + 1 >= bytes.count {
                consumed = 1
            } else {
                let first = unit(index)
                if first >= 0xD800 && first <= 0xDBFF, index + 3 < bytes.count {
                    let second = unit(index + 2)
                    if second >= 0xDC00 && second <= 0xDFFF {
                        scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                        consumed = 4
                    }
                } else if !(first >= 0xD800 && first <= 0xDFFF) {
                    scalar = first
                }
            }
            if scalar == 0xFFFD {
                replaced += 1
                if firstBad < 0 { firstBad = output.count }
            }
            let length = HTMLEntityMatcher.encode(scalar, into: &buffer)
            translation.record(decodedStart: output.count, decodedLength: length, originalStart: index,
                               originalLength: consumed)
            output.append(buffer.0)
            if length > 1 { output.append(buffer.1) }
            if length > 2 { output.append(buffer.2) }
            if length > 3 { output.append(buffer.3) }
            index += consumed
        }
        let encoding = bigEndian ? "utf-16be" : "utf-16le"
        let source = SourceText(path: path, utf8: output, encoding: encoding, translation: translation)
        var diagnostics: [Diagnostic] = []
        if firstBad >= 0 {
            diagnostics.append(Diagnostic(severity: .warning, code: "invalid-encoding",
                                          message: "invalid UTF-16; \(replaced) code unit\(replaced == 1 ? "" : "s") replaced with U+FFFD",
                                          location: source.location(at: firstBad)))
        }
        return DecodedSource(source: source, diagnostics: diagnostics)
    }
}
