public import CaveatDocument

/// One thing to lint: a file found on disk, or standard input.
public struct Input: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        /// A file; `path` is how the user named it (relative paths stay relative).
        case file
        /// Standard input, read once, in the given format.
        case standardInput(DocumentFormat)
    }

    /// The path shown in reports (`<stdin>` or the name given with `--stdin-path`).
    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }
}
