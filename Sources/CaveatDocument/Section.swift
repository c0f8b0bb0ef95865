/// A part of the document that starts at a heading and runs to the next heading of the same or a
/// higher level. Blocks before the first heading belong to no section.
public struct Section: Sendable, Hashable {
    /// Heading level, 1 to 6.
    public var level: Int
    /// The heading text.
    public var title: String
    /// Index of the heading block in `Document.blocks`.
    public var headingBlock: Int
    /// Index of the enclosing section in `Document.sections`, if any.
    public var parent: Int?

    public init(level: Int, title: String, headingBlock: Int, parent: Int?) {
        self.level = level
        self.title = title
        self.headingBlock = headingBlock
        self.parent = parent
    }
}
