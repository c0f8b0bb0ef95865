import CaveatDocument

/// Gathers what a page says about itself while it is parsed, then settles which source wins.
struct HTMLMetadataCollector {
    private var language: String?
    private var description: String?
    private var author: String?
    private var linkAuthor: String?
    private var articlePublished: String?
    private var metaDate: String?
    private var timeDate: String?
    private var modified: String?
    private var canonical: String?
    private var contentLanguage: String?

    mutating func noteHTML(_ attributes: HTMLAttributes) {
        if language == nil, let lang = trimmed(attributes.lang) { language = lang }
    }

    mutating func noteMeta(_ attributes: HTMLAttributes) {
        guard let content = trimmed(attributes.content) else { return }
        let key = (attributes.name ?? attributes.property ?? "").lowercased()
        switch key {
        case "description":
            if description == nil { description = content }
        case "author", "dc.creator", "article:author":
            if author == nil, key == "author" || !content.hasPrefix("http") { author = content }
        case "article:published_time", "og:published_time":
            if articlePublished == nil { articlePublished = content }
        case "date", "dc.date", "dcterms.date", "dc.date.issued", "publish-date", "pubdate", "publication_date":
            if metaDate == nil { metaDate = content }
        case "article:modified_time", "og:updated_time", "dcterms.modified", "last-modified":
            if modified == nil { modified = content }
        default:
            break
        }
        if attributes.httpEquiv?.lowercased() == "content-language", contentLanguage == nil {
            contentLanguage = content
        }
    }

    mutating func noteLink(_ attributes: HTMLAttributes) {
        if attributes.relContains("canonical"), canonical == nil, let href = trimmed(attributes.href) {
            canonical = href
        }
    }

    mutating func noteTime(_ attributes: HTMLAttributes) {
        if timeDate == nil, let datetime = trimmed(attributes.datetime) { timeDate = datetime }
    }

    /// The text of a `rel=author` link, used when no `<meta name=author>` exists.
    mutating func noteAuthorLinkText(_ text: String) {
        if linkAuthor == nil, !text.isEmpty { linkAuthor = text }
    }

    func metadata(title: String?) -> Metadata {
        Metadata(title: title, language: language ?? contentLanguage, description: description,
                 author: author ?? linkAuthor, published: articlePublished ?? metaDate ?? timeDate,
                 modified: modified, canonicalURL: canonical)
    }

    private func trimmed(_ value: String?) -> String? {
        guard let value else { return nil }
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        return String(scalars[first...last])
    }
}
