/// The VM threads alive at one text position, in priority order, with each thread's match start.
///
/// A sparse set over instruction indexes (Briggs & Torczon): insert, membership and clear are O(1) and nothing is
/// allocated while matching. Each instruction holds at most one thread, which is what bounds the work per position.
final class RegexThreadList {
    private(set) var count = 0
    /// Instruction indexes in insertion (priority) order.
    let dense: UnsafeMutablePointer<Int32>
    /// For each instruction, its position in `dense` (meaningful only when `dense` agrees).
    private let sparse: UnsafeMutablePointer<Int32>
    /// For each instruction in the list, the byte offset where its thread's match began.
    let starts: UnsafeMutablePointer<Int>

    init(capacity: Int) {
        let size = max(capacity, 1)
        dense = .allocate(capacity: size)
        dense.initialize(repeating: 0, count: size)
        sparse = .allocate(capacity: size)
        sparse.initialize(repeating: 0, count: size)
        starts = .allocate(capacity: size)
        starts.initialize(repeating: 0, count: size)
    }

    deinit {
        dense.deallocate()
        sparse.deallocate()
        starts.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func contains(_ pc: Int32) -> Bool {
        let slot = Int(sparse[Int(pc)])
        return slot < count && dense[slot] == pc
    }

    /// Adds `pc`, which must not be in the list yet.
    @inline(__always)
    func insert(_ pc: Int32, start: Int) {
        sparse[Int(pc)] = Int32(count)
        dense[count] = pc
        starts[Int(pc)] = start
        count += 1
    }

    func removeAll() { count = 0 }
}
