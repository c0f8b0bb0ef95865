internal import CLibXML2
import CaveatDocument

/// Everything one HTML parse accumulates, fed by libxml2's SAX callbacks through an `HTMLParseBox`.
///
/// A struct rather than a class so that each callback costs one exclusivity check on the box instead of one
/// per property access; it lives only for the duration of one `HTMLReader.read` call.
struct HTMLParseState {
    /// A link whose element is still open.
    private struct OpenLink {
        var target: String
        var targetSourceRange: Range<Int>?
        /// Where its text starts in the block being collected.
        var start: Int
        var emitted: Bool
        var namesAuthor: Bool
    }

    private static let maximumDiagnostics = 50

    let source: SourceText
    let bytes: UnsafeBufferPointer<UInt8>
    var context: htmlParserCtxtPtr?
    private(set) var aligner: HTMLSourceAligner
    private let locator: HTMLTagLocator
    /// Source offset up to which markup and text have been accounted for.
    private var cursor = 0
    private var frames: [HTMLFrame] = [.root]
    private var builder = HTMLTextBuilder(preformatted: false)
    private var builderLinks: [Link] = []
    private var openLinks: [OpenLink] = []
    private(set) var drafts: [BlockDraft] = []
    private var draftInMain: [Bool] = []
    private var sawMain = false
    private var metadata = HTMLMetadataCollector()
    private(set) var diagnostics: [Diagnostic] = []
    private var droppedDiagnostics = 0
    private(set) var directives: [DirectiveComment] = []
    /// libxml2 interns element names, so the same pointer always names the same element.
    private var elementsByPointer: [UnsafePointer<UInt8>: Int32] = [:]
    private var elementsByName: [String: Int32] = [:]
    private var elements: [HTMLElementInfo] = []

    init(source: SourceText, bytes: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.bytes = bytes
        self.aligner = HTMLSourceAligner(source: bytes)
        self.locator = HTMLTagLocator(source: bytes)
    }

    /// The parser's byte offset in the input (no encoder is ever installed, so it is an offset in `bytes`).
    private var position: Int {
        guard let input = context?.pointee.input?.pointee, let base = input.base, let current = input.cur else {
            return cursor
        }
        return min(bytes.count, Int(input.consumed) + base.distance(to: current))
    }

    // MARK: - SAX events

    mutating func startElement(_ namePointer: UnsafePointer<UInt8>, _ pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let element = lookupElement(namePointer)
        let info = elements[Int(element)]
        let name = info.name
        let tagEnd = position
        let attributes = HTMLAttributes(pairs)
        var tagStart: Int?
        if tagEnd >= cursor, let start = locator.startTag(named: name, from: cursor, before: tagEnd) {
            tagStart = start
            if tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: ">") {
                cursor = tagEnd + 1
            } else if tagEnd + 1 < bytes.count, bytes[tagEnd] == UInt8(ascii: "/"), bytes[tagEnd + 1] == UInt8(ascii: ">") {
                cursor = tagEnd + 2
            } else {
                cursor = tagEnd
            }
        }
        let parent = frames[frames.count - 1]
        var frame = makeFrame(element: element, info: info, attributes: attributes, parent: parent)

        if frame.isBlock {
            flushBlock(owner: frames[parent.owner])
            frame.owner = frames.count
            builder.reset(preformatted: frame.preformatted)
        } else {
            frame.owner = parent.owner
        }

