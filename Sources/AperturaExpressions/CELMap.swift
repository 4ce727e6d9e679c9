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

/// The normalized form of a map key: numbers by value, so int 1 and uint 1 coincide.
enum MapKey: Hashable, Sendable {
    case int(Int64)
    case uint(UInt64)  // only values above Int64.max
    case bool(Bool)
    case string(CodePoints)

    /// A key as stored: doubles are not valid map keys.
    init?(_ value: CELValue) {
        switch value {
        case .int(let v): self = .int(v)
        case .uint(let v): self = v <= UInt64(Int64.max) ? .int(Int64(v)) : .uint(v)
        case .bool(let v): self = .bool(v)
        case .string(let v): self = .string(CodePoints(v))
        default: return nil
        }
    }

    /// A key as looked up: a double finds the entry of the integer it equals exactly.
    init?(lookup value: CELValue) {
        if case .double(let d) = value {
            guard d.isFinite, d == d.rounded() else { return nil }
            if d >= -9_223_372_036_854_775_808.0 && d < 9_223_372_036_854_775_808.0 {
                self = .int(Int64(d))
            } else if d >= 0 && d < 18_446_744_073_709_551_616.0 {
                self = .uint(UInt64(d))
            } else {
                return nil
            }
            return
        }
        self.init(value)
    }
}

/// A string compared and hashed by its code points (UTF-8 bytes), as CEL compares strings:
/// Swift's `String` equality would merge canonically equivalent keys such as "é" and "e\u{301}".
struct CodePoints: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: CodePoints, rhs: CodePoints) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
    }
}
