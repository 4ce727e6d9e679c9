/// The static type of a CEL expression or of a declared variable.
///
/// `dyn` stands for "known only at run time": the checker uses it wherever it cannot be sure,
/// so that it never rejects an expression that would evaluate correctly.
public indirect enum CELType: Hashable, Sendable, CustomStringConvertible {
    case null
    case bool
    case int
    case uint
    case double
    case string
    case bytes
    case timestamp
    case duration
    case list(CELType)
    case map(CELType, CELType)
    case object(CELObjectType)
    case dyn
    case type

    /// The CEL spelling of the type, as `type(x)` would name it.
    public var description: String {
        switch self {
        case .null: "null_type"
        case .bool: "bool"
        case .int: "int"
        case .uint: "uint"
        case .double: "double"
        case .string: "string"
        case .bytes: "bytes"
        case .timestamp: "google.protobuf.Timestamp"
        case .duration: "google.protobuf.Duration"
        case .list(let element): "list(\(element))"
        case .map(let key, let value): "map(\(key), \(value))"
        case .object(let object): object.name
        case .dyn: "dyn"
        case .type: "type"
        }
    }

    /// True for `dyn`: the checker accepts anything there.
    var isDyn: Bool { if case .dyn = self { true } else { false } }

    /// The runtime type name a value of this type carries (`list`, not `list(int)`).
    var runtimeName: String? {
        switch self {
        case .list: "list"
        case .map: "map"
        case .dyn: nil
        default: description
        }
    }
}

/// A declared object type: a record with named, typed fields.
///
/// Field selection on a value of a declared object type is resolved when the expression is
/// compiled, so that an unknown field is a compile-time error and a known one is read by index.
/// The description is shared by reference, so copying a type (inside every object value) is
/// one reference count, and a compiled selection recognises its type by identity.
public struct CELObjectType: Hashable, Sendable {
    final class Storage: Sendable {
        let name: String
        let fieldNames: [String]
        let fieldTypes: [CELType]
        let indexByName: [String: Int]

        init(name: String, fieldNames: [String], fieldTypes: [CELType]) {
            self.name = name
            self.fieldNames = fieldNames
            self.fieldTypes = fieldTypes
            var index: [String: Int] = [:]
            for (i, n) in fieldNames.enumerated() where index[n] == nil { index[n] = i }
            self.indexByName = index
        }
    }

    let storage: Storage

    /// The type's name, as `type(x)` reports it.
    public var name: String { storage.name }
    /// Field names in declaration order; a field's index is its storage slot in `CELObject`.
    public var fieldNames: [String] { storage.fieldNames }
    /// Field types, parallel to `fieldNames`.
    public var fieldTypes: [CELType] { storage.fieldTypes }

    /// Declares an object type. Field order fixes the storage index of each field.
    public init(name: String, fields: [(String, CELType)]) {
        storage = Storage(name: name, fieldNames: fields.map(\.0), fieldTypes: fields.map(\.1))
    }

    /// The storage index of `field`, or nil when the type has no such field.
    public func index(of field: String) -> Int? {
        storage.indexByName[field]
    }

    public static func == (lhs: CELObjectType, rhs: CELObjectType) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.name == rhs.name && lhs.fieldNames == rhs.fieldNames && lhs.fieldTypes == rhs.fieldTypes)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(fieldNames)
    }
}
