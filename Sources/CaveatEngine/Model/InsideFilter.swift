/// Drops an occurrence that lies within an occurrence of another pattern in the same block, such as a brand name
/// inside a web address (`"not_inside": { "detector": ["url", "email"] }`).
final class InsideFilter: Sendable {
    let pattern: Pattern

    init(pattern: Pattern) {
        self.pattern = pattern
    }
}
