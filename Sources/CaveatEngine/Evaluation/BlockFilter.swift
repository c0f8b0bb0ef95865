import CaveatDocument

/// The regions and block kinds a rule looks at; rules that share one share its block mask.
struct BlockFilter: Sendable, Hashable {
    var regions: Set<Region>
    var kinds: Set<BlockKind>
}
