import AperturaYAML

/// YAML 1.2's core schema, for the conformance tests only: the library itself resolves no types
/// (the schema that reads a node decides), but the suite's expected output is JSON, so plain
/// scalars are resolved here the way a YAML 1.2 loader would.
enum CoreSchemaResolver {
    private static let prefix = "tag:yaml.org,2002:"

    /// The JSON a node stands for. Mapping keys become their text form.
    static func json(_ node: YAMLNode?) -> JSONValue {
        guard let node else { return .null }
        switch node.kind {
        case .scalar(let scalar):
            return resolve(scalar, tag: node.tag)
        case .sequence(let items):
            return .array(items.map { json($0) })
        case .mapping(let pairs):
            var members: [String: JSONValue] = [:]
            for pair in pairs { members[keyText(pair.key)] = json(pair.value) }
            return .object(members)
        }
    }

    private static func keyText(_ node: YAMLNode) -> String {
        if let scalar = node.scalar { return scalar.value }
        return json(node).description
    }

    private static func resolve(_ scalar: YAMLScalar, tag: String?) -> JSONValue {
        let text = scalar.value
        switch tag {
        case prefix + "str", "!": return .string(text)
        case prefix + "null": return .null
        case prefix + "bool": return bool(text).map(JSONValue.bool) ?? .string(text)
        case prefix + "int", prefix + "float": return number(text).map(JSONValue.number) ?? .string(text)
        default: break
        }
        // Quoted and block scalars are strings; only plain ones are resolved.
        guard scalar.style == .plain else { return .string(text) }
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if let value = bool(text) { return .bool(value) }
        if let value = number(text) { return .number(value) }
        return .string(text)
    }

    private static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// Core-schema integers (decimal, `0o` octal, `0x` hex) and floats; `.inf` and `.nan` have no JSON form.
    private static func number(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "o") { return Int(text.dropFirst(2), radix: 8).map(Double.init) }
            if bytes[1] == UInt8(ascii: "x") { return Int(text.dropFirst(2), radix: 16).map(Double.init) }
        }
        guard isCoreFloat(bytes) else { return nil }
        return Double(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, which also covers the integers.
    private static func isCoreFloat(_ bytes: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        let whole = digits()
        var fraction = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            fraction = digits()
        }
        guard whole > 0 || fraction > 0 else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == bytes.count
    }
}
