/// A CEL runtime value.
///
/// `==` here is structural (`1`, `1u` and `1.0` differ), which is what tests and caches need;
/// CEL's own `==` operator, with its numeric cross-type equality, is `celEquals(_:)`.
public enum CELValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case list([CELValue])
    case map(CELMap)
    case timestamp(CELTimestamp)
    case duration(CELDuration)
    /// A type value such as `int` or `type(x)`; the payload is the CEL type name.
    case type(String)
    /// A value of a declared object type.
    case object(CELObject)

    /// The CEL name of this value's runtime type (`int`, `list`, `google.protobuf.Timestamp`...).
    public var typeName: String {
        switch self {
        case .null: "null_type"
        case .bool: "bool"
        case .int: "int"
        case .uint: "uint"
        case .double: "double"
        case .string: "string"
        case .bytes: "bytes"
        case .list: "list"
        case .map: "map"
        case .timestamp: "google.protobuf.Timestamp"
        case .duration: "google.protobuf.Duration"
        case .type: "type"
        case .object(let object): object.type.name
        }
    }

    /// CEL's `==`: numbers compare by value across int, uint and double; lists and maps
    /// compare element-wise; values of different kinds are unequal.
    public func celEquals(_ other: CELValue) -> Bool {
        switch (self, other) {
        case (.int, .int), (.uint, .uint), (.double, .double), (.int, .uint), (.uint, .int),
            (.int, .double), (.double, .int), (.uint, .double), (.double, .uint):
            return NumericOrder.compare(self, other) == .equal
        case (.string(let a), .string(let b)):
            // By code point: Swift's String == would equate canonically equivalent texts.
            return a.utf8.elementsEqual(b.utf8)
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            for i in a.indices where !a[i].celEquals(b[i]) { return false }
            return true
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in zip(a.keys, a.values) {
                guard let other = b[key], value.celEquals(other) else { return false }
            }
            return true
        case (.object(let a), .object(let b)):
            guard a.type.name == b.type.name, a.fields.count == b.fields.count else { return false }
            for i in a.fields.indices {
                switch (a.fields[i], b.fields[i]) {
                case (nil, nil): continue
                case (let x?, let y?) where x.celEquals(y): continue
                default: return false
                }
            }
            return true
        default:
            return self == other
        }
    }
}

/// The outcome of comparing two CEL numbers; `unordered` involves a NaN.
enum NumericOrdering {
    case less, equal, greater, unordered
}

/// Exact comparison of int, uint and double values, without the rounding a conversion
/// to Double would bring for large integers.
enum NumericOrder {
    static func compare(_ a: CELValue, _ b: CELValue) -> NumericOrdering? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return order(x, y)
        case (.uint(let x), .uint(let y)): return order(x, y)
        case (.double(let x), .double(let y)): return x.isNaN || y.isNaN ? .unordered : order(x, y)
        case (.int(let x), .uint(let y)): return x < 0 ? .less : order(UInt64(x), y)
        case (.uint(let x), .int(let y)): return y < 0 ? .greater : order(x, UInt64(y))
        case (.int(let x), .double(let y)): return compareInt(x, y)
        case (.double(let x), .int(let y)): return invert(compareInt(y, x))
        case (.uint(let x), .double(let y)): return compareUInt(x, y)
        case (.double(let x), .uint(let y)): return invert(compareUInt(y, x))
        default: return nil
        }
    }

    private static func order<T: Comparable>(_ x: T, _ y: T) -> NumericOrdering {
        x < y ? .less : (x == y ? .equal : .greater)
    }

    private static func invert(_ o: NumericOrdering) -> NumericOrdering {
        switch o {
        case .less: .greater
        case .greater: .less
        default: o
        }
    }

    // Within the integer range the integer is compared as a double, as the conformance suite
    // (and cel-go) expect: 9223372036854775807 is not less than 9223372036854775808.0.
    private static func compareInt(_ x: Int64, _ y: Double) -> NumericOrdering {
        if y.isNaN { return .unordered }
        if y > 9_223_372_036_854_775_808.0 { return .less }
        if y < -9_223_372_036_854_775_808.0 { return .greater }
        return order(Double(x), y)
    }

    private static func compareUInt(_ x: UInt64, _ y: Double) -> NumericOrdering {
        if y.isNaN { return .unordered }
        if y > 18_446_744_073_709_551_616.0 { return .less }
        if y < 0 { return .greater }
        return order(Double(x), y)
    }
}
