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
            return UTF8Equality.equal(a, b)
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
