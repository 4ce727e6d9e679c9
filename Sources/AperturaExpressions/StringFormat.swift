import Foundation

/// The strings extension's `"...".format([args])`: printf-style clauses `%s %d %f %e %x %X %o
/// %b` with an optional precision (`%.3f`), and `%%` for a percent sign.
enum StringFormat {
    static let function = Builtin(arities: 2...2, result: .string) { args, at throws(CELEvaluationError) in
        guard case .string(let pattern) = args[0], case .list(let values) = args[1] else {
            throw .noSuchOverload("format", args, at: at)
        }
        return .string(try format(pattern, values, at))
    }

    private static func failure(_ en: String, _ es: String, _ at: Int) -> CELEvaluationError {
        .invalid(es, en, at: at)
    }

    static func format(_ pattern: String, _ values: [CELValue], _ at: Int) throws(CELEvaluationError) -> String {
        var out = ""
        var scalars = pattern.unicodeScalars.makeIterator()
        var next = 0
        while let c = scalars.next() {
            guard c == "%" else {
                out.unicodeScalars.append(c)
                continue
            }
            guard var verb = scalars.next() else {
                throw failure("incomplete formatting clause", "cláusula de formato incompleta", at)
            }
            if verb == "%" {
                out += "%"
                continue
            }
            var precision: Int?
            if verb == "." {
                var digits = ""
                while let d = scalars.next() {
                    if d.properties.numericType != nil, d.isASCII {
                        digits.unicodeScalars.append(d)
                    } else {
                        verb = d
                        break
                    }
                }
                // A bound on the precision keeps a clause from building an enormous string.
                guard let p = Int(digits), p <= 100 else {
                    throw failure("invalid precision in formatting clause", "precisión no válida en la cláusula de formato", at)
                }
                precision = p
            }
            guard next < values.count else {
                throw failure("index \(next) out of range", "índice \(next) fuera de rango", at)
            }
            let value = values[next]
            next += 1
            out += try clause(verb, precision, value, at)
        }
        return out
    }

    private static func clause(_ verb: Unicode.Scalar, _ precision: Int?, _ value: CELValue, _ at: Int) throws(CELEvaluationError) -> String {
        switch verb {
        case "s":
            return text(value)
        case "d":
            switch value {
            case .int(let i): return String(i)
            case .uint(let u): return String(u)
            case .double(let d) where !d.isFinite: return Conversions.formatDouble(d)
            default: throw failure("decimal clause can only be used on integers, was given \(value.typeName)", "la cláusula decimal solo admite enteros, no \(value.typeName)", at)
            }
        case "f", "e":
            let d: Double
            switch value {
            case .double(let v): d = v
            case .int(let i): d = Double(i)
            case .uint(let u): d = Double(u)
            default:
                let name = verb == "f" ? "fixed-point" : "scientific"
                throw failure("\(name) clause can only be used on doubles, was given \(value.typeName)", "la cláusula \(verb) solo admite números, no \(value.typeName)", at)
            }
            if !d.isFinite { return Conversions.formatDouble(d) }
            return String(format: "%.\(precision ?? 6)\(verb)", d)
        case "x", "X":
            var digits: String
            switch value {
            case .int(let i): digits = (i < 0 ? "-" : "") + String(i.magnitude, radix: 16)
            case .uint(let u): digits = String(u, radix: 16)
            case .string(let s): digits = s.utf8.map { String(format: "%02x", $0) }.joined()
            case .bytes(let b): digits = b.map { String(format: "%02x", $0) }.joined()
            default: throw failure("only integers, byte buffers, and strings can be formatted as hex, was given \(value.typeName)", "solo enteros, bytes y cadenas admiten %x, no \(value.typeName)", at)
            }
            if verb == "X" { digits = digits.uppercased() }
            return digits
        case "o":
            switch value {
            case .int(let i): return (i < 0 ? "-" : "") + String(i.magnitude, radix: 8)
            case .uint(let u): return String(u, radix: 8)
            default: throw failure("octal clause can only be used on integers, was given \(value.typeName)", "la cláusula octal solo admite enteros, no \(value.typeName)", at)
            }
        case "b":
            switch value {
            case .int(let i): return (i < 0 ? "-" : "") + String(i.magnitude, radix: 2)
            case .uint(let u): return String(u, radix: 2)
            case .bool(let b): return b ? "1" : "0"
            default: throw failure("only integers and bools can be formatted as binary, was given \(value.typeName)", "solo enteros y booleanos admiten %b, no \(value.typeName)", at)
            }
        default:
            throw failure("could not parse formatting clause: unrecognized formatting clause \"\(verb)\"", "cláusula de formato desconocida \"\(verb)\"", at)
        }
    }

    /// `%s` text: lists and maps (keys sorted) are written out element by element.
    static func text(_ value: CELValue) -> String {
        switch value {
        case .null: return "null"
        case .string(let s): return s
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        case .list(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
        case .map(let map):
            let entries = zip(map.keys, map.values).map { (text($0.0), text($0.1)) }.sorted { $0.0 < $1.0 }
            return "{" + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        case .object(let o):
            let fields = zip(o.type.fieldNames, o.fields).compactMap { name, v in v.map { "\(name): \(text($0))" } }
            return o.type.name + "{" + fields.joined(separator: ", ") + "}"
        default:
            if case .string(let s)? = try? Conversions.toString(value, 0) { return s }
            return value.typeName
        }
    }
}
