/// The VM threads alive at one text position, in priority order, with each thread's match start.
///
/// A sparse set over instruction indexes (Briggs & Torczon): insert, membership and clear are O(1) and nothing is
/// allocated while matching. Each instruction holds at most one thread, which is what bounds the work per position.
/// Only consuming instructions and `match` hold threads; the splits, jumps and assertions passed on the way are
/// remembered separately (`visit`), so that dropping threads (`truncate`) also lets those be passed again.
///
/// Noncopyable rather than a class: it owns its buffers, and a struct's fields are checked for exclusive access at
/// compile time instead of on every access while matching.
struct RegexThreadList: ~Copyable {
    private(set) var count = 0
    /// Instruction indexes in insertion (priority) order.
    let dense: UnsafeMutablePointer<Int32>
    /// For each instruction, its position in `dense` (meaningful only when `dense` agrees).
    private let sparse: UnsafeMutablePointer<Int32>
    /// For each instruction in the list, the byte offset where its thread's match began.
    let starts: UnsafeMutablePointer<Int>
    /// For each instruction in the list, which search its thread belongs to (see `RegexVM.allMatches`).
    let levels: UnsafeMutablePointer<Int>
    /// `marks[pc] == epoch` when non-consuming instruction `pc` has been passed since the last change of epoch.
    private let marks: UnsafeMutablePointer<UInt32>
    private var epoch: UInt32 = 1
    private let capacity: Int

    init(capacity: Int) {
        let size = max(capacity, 1)
        self.capacity = size
        dense = .allocate(capacity: size)
        dense.initialize(repeating: 0, count: size)
        sparse = .allocate(capacity: size)
        sparse.initialize(repeating: 0, count: size)
        starts = .allocate(capacity: size)
        starts.initialize(repeating: 0, count: size)
        levels = .allocate(capacity: size)
        levels.initialize(repeating: 0, count: size)
        marks = .allocate(capacity: size)
        marks.initialize(repeating: 0, count: size)
    }

    deinit {
        dense.deallocate()
        sparse.deallocate()
        starts.deallocate()
        levels.deallocate()
        marks.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func contains(_ pc: Int32) -> Bool {
        let slot = Int(sparse[Int(pc)])
        return slot < count && dense[slot] == pc
    }

    /// Adds `pc`, which must not be in the list yet.
    @inline(__always)
    mutating func insert(_ pc: Int32, start: Int, level: Int) {
        sparse[Int(pc)] = Int32(count)
        dense[count] = pc
        starts[Int(pc)] = start
        levels[Int(pc)] = level
        count += 1
    }

    /// Marks non-consuming instruction `pc` as passed; `false` if it already was.
    @inline(__always)
    func visit(_ pc: Int32) -> Bool {
        if marks[Int(pc)] == epoch { return false }
        marks[Int(pc)] = epoch
        return true
    }

    mutating func removeAll() {
        count = 0
        forgetVisits()
    }

    /// Drops the threads from position `slot` on (the lower-priority ones).
    mutating func truncate(to slot: Int) {
        count = min(count, slot)
        forgetVisits()
    }

    private mutating func forgetVisits() {
        if epoch == .max {
            marks.update(repeating: 0, count: capacity)
            epoch = 1
        } else {
            epoch += 1
        }
    }
}
