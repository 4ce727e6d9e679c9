/// CEL's arithmetic operators. Integer overflow is an error, never a wrap-around; double
/// arithmetic follows IEEE 754 (division by zero gives an infinity).
enum Arithmetic {
    static func add(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw .overflow("int", at: at) }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw .overflow("uint", at: at) }
            return .uint(r)
        case (.double(let x), .double(let y)): return .double(x + y)
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.bytes(let x), .bytes(let y)): return .bytes(x + y)
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
            return try timestamp(t, plus: d, negate: false, at)
        case (.duration(let x), .duration(let y)):
            return try duration(x.seconds, y.seconds, Int64(x.nanos) + Int64(y.nanos), add: true, at)
        default: throw .noSuchOverload("_+_", [a, b], at: at)
        }
    }

    static func subtract(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw .overflow("int", at: at) }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw .overflow("uint", at: at) }
            return .uint(r)
        case (.double(let x), .double(let y)): return .double(x - y)
        case (.timestamp(let t), .duration(let d)):
            return try timestamp(t, plus: d, negate: true, at)
        case (.timestamp(let x), .timestamp(let y)):
            // The difference of two timestamps must fit in 64-bit nanoseconds (about ±292
            // years), the range other CEL implementations give it.
            let result = try duration(x.seconds, y.seconds, Int64(x.nanos) - Int64(y.nanos), add: false, at)
            guard case .duration(let d) = result, d.totalNanoseconds != nil else { throw .overflow("duration", at: at) }
            return result
        case (.duration(let x), .duration(let y)):
            return try duration(x.seconds, y.seconds, Int64(x.nanos) - Int64(y.nanos), add: false, at)
        default: throw .noSuchOverload("_-_", [a, b], at: at)
        }
    }

    static func multiply(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw .overflow("int", at: at) }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw .overflow("uint", at: at) }
            return .uint(r)
        case (.double(let x), .double(let y)): return .double(x * y)
        default: throw .noSuchOverload("_*_", [a, b], at: at)
        }
    }

    static func divide(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            if y == 0 { throw divisionByZero(at) }
            let (r, o) = x.dividedReportingOverflow(by: y)
            if o { throw .overflow("int", at: at) }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            if y == 0 { throw divisionByZero(at) }
            return .uint(x / y)
        case (.double(let x), .double(let y)): return .double(x / y)
        default: throw .noSuchOverload("_/_", [a, b], at: at)
        }
    }

    static func modulo(_ a: CELValue, _ b: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            if y == 0 { throw moduloByZero(at) }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y)
            if o { throw .overflow("int", at: at) }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            if y == 0 { throw moduloByZero(at) }
            return .uint(x % y)
        default: throw .noSuchOverload("_%_", [a, b], at: at)
        }
    }

    static func negate(_ a: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch a {
        case .int(let x):
            if x == .min { throw .overflow("int", at: at) }
            return .int(-x)
        case .double(let x): return .double(-x)
        case .duration(let d):
            guard let r = CELDuration(seconds: -d.seconds, nanos: -d.nanos) else { throw .overflow("duration", at: at) }
            return .duration(r)
        default: throw .noSuchOverload("-_", [a], at: at)
        }
    }

    static func divisionByZero(_ at: Int) -> CELEvaluationError {
        CELEvaluationError(kind: .divisionByZero, message: .init(es: "división entre cero", en: "division by zero"), offset: at)
    }

    static func moduloByZero(_ at: Int) -> CELEvaluationError {
        CELEvaluationError(kind: .moduloByZero, message: .init(es: "módulo entre cero", en: "modulus by zero"), offset: at)
    }

    private static func timestamp(_ t: CELTimestamp, plus d: CELDuration, negate: Bool, _ at: Int) throws(CELEvaluationError) -> CELValue {
        let s = negate ? t.seconds - d.seconds : t.seconds + d.seconds
        let n = negate ? Int64(t.nanos) - Int64(d.nanos) : Int64(t.nanos) + Int64(d.nanos)
        guard let r = CELTimestamp(seconds: s + n / 1_000_000_000, nanos: Int32(n % 1_000_000_000)) else {
            throw .overflow("timestamp", at: at)
        }
        return .timestamp(r)
    }

    private static func duration(_ x: Int64, _ y: Int64, _ nanos: Int64, add: Bool, _ at: Int) throws(CELEvaluationError) -> CELValue {
        let (s, o) = add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
        guard !o, let r = CELDuration(seconds: s + nanos / 1_000_000_000, nanos: Int32(nanos % 1_000_000_000)) else {
            throw .overflow("duration", at: at)
        }
        return .duration(r)
    }
}
