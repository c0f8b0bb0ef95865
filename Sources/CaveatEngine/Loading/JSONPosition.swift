/// A 1-based line and column (in Unicode scalars) in a JSON file.
struct JSONPosition: Sendable, Hashable {
    var line: Int
    var column: Int
}
