/// Type conversions (`int()`, `uint()`, `double()`, `string()`, `bytes()`, `bool()`,
/// `timestamp()`, `duration()`), with CEL's range checks: a value that does not fit is an
/// error, never a silent truncation.
enum Conversions {
    static func toInt(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .int: return v
        case .uint(let u):
            guard u <= UInt64(Int64.max) else { throw .overflow("int", at: at) }
            return .int(Int64(u))
        case .double(let d):
            guard d.isFinite, d > -9_223_372_036_854_775_809.0, d < 9_223_372_036_854_775_807.0 else {
                throw .overflow("int", at: at)
            }
            return .int(Int64(d.rounded(.towardZero)))
        case .string(let s):
            guard let i = Int64(s) else { throw .invalid("no es un entero: '\(s)'", "not an integer: '\(s)'", at: at) }
            return .int(i)
        case .timestamp(let t): return .int(t.seconds)
        default: throw .noSuchOverload("int", [v], at: at)
        }
    }

    static func toUInt(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .uint: return v
        case .int(let i):
            guard i >= 0 else { throw .overflow("uint", at: at) }
            return .uint(UInt64(i))
        case .double(let d):
            guard d.isFinite, d > -1, d < 18_446_744_073_709_551_616.0 else { throw .overflow("uint", at: at) }
            return .uint(UInt64(d.rounded(.towardZero)))
        case .string(let s):
            guard let u = UInt64(s) else { throw .invalid("no es un entero sin signo: '\(s)'", "not an unsigned integer: '\(s)'", at: at) }
            return .uint(u)
        default: throw .noSuchOverload("uint", [v], at: at)
        }
    }

    static func toDouble(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .double: return v
        case .int(let i): return .double(Double(i))
        case .uint(let u): return .double(Double(u))
        case .string(let s):
            let special: [String: Double] = ["NaN": .nan, "Infinity": .infinity, "-Infinity": -.infinity, "+Infinity": .infinity]
            if let d = special[s] { return .double(d) }
            guard let first = s.utf8.first, first != 0x20, let d = Double(s), !s.lowercased().contains("n") else {
                throw .invalid("no es un número: '\(s)'", "not a number: '\(s)'", at: at)
            }
            return .double(d)
        default: throw .noSuchOverload("double", [v], at: at)
        }
    }

    static func toString(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .string: return v
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d): return .string(formatDouble(d))
        case .bool(let b): return .string(b ? "true" : "false")
        case .bytes(let b):
            guard let s = String(validating: b, as: UTF8.self) else {
                throw .invalid("bytes con UTF-8 no válido", "invalid UTF-8 in bytes", at: at)
            }
            return .string(s)
        case .timestamp(let t): return .string(t.description)
        case .duration(let d): return .string(d.description)
        case .type(let name): return .string(name)
        default: throw .noSuchOverload("string", [v], at: at)
        }
    }

    static func toBytes(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .bytes: return v
        case .string(let s): return .bytes(Array(s.utf8))
        default: throw .noSuchOverload("bytes", [v], at: at)
        }
    }

    static func toBool(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .bool: return v
        case .string(let s):
            switch s {
            case "true", "TRUE", "True", "t", "T", "1": return .bool(true)
            case "false", "FALSE", "False", "f", "F", "0": return .bool(false)
            default: throw .invalid("no es un booleano: '\(s)'", "not a bool: '\(s)'", at: at)
            }
        default: throw .noSuchOverload("bool", [v], at: at)
        }
    }

    static func toTimestamp(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .timestamp: return v
        case .string(let s):
            guard let t = CELTimestamp(rfc3339: s) else {
                throw .invalid("marca de tiempo no válida o fuera de rango: '\(s)'", "invalid or out-of-range timestamp: '\(s)'", at: at)
            }
            return .timestamp(t)
        case .int(let i):
            guard let t = CELTimestamp(seconds: i) else { throw .overflow("timestamp", at: at) }
            return .timestamp(t)
        default: throw .noSuchOverload("timestamp", [v], at: at)
        }
    }

    static func toDuration(_ v: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        switch v {
        case .duration: return v
        case .string(let s):
            guard let d = CELDuration(text: s) else {
                throw .invalid("duración no válida o fuera de rango: '\(s)'", "invalid or out-of-range duration: '\(s)'", at: at)
            }
            return .duration(d)
        case .int(let i):
            guard let d = CELDuration(seconds: i / 1_000_000_000, nanos: Int32(i % 1_000_000_000)) else {
                throw .overflow("duration", at: at)
            }
            return .duration(d)
        default: throw .noSuchOverload("duration", [v], at: at)
        }
    }

    /// Shortest round-trip text in the layout of cel-go, CEL's reference implementation
    /// (Go's `FormatFloat(d, 'g', -1, 64)`): plain decimals for exponents -4 ..< 6, scientific
    /// (`1e+06`, `1.5e-05`) outside.
    static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        // Swift's description is the shortest round-trip form; take its digits and exponent.
        var text = "\(abs(d))"
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var intPart = text
        var fracPart = ""
        if let dot = text.firstIndex(of: ".") {
            intPart = String(text[..<dot])
            fracPart = String(text[text.index(after: dot)...])
        }
        var digits = intPart + fracPart
        var pointPosition = intPart.count + exponent  // digits before the decimal point
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let sign = d < 0 ? "-" : ""
        let exp = pointPosition - 1
        if exp < -4 || exp >= 6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let expText = String(abs(exp))
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (expText.count < 2 ? "0" : "") + expText
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let idx = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<idx] + "." + digits[idx...]
    }
}

extension Conversions {
    /// A map key as text for error messages.
    static func keyText(_ key: CELValue) -> String {
        switch key {
        case .string(let s): s
        case .int(let i): String(i)
        case .uint(let u): "\(u)u"
        case .bool(let b): b ? "true" : "false"
        case .double(let d): formatDouble(d)
        default: key.typeName
        }
    }
}
