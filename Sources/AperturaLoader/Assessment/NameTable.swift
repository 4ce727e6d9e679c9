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

    /// The index of the name whose bytes are `key`'s, if any. `hint`, the index expected (the one after
    /// the previous key: documents mostly follow the form's order), is tried first.
    func index(of key: UnsafeBufferPointer<UInt8>, hint: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { names in
            ends.withUnsafeBufferPointer { ends in
                func matches(_ i: Int) -> Bool {
                    let start = i == 0 ? 0 : ends[i - 1], end = ends[i]
                    guard end - start == key.count else { return false }
                    for offset in 0..<key.count where names[start + offset] != key[offset] { return false }
                    return true
                }
                if hint >= 0 && hint < ends.count && matches(hint) { return hint }
                for i in ends.indices where matches(i) { return i }
                return nil
            }
        }
    }
}
