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
        return .bool(firstMatch(of: needle, in: hay, from: 0) != nil)
    }

    /// The first position at or after `from` where `needle` occurs in `hay`, in linear time
    /// (Knuth-Morris-Pratt): a naive search takes hay × needle steps, which a long string and a
    /// long, almost matching needle turn into a hang.
    static func firstMatch<Element: Equatable>(of needle: [Element], in hay: [Element], from: Int) -> Int? {
        guard needle.count <= hay.count, from <= hay.count - needle.count else { return nil }
        if needle.isEmpty { return from }
        // failure[k]: the length of the longest proper prefix of needle[...k] that is also its suffix.
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0 && needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        var matched = 0
        for i in from..<hay.count {
            while matched > 0 && hay[i] != needle[matched] { matched = failure[matched - 1] }
            if hay[i] == needle[matched] { matched += 1 }
            if matched == needle.count { return i - needle.count + 1 }
        }
        return nil
    }

    static func startsWith(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .string(let s) = a, case .string(let t) = b else { throw .noSuchOverload("startsWith", [a, b], at: at) }
        return .bool(s.utf8.starts(with: t.utf8))
    }

    static func endsWith(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .string(let s) = a, case .string(let t) = b else { throw .noSuchOverload("endsWith", [a, b], at: at) }
        return .bool(s.utf8.reversed().starts(with: t.utf8.reversed()))
    }

    /// `matches` outside the compiler's own handling (which charges its cost): a direct call.
    static func matches(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .string(let s) = a, case .string(let pattern) = b else { throw .noSuchOverload("matches", [a, b], at: at) }
        return .bool(try compile(pattern, at).matches(s))
    }

    static func compile(_ pattern: String, _ at: Int) throws(CELEvaluationError) -> CompiledRegex {
        do { return try CompiledRegex(pattern) } catch { throw CompiledRegex.invalid(pattern, error, at: at) }
    }
}
