import Dispatch
import Synchronization

/// Runs independent jobs on a fixed number of worker threads and returns their results in input order.
///
/// Workers pull the next index from a shared counter, so a slow file never holds up a whole batch.
enum ParallelMap {
    static func map<Result: Sendable>(count: Int, workers: Int,
                                      _ work: @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let next = Atomic<Int>(0)
        let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
        let threads = max(1, min(workers, count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let value = work(index)
                results.withLock { $0[index] = value }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
