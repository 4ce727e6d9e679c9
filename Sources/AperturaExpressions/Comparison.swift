/// CEL's ordering operators: numbers compare across int, uint and double by exact value;
/// strings by code point; bytes by byte; false < true; timestamps and durations in time.
enum Comparison {
    /// -1, 0 or 1, or nil when unordered (a NaN is involved).
    static func compare(_ a: CELValue, _ b: CELValue, _ function: String, _ at: Int) throws(CELEvaluationError) -> Int? {
        if let o = NumericOrder.compare(a, b) {
            switch o {
            case .less: return -1
            case .equal: return 0
            case .greater: return 1
            case .unordered: return nil
            }
        }
        switch (a, b) {
        case (.string(let x), .string(let y)):
            // UTF-8 byte order is code point order.
            return x == y ? 0 : (x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1)
        case (.bytes(let x), .bytes(let y)):
            return x == y ? 0 : (x.lexicographicallyPrecedes(y) ? -1 : 1)
        case (.bool(let x), .bool(let y)):
            return x == y ? 0 : (!x ? -1 : 1)
        case (.timestamp(let x), .timestamp(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.duration(let x), .duration(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        default:
            throw .noSuchOverload(function, [a, b], at: at)
        }
    }

    /// `a in b` for lists (CEL equality) and maps (key presence).
    static func contains(_ element: CELValue, _ container: CELValue, _ at: Int) throws(CELEvaluationError) -> Bool {
        switch container {
        case .list(let items):
            for item in items where item.celEquals(element) { return true }
            return false
        case .map(let map):
            return map[element] != nil
        default:
            throw .noSuchOverload("@in", [element, container], at: at)
        }
    }
}
