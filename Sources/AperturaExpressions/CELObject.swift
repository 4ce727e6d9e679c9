/// A value of a declared object type (an institution, a form section...).
///
/// Fields are stored by the index the type gives them, so that a compiled expression reads
/// them without a name lookup. A nil field is absent: the self-assessment did not answer it,
/// and selecting it is a `noSuchField` error that `has()` can test for.
public struct CELObject: Hashable, Sendable {
    /// The object's declared type.
    public let type: CELObjectType
    /// Field values by index; nil where absent. Read-only from outside so that the count
    /// always matches the type (compiled selections index it directly).
    public private(set) var fields: [CELValue?]

    /// Builds an object from values by index (`fields.count` must equal the type's field count).
    public init(type: CELObjectType, fields: [CELValue?]) {
        precondition(fields.count == type.fieldNames.count, "one entry per declared field")
        self.type = type
        self.fields = fields
    }

    /// Builds an object from named values; names the type does not declare are ignored,
    /// declared names without a value are absent.
    public init(type: CELObjectType, values: [String: CELValue]) {
        self.type = type
        self.fields = type.fieldNames.map { values[$0] }
    }

    /// Sets (or, with nil, removes) the value of a declared field. Returns false when the type
    /// declares no such field.
    @discardableResult
    public mutating func set(_ name: String, _ value: CELValue?) -> Bool {
        guard let i = type.index(of: name) else { return false }
        fields[i] = value
        return true
    }

    /// The value of `name`, or nil when absent or not declared.
    /// Sets the field at `index` (its place in `type.fieldNames`), without looking its name up.
    public mutating func set(at index: Int, _ value: CELValue?) {
        fields[index] = value
    }

    public subscript(name: String) -> CELValue? {
        guard let i = type.index(of: name) else { return nil }
        return fields[i]
    }

    public static func == (lhs: CELObject, rhs: CELObject) -> Bool {
        lhs.type.name == rhs.type.name && lhs.type.fieldNames == rhs.type.fieldNames
            && lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type.name)
        hasher.combine(fields)
    }
}
