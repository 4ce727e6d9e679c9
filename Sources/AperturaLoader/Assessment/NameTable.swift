/// A closed list of names, matched against a key's bytes straight from libyaml's buffer: no string is
/// made for a key, and nothing is retained per comparison.
struct NameTable: Sendable {
    /// The names' UTF-8 bytes end to end; `ends[i]` is where name i ends.
    private let bytes: [UInt8]
    private let ends: [Int]

    init(_ names: [String]) {
        var bytes: [UInt8] = [], ends: [Int] = []
        for name in names {
            bytes += Array(name.utf8)
            ends.append(bytes.count)
        }
        self.bytes = bytes
        self.ends = ends
    }

    var count: Int { ends.count }

    /// The index of the name whose bytes are `key`'s, if any.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { names in
            var start = 0
            for i in ends.indices {
                let end = ends[i]
                if end - start == key.count && UnsafeBufferPointer(rebasing: names[start..<end]).elementsEqual(key) { return i }
                start = end
            }
            return nil
        }
    }
}