        switch info.tag {
        case .html: metadata.noteHTML(attributes)
        case .meta: metadata.noteMeta(attributes)
        case .link: metadata.noteLink(attributes)
        case .time: metadata.noteTime(attributes)
        case .br:
            if frame.collectsText { builder.appendBreak(source: (tagStart ?? tagEnd)..<max(cursor, tagStart ?? tagEnd)) }
        case .img:
            if frame.collectsText, let alt = attributes.alt {
                appendAltText(alt, frame: frame, tagStart: tagStart, tagEnd: tagEnd)
            }
        case .a:
            if frame.collectsText, let href = attributes.href {
                let range = tagStart.flatMap { locator.attributeValue("href", tagStart: $0, tagEnd: tagEnd) }
                openLinks.append(OpenLink(target: trimmed(href), targetSourceRange: range, start: builder.count,
                                          emitted: false, namesAuthor: attributes.relContains("author")))
                frame.opensLink = true
            }
        default:
            break
        }
        frames.append(frame)
    }

    mutating func endElement(_ namePointer: UnsafePointer<UInt8>) {
        let element = lookupElement(namePointer)
        let end = position
        if end > cursor, locator.isEndTag(named: elements[Int(element)].name, endingAt: end) { cursor = end }
        guard let index = frames.lastIndex(where: { $0.element == element }), index > 0 else { return }
        while frames.count > index { popFrame() }
    }

    mutating func characters(_ pointer: UnsafePointer<UInt8>, _ length: Int) {
        guard length > 0, frames[frames.count - 1].collectsText else { return }
        let decoded = UnsafeBufferPointer(start: pointer, count: length)
        cursor = aligner.align(decoded, from: cursor, limit: bytes.count, hint: max(position, cursor),
                               skipsMarkup: true, into: &builder)
    }

    mutating func comment(_ pointer: UnsafePointer<UInt8>) {
        let end = position
        let isComplete = end >= 3 && end <= bytes.count && bytes[end - 1] == UInt8(ascii: ">")
        let text = trimmed(String(cString: pointer))
        if text.hasPrefix("caveat-") {
            let start = commentStart(before: end) ?? end
            directives.append(DirectiveComment(text: text, sourceRange: start..<end))
        }
        if isComplete, end > cursor { cursor = end }
    }

    mutating func error(_ error: UnsafePointer<xmlError>) {
        let code = Int(error.pointee.code)
        // HTML5 and custom elements are valid; libxml2 only knows HTML 4.
        if code == Int(XML_HTML_UNKNOWN_TAG.rawValue) { return }
        guard diagnostics.count < HTMLParseState.maximumDiagnostics else {
            droppedDiagnostics += 1
            return
        }
        let message = error.pointee.message.map { trimmed(String(cString: $0)) } ?? "parse error \(code)"
        diagnostics.append(Diagnostic(severity: .warning, code: "html-parse", message: "malformed HTML: \(message)",
                                      location: source.location(at: position)))
    }

    // MARK: - Results

    /// Closes everything still open and settles regions and metadata.
    mutating func finish() -> (drafts: [BlockDraft], metadata: Metadata, diagnostics: [Diagnostic],
                      directives: [DirectiveComment]) {
        while frames.count > 1 { popFrame() }
        flushBlock(owner: frames[0])
        if sawMain {
            for index in drafts.indices where drafts[index].region == .body && !draftInMain[index]
                && drafts[index].kind != .title {
                drafts[index].region = .chrome
            }
        }
        if droppedDiagnostics > 0 {
            diagnostics.append(Diagnostic(severity: .note, code: "html-parse",
                                          message: "\(droppedDiagnostics) more HTML parse problems not listed"))
        }
        let title = drafts.first(where: { $0.kind == .title })?.text
        return (drafts, metadata.metadata(title: title), diagnostics, directives)
    }

    // MARK: - Private

    /// The element-table index for a name; libxml2 interns names, so most lookups hit the pointer cache.
    private mutating func lookupElement(_ pointer: UnsafePointer<UInt8>) -> Int32 {
        if let known = elementsByPointer[pointer] { return known }
        let name = String(cString: pointer)
        let index: Int32
        if let known = elementsByName[name] {
            index = known
        } else {
            index = Int32(elements.count)
            elements.append(HTMLElementInfo.info(for: name))
            elementsByName[name] = index
        }
        elementsByPointer[pointer] = index
        return index
    }

    private mutating func makeFrame(element: Int32, info: HTMLElementInfo, attributes: HTMLAttributes,
                           parent: HTMLFrame) -> HTMLFrame {
        let tag = info.tag
        var frame = parent
        frame.element = element
        frame.tag = tag
        frame.opensLink = false
        frame.isBlock = info.layout == .block
        if info.layout == .ignored || attributes.hidden || attributes.ariaHidden || attributes.styleHides
            || tag == .head {
            frame.collectsText = false
        } else if tag == .title, parent.tag == .head || parent.collectsText {
            frame.collectsText = true
        }
        if frame.isBlock {
            frame.kind = info.kind
            frame.level = info.level
            if info.kind == .paragraph, parent.isBlock, tag == .p || tag == .div {
                switch parent.kind {
                case .listItem, .tableCell, .blockquote, .caption: frame.kind = parent.kind
                default: break
                }
            }
            frame.preformatted = parent.preformatted || info.kind == .preformatted
        }

        let role = attributes.role
        let roleIsMain = role.map { $0.lowercased().split(separator: " ").contains("main") } == true
        let insideStructuralChrome = parent.region != .body && parent.regionIsStructural
        if tag == .main || roleIsMain || (tag == .article && !insideStructuralChrome) {
            frame.region = .body
            frame.regionIsStructural = false
            frame.inMain = true
            if frame.collectsText { sawMain = true }
        }
        if let region = info.region, !(frame.inMain && (region == .header || region == .footer)) {
            frame.region = region
            frame.regionIsStructural = true
        }
        if let role, let region = HTMLChromeClassifier.region(forRole: role),
           !(frame.inMain && (region == .header || region == .footer)) {
            frame.region = region
            frame.regionIsStructural = true
        }
        if attributes.ariaModal {
            frame.region = .banner
            frame.regionIsStructural = true
        }
        if tag != .html, tag != .body, tag != .main, tag != .article, !roleIsMain,
           !attributes.isEmpty {
            let byName = attributes.bytes("class").flatMap { HTMLChromeClassifier.region(forNames: $0, insideArticle: frame.inMain) }
                ?? attributes.bytes("id").flatMap { HTMLChromeClassifier.region(forNames: $0, insideArticle: frame.inMain) }
            if let byName {
                frame.region = byName
                frame.regionIsStructural = false
            }
        }
        if tag == .title { frame.region = .body }
        return frame
    }

    private mutating func popFrame() {
        let frame = frames.removeLast()
        if frame.opensLink { closeLink() }
        if frame.isBlock {
            flushBlock(owner: frame)
            builder.reset(preformatted: frames[frames[frames.count - 1].owner].preformatted)
        }
    }

    /// Turns the text collected for `owner` into a block, carrying open links over to the next block.
    private mutating func flushBlock(owner: HTMLFrame) {
        // Most block boundaries (`<ul>`, `<tr>`, closing tags after a flush) have nothing to emit.
        if builder.isEmpty, openLinks.isEmpty, builderLinks.isEmpty {
            builder.reset(preformatted: builder.preformatted)
            return
        }
        let finished = builder.finish()
        let count = finished?.text.utf8.count ?? 0
        for index in openLinks.indices {
            let range = linkRange(start: openLinks[index].start, end: count)
            if !range.isEmpty {
                builderLinks.append(Link(target: openLinks[index].target, textRange: range,
                                         targetSourceRange: openLinks[index].targetSourceRange))
                openLinks[index].emitted = true
            }
            openLinks[index].start = 0
        }
        if let finished {
            var links = builderLinks
            for index in links.indices where links[index].textRange.upperBound > count {
                let range = links[index].textRange
                links[index].textRange = min(range.lowerBound, count)..<count
            }
            drafts.append(BlockDraft(kind: owner.kind, level: owner.level, region: owner.region,
                                     text: finished.text, map: finished.map, element: elementName(owner),
                                     links: links))
            draftInMain.append(owner.inMain)
        }
        builderLinks.removeAll(keepingCapacity: true)
        builder.reset(preformatted: builder.preformatted)
    }

    private func elementName(_ frame: HTMLFrame) -> String {
        frame.element < 0 ? "body" : elements[Int(frame.element)].name
    }

    private mutating func closeLink() {
        guard let link = openLinks.popLast() else { return }
        let range = linkRange(start: link.start, end: builder.count)
        if !range.isEmpty || !link.emitted {
            builderLinks.append(Link(target: link.target, textRange: range, targetSourceRange: link.targetSourceRange))
        }
        if link.namesAuthor, !range.isEmpty {
            metadata.noteAuthorLinkText(String(decoding: builder.text[range], as: UTF8.self))
        }
    }

    /// A link's text range without the separating spaces at either end.
    private func linkRange(start: Int, end: Int) -> Range<Int> {
        var lower = min(start, end)
        var upper = end
        let text = builder.text
        while lower < upper, lower < text.count, text[lower] == 0x20 { lower += 1 }
        while upper > lower, upper <= text.count, text[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    private mutating func appendAltText(_ alt: String, frame: HTMLFrame, tagStart: Int?, tagEnd: Int) {
        var altBuilder = HTMLTextBuilder(preformatted: false)
        var alt = alt
        let valueRange = tagStart.flatMap { locator.attributeValue("alt", tagStart: $0, tagEnd: tagEnd) }
        alt.withUTF8 { decoded in
            if let valueRange {
                _ = aligner.align(decoded, from: valueRange.lowerBound, limit: valueRange.upperBound,
                                  hint: valueRange.upperBound, skipsMarkup: false, into: &altBuilder)
            } else {
                altBuilder.appendUnaligned(decoded, source: (tagStart ?? tagEnd)..<tagEnd)
            }
        }
        guard let finished = altBuilder.finish() else { return }
        let count = finished.text.utf8.count
        var links: [Link] = []
        for index in openLinks.indices {
            links.append(Link(target: openLinks[index].target, textRange: 0..<count,
                              targetSourceRange: openLinks[index].targetSourceRange))
            openLinks[index].emitted = true
        }
        drafts.append(BlockDraft(kind: .altText, region: frame.region, text: finished.text, map: finished.map,
                                 element: "img@alt", links: links))
        draftInMain.append(frame.inMain)
    }

    /// The `<!--` of the comment that ends at `end`.
    private func commentStart(before end: Int) -> Int? {
        var index = min(cursor, end)
        while index + 3 < end {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                return index
            }
            index += 1
        }
        index = end - 4
        while index >= 0 {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                return index
            }
            index -= 1
        }
        return nil
    }

    private func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
