/// CEL-like text for values, for diagnostics and reports: `1`, `1u`, `"text"`, `[1, 2]`,
/// `{"k": 1}`, `timestamp("2025-03-10T00:00:00Z")`, `comite{instalado: true}`.
extension CELValue: CustomStringConvertible {
    /// The value as CEL-like text.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "\(u)u"
        case .double(let d):
            let text = Conversions.formatDouble(d)
            return d.isFinite && !text.contains(".") && !text.contains("e") ? text + ".0" : text
        case .string(let s): return Self.quoted(s)
        case .bytes(let b): return "b" + Self.quoted(String(decoding: b, as: UTF8.self))
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let map):
            return "{" + zip(map.keys, map.values).map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        case .timestamp(let t): return "timestamp(\"\(t)\")"
        case .duration(let d): return "duration(\"\(d)\")"
        case .type(let name): return name
        case .object(let o):
            let fields = zip(o.type.fieldNames, o.fields).compactMap { name, v in v.map { "\(name): \($0)" } }
            return o.type.name + "{" + fields.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ s: String) -> String { CELStringQuoting.quote(s) }
}
