public import CaveatDocument
public import CaveatEngine
public import CaveatReaders

/// One thing to lint: a file found on disk, standard input, or a document in a web archive.
public struct Input: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        /// A file; `path` is how the user named it (relative paths stay relative).
        case file
        /// Standard input, read once, in the given format.
        case standardInput(DocumentFormat)
        /// A document inside a web archive (`path` is its target URI); `archive` is the file it came from, whose
        /// folder decides the configuration.
        case archiveDocument(ArchiveDocument, archive: String)
        /// Something that could not be read (a damaged archive record), reported in its place in the input order.
        case unreadable(InputError)
    }

    /// The path shown in reports (`<stdin>` or the name given with `--stdin-path`).
    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }
}
