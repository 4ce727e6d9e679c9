/// A CEL map: insertion-ordered entries with a hashed index.
///
/// Keys are int, uint, bool or string. Numeric keys are indexed by value, so `m[1]`, `m[1u]`
/// and `m[1.0]` find the same entry, as CEL specifies.
public struct CELMap: Hashable, Sendable {
    /// Keys in insertion order.
    public private(set) var keys: [CELValue] = []
    /// Values, parallel to `keys`.
    public private(set) var values: [CELValue] = []
    private var index: [MapKey: Int] = [:]

    /// An empty map.
    public init() {}

    /// Builds a map from entries; a later duplicate key replaces the earlier value.
    /// Returns nil when a key is not of a valid key type.
    public init?(entries: [(CELValue, CELValue)]) {
        for (key, value) in entries {
            guard insert(key, value) == true else { return nil }
        }
    }

    /// Number of entries.
    public var count: Int { keys.count }

    /// Adds an entry. Returns true when inserted, false when the key was already present
    /// (the value is then replaced), nil when the key type is invalid.
    @discardableResult
    public mutating func insert(_ key: CELValue, _ value: CELValue) -> Bool? {
        guard let mapKey = MapKey(key) else { return nil }
        if let existing = index[mapKey] {
            values[existing] = value
            return false
        }
        index[mapKey] = keys.count
        keys.append(key)
        values.append(value)
        return true
    }

    /// The value for `key` under CEL's numeric key equality, or nil.
    public subscript(key: CELValue) -> CELValue? {
        guard let mapKey = MapKey(lookup: key), let i = index[mapKey] else { return nil }
        return values[i]
    }

    /// The value for a string key: the fast path of field selection on maps.
    public subscript(field: String) -> CELValue? {
        guard let i = index[.string(CodePoints(field))] else { return nil }
        return values[i]
    }

    /// True when `key` is a key type a map can hold (int, uint, bool, string).
    static func isValidKey(_ key: CELValue) -> Bool { MapKey(key) != nil }

    public static func == (lhs: CELMap, rhs: CELMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (i, key) in lhs.keys.enumerated() {
            guard let mapKey = MapKey(key), let j = rhs.index[mapKey],
                rhs.keys[j] == key, rhs.values[j] == lhs.values[i]
            else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: equal maps with different insertion orders hash alike.
        var combined = 0
        for (key, value) in zip(keys, values) {
            var h = Hasher()
            h.combine(key)
            h.combine(value)
            combined ^= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
