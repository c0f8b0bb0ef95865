/// The markup a document was read from.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case html
    case text
    case markdown
}
