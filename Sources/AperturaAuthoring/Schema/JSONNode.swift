import Foundation

/// A JSON value, for writing schemas: objects keep their keys and are printed sorted, so the
/// generated files are stable byte for byte.
public indirect enum JSONNode: Hashable, Sendable, Encodable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONNode])
    case object([String: JSONNode])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .number(let x): try container.encode(x)
        case .integer(let n): try container.encode(n)
        case .bool(let b): try container.encode(b)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }

    /// Pretty-printed with sorted keys and a final newline.
    public var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func strings(_ values: [String]) -> JSONNode { .array(values.map(JSONNode.string)) }
}
