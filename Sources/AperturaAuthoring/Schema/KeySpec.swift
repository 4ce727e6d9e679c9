/// What the schema and the authors' guide say about one key of one object: its JSON Schema type,
/// a description in Spanish (the guide's language) and whether it is required.
public struct KeySpec: Hashable, Sendable {
    public var schema: JSONNode
    public var description: String
    public var required: Bool
    /// The type as the guide's tables print it.
    public var typeName: String

    public init(_ typeName: String, _ schema: JSONNode, _ description: String, required: Bool = false) {
        self.typeName = typeName
        self.schema = schema
        self.description = description
        self.required = required
    }
}
