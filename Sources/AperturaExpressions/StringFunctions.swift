import Foundation

/// String functions. Sizes and positions count Unicode code points, as CEL specifies, and
/// matching is by code points too (no canonical-equivalence folding).
enum StringFunctions {
    static func size(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .string(let s):
            // Code points = UTF-8 bytes that are not continuation bytes; counting bytes is much
            // faster than walking the unicode-scalar view.
            var count: Int64 = 0
            for byte in s.utf8 where byte & 0xC0 != 0x80 { count += 1 }
            return .int(count)
        case .bytes(let b): return .int(Int64(b.count))
        case .list(let l): return .int(Int64(l.count))
        case .map(let m): return .int(Int64(m.count))
        default: throw .noSuchOverload("size", [v], at: at)
        }
    }

    static func contains(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .string(let s) = a, case .string(let t) = b else { throw .noSuchOverload("contains", [a, b], at: at) }
        if t.isEmpty { return .bool(true) }
        let hay = Array(s.utf8)
        let needle = Array(t.utf8)
        guard needle.count <= hay.count else { return .bool(false) }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if hay[start..<(start + needle.count)].elementsEqual(needle) { return .bool(true) }
        }
        return .bool(false)
    }

    static func startsWith(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .string(let s) = a, case .string(let t) = b else { throw .noSuchOverload("startsWith", [a, b], at: at) }
        return .bool(s.utf8.starts(with: t.utf8))
    }

    static func endsWith(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .string(let s) = a, case .string(let t) = b else { throw .noSuchOverload("endsWith", [a, b], at: at) }
        return .bool(s.utf8.reversed().starts(with: t.utf8.reversed()))
    }

    static func matches(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .string(let s) = a, case .string(let pattern) = b else { throw .noSuchOverload("matches", [a, b], at: at) }
        let regex = try compile(pattern, at)
        return .bool(regex.matches(s))
    }

    static func compile(_ pattern: String, _ at: Int) throws(CELEvaluationError) -> CompiledRegex {
        guard let r = CompiledRegex(pattern) else {
            throw .invalid("expresión regular no válida: '\(pattern)'", "invalid regular expression: '\(pattern)'", at: at)
        }
        return r
    }
}
