/// A compiled sub-expression with its static type, and its value when known at compile time.
struct CompiledNode {
    var eval: Eval
    var type: CELType
    var constant: CELValue?

    static func constant(_ value: CELValue, _ type: CELType) -> CompiledNode {
        CompiledNode(eval: { _ in value }, type: type, constant: value)
    }

    /// The static type of a literal value.
    static func type(of value: CELValue) -> CELType {
        switch value {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .uint: .uint
        case .double: .double
        case .string: .string
        case .bytes: .bytes
        case .timestamp: .timestamp
        case .duration: .duration
        case .type: .type
        case .list: .list(.dyn)
        case .map: .map(.dyn, .dyn)
        case .object(let o): .object(o.type)
        }
    }
}
