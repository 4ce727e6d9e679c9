/// The normalized form of a map key: numbers by value, so int 1 and uint 1 coincide.
enum MapKey: Hashable, Sendable {
    case int(Int64)
    case uint(UInt64)  // only values above Int64.max
    case bool(Bool)
    case string(CodePoints)

    /// A key as stored: doubles are not valid map keys.
    init?(_ value: CELValue) {
        switch value {
        case .int(let v): self = .int(v)
        case .uint(let v): self = v <= UInt64(Int64.max) ? .int(Int64(v)) : .uint(v)
        case .bool(let v): self = .bool(v)
        case .string(let v): self = .string(CodePoints(v))
        default: return nil
        }
    }

    /// A key as looked up: a double finds the entry of the integer it equals exactly.
    init?(lookup value: CELValue) {
        if case .double(let d) = value {
            guard d.isFinite, d == d.rounded() else { return nil }
            if d >= -9_223_372_036_854_775_808.0 && d < 9_223_372_036_854_775_808.0 {
                self = .int(Int64(d))
            } else if d >= 0 && d < 18_446_744_073_709_551_616.0 {
                self = .uint(UInt64(d))
            } else {
                return nil
            }
            return
        }
        self.init(value)
    }
}
