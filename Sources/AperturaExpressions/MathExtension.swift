/// CEL's math extension library (`math.greatest`, `math.ceil`, `math.bitAnd`...).
enum MathExtension {
    static let functions: [String: Builtin] = {
        var f: [String: Builtin] = [:]
        f["math.greatest"] = Builtin(arities: 1...Int.max) { args, at throws(CELEvaluationError) in
            try extreme(args, greatest: true, at)
        }
        f["math.least"] = Builtin(arities: 1...Int.max) { args, at throws(CELEvaluationError) in
            try extreme(args, greatest: false, at)
        }
        let rounding: [(String, FloatingPointRoundingRule)] = [
            ("math.ceil", .up), ("math.floor", .down), ("math.round", .toNearestOrAwayFromZero), ("math.trunc", .towardZero),
        ]
        for (name, rule) in rounding {
            f[name] = Builtin(arities: 1...1, result: .double) { args, at throws(CELEvaluationError) in
                guard case .double(let d) = args[0] else { throw .noSuchOverload(name, args, at: at) }
                return .double(d.rounded(rule))
            }
        }
        f["math.abs"] = Builtin(arities: 1...1) { args, at throws(CELEvaluationError) in
            switch args[0] {
            case .int(let i):
                if i == .min { throw .overflow("int", at: at) }
                return .int(abs(i))
            case .uint: return args[0]
            case .double(let d): return .double(abs(d))
            default: throw .noSuchOverload("math.abs", args, at: at)
            }
        }
        f["math.sign"] = Builtin(arities: 1...1) { args, at throws(CELEvaluationError) in
            switch args[0] {
            case .int(let i): return .int(i.signum())
            case .uint(let u): return .uint(u == 0 ? 0 : 1)
            case .double(let d): return .double(d.isNaN ? d : (d > 0 ? 1 : (d < 0 ? -1 : 0)))
            default: throw .noSuchOverload("math.sign", args, at: at)
            }
        }
        let classifiers: [(String, @Sendable (Double) -> Bool)] = [
            ("math.isNaN", { $0.isNaN }), ("math.isInf", { $0.isInfinite }), ("math.isFinite", { $0.isFinite }),
        ]
        for (name, test) in classifiers {
            f[name] = Builtin(arities: 1...1, result: .bool) { args, at throws(CELEvaluationError) in
                guard case .double(let d) = args[0] else { throw .noSuchOverload(name, args, at: at) }
                return .bool(test(d))
            }
        }
        let bitwise: [(String, @Sendable (UInt64, UInt64) -> UInt64)] = [
            ("math.bitAnd", { $0 & $1 }), ("math.bitOr", { $0 | $1 }), ("math.bitXor", { $0 ^ $1 }),
        ]
        for (name, op) in bitwise {
            f[name] = Builtin(arities: 2...2) { args, at throws(CELEvaluationError) in
                switch (args[0], args[1]) {
                case (.int(let a), .int(let b)): return .int(Int64(bitPattern: op(UInt64(bitPattern: a), UInt64(bitPattern: b))))
                case (.uint(let a), .uint(let b)): return .uint(op(a, b))
                default: throw .noSuchOverload(name, args, at: at)
                }
            }
        }
        f["math.bitNot"] = Builtin(arities: 1...1) { args, at throws(CELEvaluationError) in
            switch args[0] {
            case .int(let a): return .int(~a)
            case .uint(let a): return .uint(~a)
            default: throw .noSuchOverload("math.bitNot", args, at: at)
            }
        }
        for left in [true, false] {
            let name = left ? "math.bitShiftLeft" : "math.bitShiftRight"
            f[name] = Builtin(arities: 2...2) { args, at throws(CELEvaluationError) in
                guard case .int(let shift) = args[1] else { throw .noSuchOverload(name, args, at: at) }
                guard shift >= 0 else {
                    throw .invalid("desplazamiento negativo: \(shift)", "negative shift: \(shift)", at: at)
                }
                // Shifts are logical on the 64-bit pattern; 64 or more clears every bit.
                func shifted(_ bits: UInt64) -> UInt64 {
                    shift >= 64 ? 0 : (left ? bits << UInt64(shift) : bits >> UInt64(shift))
                }
                switch args[0] {
                case .int(let a): return .int(Int64(bitPattern: shifted(UInt64(bitPattern: a))))
                case .uint(let a): return .uint(shifted(a))
                default: throw .noSuchOverload(name, args, at: at)
                }
            }
        }
        return f
    }()

    private static func extreme(_ args: [CELValue], greatest: Bool, _ at: Int) throws(CELEvaluationError) -> CELValue {
        let name = greatest ? "math.greatest" : "math.least"
        var items = args
        if args.count == 1, case .list(let list) = args[0] {
            guard !list.isEmpty else {
                throw .invalid("\(name) de una lista vacía", "\(name) of an empty list", at: at)
            }
            items = list
        }
        var best = items[0]
        for item in items {
            guard let order = NumericOrder.compare(item, best) else { throw .noSuchOverload(name, args, at: at) }
            if (greatest && order == .greater) || (!greatest && order == .less) { best = item }
        }
        return best
    }
}
