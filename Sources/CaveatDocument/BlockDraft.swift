/// A block as a reader extracts it, before sections, sentences and tokens are worked out.
public struct BlockDraft: Sendable {
    public var kind: BlockKind
    public var level: Int
    public var region: Region
    public var text: String
    public var map: TextMap
    public var element: String
    public var links: [Link]

    public init(kind: BlockKind, level: Int = 0, region: Region, text: String, map: TextMap, element: String,
                links: [Link] = []) {
        self.kind = kind
        self.level = level
        self.region = region
        self.text = text
        self.map = map
        self.element = element
        self.links = links
    }
}
