/// CEL's strings extension library (`charAt`, `indexOf`, `split`, `strings.quote`...).
/// Positions count Unicode code points.
enum StringExtension {
    private static func outOfRange(_ i: Int64, _ at: Int) -> CELEvaluationError {
        CELEvaluationError(
            kind: .indexOutOfRange, message: .init(es: "índice fuera de rango: \(i)", en: "index out of range: \(i)"),
            offset: at)
    }

    private static func find(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], from: Int) -> Int? {
        StringFunctions.firstMatch(of: needle, in: hay, from: from)
    }

    /// The UTF-8 size of `replace`'s result, counted without building it (0 for arguments it rejects).
    static func replacedSize(_ args: [CELValue]) -> Int {
        guard args.count >= 3, case .string(let s) = args[0], case .string(let old) = args[1], case .string(let new) = args[2] else { return 0 }
        var limit: Int64 = -1
        if args.count == 4 {
            guard case .int(let n) = args[3] else { return 0 }
            limit = n
        }
        let hay = Array(s.unicodeScalars)
        let needle = Array(old.unicodeScalars)
        var count = 0
        if needle.isEmpty {
            count = hay.count + 1
        } else {
            var i = 0
            while let next = find(hay, needle, from: i) {
                count += 1
                i = next + needle.count
            }
        }
        if limit >= 0 { count = Int(min(Int64(count), limit)) }
        return s.utf8.count + count * (new.utf8.count - old.utf8.count)
    }

    /// The UTF-8 size of `join`'s result, counted without building it (0 for arguments it rejects).
    static func joinedSize(_ args: [CELValue]) -> Int {
        guard case .list(let items) = args[0] else { return 0 }
        var separator = 0
        if args.count == 2 {
            guard case .string(let sep) = args[1] else { return 0 }
            separator = sep.utf8.count
        }
        var size = max(items.count - 1, 0) * separator
        for case .string(let s) in items { size += s.utf8.count }
        return size
    }

    private static func text(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    static let functions: [String: Builtin] = {
        var f: [String: Builtin] = [:]
        f["charAt"] = Builtin(arities: 2...2, result: .string) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0], case .int(let i) = args[1] else { throw .noSuchOverload("charAt", args, at: at) }
            let scalars = Array(s.unicodeScalars)
            guard i >= 0, i <= scalars.count else { throw outOfRange(i, at) }
            return .string(i == scalars.count ? "" : String(scalars[Int(i)]))
        }
        f["indexOf"] = Builtin(arities: 2...3, result: .int) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0], case .string(let sub) = args[1] else { throw .noSuchOverload("indexOf", args, at: at) }
            let hay = Array(s.unicodeScalars)
            var start: Int64 = 0
            if args.count == 3 {
                guard case .int(let i) = args[2] else { throw .noSuchOverload("indexOf", args, at: at) }
                guard i >= 0, i <= hay.count else { throw outOfRange(i, at) }
                start = i
            }
            return .int(Int64(find(hay, Array(sub.unicodeScalars), from: Int(start)) ?? -1))
        }
        f["lastIndexOf"] = Builtin(arities: 2...3, result: .int) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0], case .string(let sub) = args[1] else { throw .noSuchOverload("lastIndexOf", args, at: at) }
            let hay = Array(s.unicodeScalars)
            let needle = Array(sub.unicodeScalars)
            var last = hay.count
            if args.count == 3 {
                guard case .int(let i) = args[2] else { throw .noSuchOverload("lastIndexOf", args, at: at) }
                guard i >= 0, i < max(hay.count, 1) else { throw outOfRange(i, at) }
                last = Int(i)
            }
            if needle.isEmpty { return .int(Int64(last)) }
            // The last match starting at or before `last` is the first match of the reversed needle
            // in the reversed string ending at or after the mirror position (linear, like `find`).
            guard needle.count <= hay.count else { return .int(-1) }
            let start = max(hay.count - needle.count - last, 0)
            if let j = find(Array(hay.reversed()), Array(needle.reversed()), from: start) { return .int(Int64(hay.count - needle.count - j)) }
            return .int(-1)
        }
        for upper in [false, true] {
            let name = upper ? "upperAscii" : "lowerAscii"
            f[name] = Builtin(arities: 1...1, result: .string) { args, at throws(CELEvaluationError) in
                guard case .string(let s) = args[0] else { throw .noSuchOverload(name, args, at: at) }
                let mapped = s.unicodeScalars.map { c -> Unicode.Scalar in
                    if upper, c.value >= 0x61, c.value <= 0x7A { return Unicode.Scalar(c.value - 32)! }
                    if !upper, c.value >= 0x41, c.value <= 0x5A { return Unicode.Scalar(c.value + 32)! }
                    return c
                }
                return .string(text(mapped))
            }
        }
        f["replace"] = Builtin(arities: 3...4, result: .string) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0], case .string(let old) = args[1], case .string(let new) = args[2] else {
                throw .noSuchOverload("replace", args, at: at)
            }
            var limit: Int64 = -1
            if args.count == 4 {
                guard case .int(let n) = args[3] else { throw .noSuchOverload("replace", args, at: at) }
                limit = n
            }
            let hay = Array(s.unicodeScalars)
            let needle = Array(old.unicodeScalars)
            let replacement = Array(new.unicodeScalars)
            var out: [Unicode.Scalar] = []
            var i = 0
            var done: Int64 = 0
            while i <= hay.count {
                if limit >= 0 && done >= limit { break }
                guard let next = find(hay, needle, from: i) else { break }
                out.append(contentsOf: hay[i..<next])
                out.append(contentsOf: replacement)
                done += 1
                if needle.isEmpty {
                    if next < hay.count { out.append(hay[next]) }
                    i = next + 1
                } else {
                    i = next + needle.count
                }
            }
            if i < hay.count { out.append(contentsOf: hay[i...]) }
            return .string(text(out))
        }
        f["split"] = Builtin(arities: 2...3, result: .list(.string)) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0], case .string(let sep) = args[1] else { throw .noSuchOverload("split", args, at: at) }
            var limit: Int64 = -1
            if args.count == 3 {
                guard case .int(let n) = args[2] else { throw .noSuchOverload("split", args, at: at) }
                limit = n
            }
            if limit == 0 { return .list([]) }
            let hay = Array(s.unicodeScalars)
            let needle = Array(sep.unicodeScalars)
            var parts: [CELValue] = []
            if needle.isEmpty {
                for (k, c) in hay.enumerated() {
                    if limit > 0 && Int64(parts.count) == limit - 1 {
                        parts.append(.string(text(hay[k...])))
                        return .list(parts)
                    }
                    parts.append(.string(String(c)))
                }
                return .list(parts)
            }
            var i = 0
            while limit < 0 || Int64(parts.count) < limit - 1, let next = find(hay, needle, from: i) {
                parts.append(.string(text(hay[i..<next])))
                i = next + needle.count
            }
            parts.append(.string(text(hay[i...])))
            return .list(parts)
        }
        f["substring"] = Builtin(arities: 2...3, result: .string) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0], case .int(let start) = args[1] else { throw .noSuchOverload("substring", args, at: at) }
            let scalars = Array(s.unicodeScalars)
            var end = Int64(scalars.count)
            if args.count == 3 {
                guard case .int(let e) = args[2] else { throw .noSuchOverload("substring", args, at: at) }
                end = e
            }
            guard start >= 0, start <= scalars.count else { throw outOfRange(start, at) }
            guard end >= 0, end <= scalars.count else { throw outOfRange(end, at) }
            guard start <= end else {
                throw .invalid(
                    "rango de subcadena no válido: inicio \(start), fin \(end)", "invalid substring range. start: \(start), end: \(end)", at: at)
            }
            return .string(text(scalars[Int(start)..<Int(end)]))
        }
        f["trim"] = Builtin(arities: 1...1, result: .string) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0] else { throw .noSuchOverload("trim", args, at: at) }
            let scalars = Array(s.unicodeScalars)
            func isSpace(_ c: Unicode.Scalar) -> Bool {
                switch c.value {
                case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
                default: false
                }
            }
            var lo = 0
            var hi = scalars.count
            while lo < hi, isSpace(scalars[lo]) { lo += 1 }
            while hi > lo, isSpace(scalars[hi - 1]) { hi -= 1 }
            return .string(text(scalars[lo..<hi]))
        }
        f["join"] = Builtin(arities: 1...2, result: .string) { args, at throws(CELEvaluationError) in
            guard case .list(let items) = args[0] else { throw .noSuchOverload("join", args, at: at) }
            var separator = ""
            if args.count == 2 {
                guard case .string(let sep) = args[1] else { throw .noSuchOverload("join", args, at: at) }
                separator = sep
            }
            var parts: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw .noSuchOverload("join", args, at: at) }
                parts.append(s)
            }
            return .string(parts.joined(separator: separator))
        }
        f["reverse"] = Builtin(arities: 1...1, result: .string) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0] else { throw .noSuchOverload("reverse", args, at: at) }
            return .string(text(s.unicodeScalars.reversed()))
        }
        f["strings.quote"] = Builtin(arities: 1...1, result: .string) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0] else { throw .noSuchOverload("strings.quote", args, at: at) }
            return .string(CELStringQuoting.quote(s))
        }
        f["replace"]?.resultSize = replacedSize
        f["join"]?.resultSize = joinedSize
        return f
    }()
}
