/// What a page says about itself, when it says it.
public struct Metadata: Sendable, Hashable, Codable {
    public var title: String?
    /// The language tag (`<html lang>`, `content-language`), e.g. `en-US`.
    public var language: String?
    public var description: String?
    public var author: String?
    /// Publication date as written (ISO 8601 when the page uses `<time datetime>` or `article:published_time`).
    public var published: String?
    public var modified: String?
    public var canonicalURL: String?

    public init(title: String? = nil, language: String? = nil, description: String? = nil, author: String? = nil,
                published: String? = nil, modified: String? = nil, canonicalURL: String? = nil) {
        self.title = title
        self.language = language
        self.description = description
        self.author = author
        self.published = published
        self.modified = modified
        self.canonicalURL = canonicalURL
    }
}
