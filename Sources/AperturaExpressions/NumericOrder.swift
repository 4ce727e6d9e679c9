/// The outcome of comparing two CEL numbers; `unordered` involves a NaN.
enum NumericOrdering {
    case less, equal, greater, unordered
}

/// Exact comparison of int, uint and double values, without the rounding a conversion
/// to Double would bring for large integers.
enum NumericOrder {
    static func compare(_ a: CELValue, _ b: CELValue) -> NumericOrdering? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return order(x, y)
        case (.uint(let x), .uint(let y)): return order(x, y)
        case (.double(let x), .double(let y)): return x.isNaN || y.isNaN ? .unordered : order(x, y)
        case (.int(let x), .uint(let y)): return x < 0 ? .less : order(UInt64(x), y)
        case (.uint(let x), .int(let y)): return y < 0 ? .greater : order(x, UInt64(y))
        case (.int(let x), .double(let y)): return compareInt(x, y)
        case (.double(let x), .int(let y)): return invert(compareInt(y, x))
        case (.uint(let x), .double(let y)): return compareUInt(x, y)
        case (.double(let x), .uint(let y)): return invert(compareUInt(y, x))
        default: return nil
        }
    }

    private static func order<T: Comparable>(_ x: T, _ y: T) -> NumericOrdering {
        x < y ? .less : (x == y ? .equal : .greater)
    }

    private static func invert(_ o: NumericOrdering) -> NumericOrdering {
        switch o {
        case .less: .greater
        case .greater: .less
        default: o
        }
    }

    // Within the integer range the integer is compared as a double, as the conformance suite
    // (and cel-go) expect: 9223372036854775807 is not less than 9223372036854775808.0.
    private static func compareInt(_ x: Int64, _ y: Double) -> NumericOrdering {
        if y.isNaN { return .unordered }
        if y > 9_223_372_036_854_775_808.0 { return .less }
        if y < -9_223_372_036_854_775_808.0 { return .greater }
        return order(Double(x), y)
    }

    private static func compareUInt(_ x: UInt64, _ y: Double) -> NumericOrdering {
        if y.isNaN { return .unordered }
        if y > 18_446_744_073_709_551_616.0 { return .less }
        if y < 0 { return .greater }
        return order(Double(x), y)
    }
}
