internal import CLibXML2
public import CaveatDocument

/// Reads HTML with libxml2's forgiving HTML parser and maps every byte of extracted text to its exact
/// source bytes.
///
/// The parser runs in SAX mode (no tree is built), so memory stays proportional to the page and nesting
/// depth costs nothing beyond a stack entry. Network access is off and nothing is printed; parse problems
/// become `html-parse` diagnostics. Safe to use from several threads at once: each read has its own parser.
public struct HTMLReader: DocumentReader {
    /// libxml2 must be initialised once before threads parse concurrently; a global `let` runs this once.
    private static let libraryReady: Bool = {
        xmlInitParser()
        return true
    }()

    private let assembler: DocumentAssembler

    /// - Parameter assembler: turns the extracted blocks into a document (sections, sentences, tokens).
    public init(assembler: DocumentAssembler = DocumentAssembler()) {
        self.assembler = assembler
    }

    public func read(_ source: SourceText) -> Document {
        let extraction = HTMLReader.extract(source)
        return assembler.assemble(source: source, format: .html, drafts: extraction.drafts,
                                  metadata: extraction.metadata, diagnostics: extraction.diagnostics,
                                  directives: extraction.directives)
    }

    /// The blocks, metadata, diagnostics and directives of a page, before assembly.
    static func extract(_ source: SourceText) -> (drafts: [BlockDraft], metadata: Metadata,
                                                  diagnostics: [Diagnostic], directives: [DirectiveComment]) {
        let result = extractWithStatistics(source)
        return (result.drafts, result.metadata, result.diagnostics, result.directives)
    }

    /// `extract` plus how many text runs could not be aligned exactly with the source (tests watch this).
    static func extractWithStatistics(_ source: SourceText)
        -> (drafts: [BlockDraft], metadata: Metadata, diagnostics: [Diagnostic], directives: [DirectiveComment],
            alignmentFailures: Int) {
        _ = libraryReady
        return source.utf8.withUnsafeBufferPointer { bytes in
            let box = HTMLParseBox(HTMLParseState(source: source, bytes: bytes))
            func finish() -> (drafts: [BlockDraft], metadata: Metadata, diagnostics: [Diagnostic],
                              directives: [DirectiveComment], alignmentFailures: Int) {
                let result = box.state.finish()
                return (result.drafts, result.metadata, result.diagnostics, result.directives,
                        box.state.aligner.failures)
            }
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else {
                return finish()
            }
            let created = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlCreateMemoryParserCtxt($0, Int32(bytes.count))
            }
            guard let context = created else { return finish() }
            defer { htmlFreeParserCtxt(context) }
            context.pointee.sax.pointee = HTMLReader.handler
            context.pointee.userData = Unmanaged.passUnretained(box).toOpaque()
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
                | XML_PARSE_HUGE.rawValue
            _ = htmlCtxtUseOptions(context, Int32(bitPattern: options))
            // The source is already UTF-8. Declaring it keeps libxml2 from guessing Latin-1 at the first
            // non-ASCII byte and installing a converter, which would also break byte positions.
            _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            box.state.context = context
            _ = withExtendedLifetime(box) { htmlParseDocument(context) }
            box.state.context = nil
            return finish()
        }
    }

    /// SAX callbacks; C cannot capture context, so each one recovers the state from `userData`.
    private static var handler: htmlSAXHandler {
        var sax = htmlSAXHandler()
        sax.startElement = { user, name, attributes in
            guard let name else { return }
            HTMLParseBox.from(user)?.state.startElement(name, attributes)
        }
        sax.endElement = { user, name in
            guard let name else { return }
            HTMLParseBox.from(user)?.state.endElement(name)
        }
        sax.characters = { user, characters, length in
            guard let characters else { return }
            HTMLParseBox.from(user)?.state.characters(characters, Int(length))
        }
        sax.ignorableWhitespace = sax.characters
        // Script and style bodies are not text; a no-op keeps libxml2 from sending them as characters.
        sax.cdataBlock = { _, _, _ in }
        sax.comment = { user, text in
            guard let text else { return }
            HTMLParseBox.from(user)?.state.comment(text)
        }
        sax.serror = { user, error in
            guard let error else { return }
            HTMLParseBox.from(user)?.state.error(error)
        }
        // The magic number tells libxml2 to route errors through `serror` instead of printing them.
        sax.initialized = 0xDEED_BEAF
        return sax
    }
}
