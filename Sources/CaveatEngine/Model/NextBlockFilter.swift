import CaveatDocument

/// Keeps an occurrence only when the block after its own (the next block in the same region, whatever its kind) is,
/// or is not, of some kinds: `"next_block": { "kinds": ["list-item"], "is": false }` finds a list introduction
/// with no list after it. The last block has no next block, which is never of the kinds.
struct NextBlockFilter: Sendable {
    let kinds: Set<BlockKind>
    /// `true`: the next block must be of `kinds`; `false`: it must not be.
    let matches: Bool
}
