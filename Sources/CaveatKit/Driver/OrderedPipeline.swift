import Dispatch
import Synchronization

/// Runs jobs on worker threads and hands their results back on the calling thread in the order the items were
/// produced, each as soon as it and all before it are done.
///
/// Items are pulled one at a time from `next` (under a lock), so the list of inputs never has to exist; at most
/// `window` results wait for their turn, so memory stays flat however many items there are.
enum OrderedPipeline {
    /// - Parameters:
    ///   - next: the next item, or `nil` when there are no more (called under the pipeline's lock).
    ///   - work: run on a worker thread for each item.
    ///   - consume: run on the calling thread for each result, in item order.
    static func run<Item: Sendable, Result: Sendable>(workers: Int, window: Int, next: @escaping () -> Item?,
                                                      work: @escaping @Sendable (Item) -> Result,
                                                      consume: (Result) -> Void) {
        let workers = max(1, workers)
        let shared = Shared<Result>()
        let source = UncheckedBox(next)
        let ready = DispatchSemaphore(value: 0)
        let slots = DispatchSemaphore(value: max(window, workers))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while true {
                    slots.wait()
                    let pulled = shared.state.withLock { state -> (Int, Item)? in
                        guard !state.exhausted else { return nil }
                        guard let item = source.value() else {
                            state.exhausted = true
                            return nil
                        }
                        defer { state.pulled += 1 }
                        return (state.pulled, item)
                    }
                    guard let (sequence, item) = pulled else {
                        slots.signal()
                        break
                    }
                    let result = work(item)
                    shared.state.withLock { $0.done[sequence] = result }
                    ready.signal()
                }
                shared.state.withLock { $0.finishedWorkers += 1 }
                ready.signal()
            }
        }
        var expected = 0
        while true {
            ready.wait()
            while let result = shared.state.withLock({ $0.done.removeValue(forKey: expected) }) {
                consume(result)
                expected += 1
                slots.signal()
            }
            if shared.state.withLock({ $0.finishedWorkers == workers && $0.done.isEmpty }) { break }
        }
        group.wait()
    }

    private struct State<Result> {
        var pulled = 0
        var exhausted = false
        var done: [Int: Result] = [:]
        var finishedWorkers = 0
    }

    /// The state the workers and the consumer share (a class, as a `Mutex` cannot be captured by escaping closures).
    private final class Shared<Result: Sendable>: Sendable {
        let state = Mutex(State<Result>())
    }
}

/// Carries the input source, which is only ever called under the pipeline's lock.
private final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
