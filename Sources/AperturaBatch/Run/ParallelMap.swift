import Dispatch
import Foundation

/// Maps a function over an array on one thread per worker; results come back in the array's order, so
/// the output does not depend on how the work was shared out. Thread `w` uses `workers[w]` only.
enum ParallelMap {
    static func map<Worker: Sendable, In: Sendable, Out: Sendable>(
        _ items: [In], workers: [Worker], _ body: @Sendable (Worker, In) -> Out
    ) -> [Out] {
        guard workers.count > 1, items.count > 1 else { return items.map { body(workers[0], $0) } }
        let slots = Slots<Out>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: min(workers.count, items.count)) { w in
            let worker = workers[w]
            while let i = slots.claim() { slots.store(body(worker, items[i]), at: i) }
        }
        return slots.values()
    }

    /// Starts `map` on a background thread and returns at once, so the caller can use the results of the
    /// previous window while this one is worked out; with one worker, maps right here (one core means one).
    static func start<Worker: Sendable, In: Sendable, Out: Sendable>(
        _ items: [In], workers: [Worker], _ body: @escaping @Sendable (Worker, In) -> Out
    ) -> Pending<Out> {
        let pending = Pending<Out>()
        guard workers.count > 1 else {
            pending.values = map(items, workers: workers, body)
            return pending
        }
        pending.group.enter()
        DispatchQueue.global().async {
            pending.values = map(items, workers: workers, body)
            pending.group.leave()
        }
        return pending
    }

    /// The results of a `start`ed map, once it has finished.
    final class Pending<Out: Sendable>: @unchecked Sendable {
        fileprivate let group = DispatchGroup()
        // Written once by the mapping thread before `leave`, read after `wait`: the group orders them.
        fileprivate var values: [Out] = []

        func wait() -> [Out] {
            group.wait()
            return values
        }
    }

    /// Result slots with a shared work counter; each slot is written by exactly one thread.
    final class Slots<Out: Sendable>: @unchecked Sendable {
        private var storage: [Out?]
        private var nextIndex = 0
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard nextIndex < storage.count else { return nil }
            nextIndex += 1
            return nextIndex - 1
        }

        func store(_ value: Out, at index: Int) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        func values() -> [Out] { storage.map { $0! } }
    }
}
