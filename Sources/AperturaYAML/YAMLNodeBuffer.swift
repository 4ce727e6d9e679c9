/// The children of every open collection, in one growing buffer, innermost last.
///
/// Collections nest, so their children form a stack: when a collection closes, its children are the
/// buffer's tail, and they are moved (not copied: no reference counting) into one array of exactly
/// the right size. Compared with an array per open collection, that saves the growth reallocations,
/// the spare capacity and a copy per child, which matter when building tens of thousands of documents.
/// The buffer is reused from document to document.
final class YAMLNodeBuffer {
    // Only this class touches these, from one thread at a time (the composer is not Sendable),
    // so the dynamic exclusivity checks of class properties are not needed on this hot path.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<YAMLNode>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = UnsafeMutablePointer<YAMLNode>.allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ node: consuming YAMLNode) {
        if count == capacity {
            let larger = UnsafeMutablePointer<YAMLNode>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// Moves the nodes from `start` to the end into a new array and removes them.
    func takeNodes(from start: Int) -> [YAMLNode] {
        let n = count - start
        guard n > 0 else { return [] }
        let source = base + start
        let result = [YAMLNode](unsafeUninitializedCapacity: n) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: source, count: n)
            initialized = n
        }
        count = start
        return result
    }

    /// Moves the nodes from `start` to the end, taken as key, value, key, value..., into a new array
    /// of pairs and removes them. A key without a value (which libyaml never produces) is dropped.
    func takePairs(from start: Int) -> [YAMLPair] {
        if (count - start) % 2 == 1 {
            count -= 1
            (base + count).deinitialize(count: 1)
        }
        let n = (count - start) / 2
        guard n > 0 else { return [] }
        let source = base + start
        let result = [YAMLPair](unsafeUninitializedCapacity: n) { buffer, initialized in
            let target = buffer.baseAddress!
            for i in 0..<n {
                (target + i).initialize(to: YAMLPair(key: (source + 2 * i).move(), value: (source + 2 * i + 1).move()))
            }
            initialized = n
        }
        count = start
        return result
    }

    /// Drops every node (after a fatal error, or before a new document).
    func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }
}
