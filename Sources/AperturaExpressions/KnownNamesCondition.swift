/// Whether a condition holds when only some names are known: `apertura explain --kind` knows an institution's
/// `institution.kind` (and maybe `institution.order`) but none of its answers. Three-valued, as CEL's logical
/// operators are over errors and unknowns: `true || x` is true and `false && x` is false whatever `x` is, so
/// `institution.kind != "municipio" || institution.population >= 70000` holds for any trust. Anything else that
/// reads a name not known, or is not a plain comparison of a known name with a text or a number, leaves the
/// question open. `validate` knows the whole institution, its population too (`institution.population >= 70000`),
/// and which of its fields it leaves out (`!has(institution.population)`).
public enum KnownNamesCondition {
    /// True or false when `source` is decided by `known` (dotted names and their text values), `numbers` (names
    /// and their numbers) and `absent` (names known not to be written, which `has()` finds false) alone; nil when
    /// it is not, or does not parse (its compile error is reported elsewhere).
    public static func decide(_ source: String, known: [String: String], numbers: [String: Double] = [:], absent: Set<String> = [],
                              limits: CELLimits = .default) -> Bool? {
        guard var parser = try? Parser(bytes: Array(source.utf8), maxDepth: limits.maxDepth, macros: true),
              let parsed = try? parser.parseAll() else { return nil }
        return Facts(texts: known, numbers: numbers, absent: absent).truth(parsed)
    }
}

/// What `KnownNamesCondition` knows of the names a condition reads.
private struct Facts {
    let texts: [String: String]
    let numbers: [String: Double]
    let absent: Set<String>

    func truth(_ e: Expr) -> Bool? {
        let known = texts
        switch e.kind {
        case .literal(.bool(let b)): return b
        case .call("_||_", nil, let args) where args.count == 2:
            let (a, b) = (truth(args[0]), truth(args[1]))
            if a == true || b == true { return true }
            return a == false && b == false ? false : nil
        case .call("_&&_", nil, let args) where args.count == 2:
            let (a, b) = (truth(args[0]), truth(args[1]))
            if a == false || b == false { return false }
            return a == true && b == true ? true : nil
        case .call("!_", nil, let args) where args.count == 1:
            return truth(args[0]).map { !$0 }
        case .select(let operand, let field, testOnly: true):
            // `has(institution.population)`: written when its value is known, not when it is known to be absent.
            guard let name = Self.name(operand).map({ $0 + "." + field }) else { return nil }
            if texts[name] != nil || numbers[name] != nil { return true }
            return absent.contains(name) ? false : nil
        case .call(let op, nil, let args) where (op == "_==_" || op == "_!=_") && args.count == 2:
            // Either side may be the name.
            if let (value, text) = knownAndText(args[0], args[1], known) ?? knownAndText(args[1], args[0], known) {
                return (value == text) == (op == "_==_")
            }
            return compare(op, args[0], args[1])
        case .call(let op, nil, let args) where ["_<_", "_<=_", "_>_", "_>=_"].contains(op) && args.count == 2:
            return compare(op, args[0], args[1])
        case .call("@in", nil, let args) where args.count == 2:
            guard let value = Self.name(args[0]).flatMap({ known[$0] }), case .list(let items) = args[1].kind else { return nil }
            let texts = items.compactMap(Self.text)
            return texts.count == items.count ? texts.contains(value) : nil
        default:
            return nil
        }
    }

    /// A known number against a number literal, or the other way round.
    private func compare(_ op: String, _ left: Expr, _ right: Expr) -> Bool? {
        let leftKnown = Self.name(left).flatMap { numbers[$0] }, rightKnown = Self.name(right).flatMap { numbers[$0] }
        guard leftKnown != nil || rightKnown != nil, let a = leftKnown ?? Self.number(left), let b = rightKnown ?? Self.number(right) else { return nil }
        switch op {
        case "_<_": return a < b
        case "_<=_": return a <= b
        case "_>_": return a > b
        case "_>=_": return a >= b
        case "_==_": return a == b
        default: return a != b
        }
    }

    private static func number(_ e: Expr) -> Double? {
        switch e.kind {
        case .literal(.int(let i)): Double(i)
        case .literal(.uint(let u)): Double(u)
        case .literal(.double(let d)): d
        default: nil
        }
    }

    /// The known value of `name` and the text literal `literal`, when they are that.
    private func knownAndText(_ name: Expr, _ literal: Expr, _ known: [String: String]) -> (String, String)? {
        guard let value = Self.name(name).flatMap({ known[$0] }), let text = Self.text(literal) else { return nil }
        return (value, text)
    }

    /// `institution.kind` for the selection chain that reads it (not a `has()` test, which asks about presence).
    private static func name(_ e: Expr) -> String? {
        switch e.kind {
        case .ident(let name, _): return name
        case .select(let operand, let field, testOnly: false): return name(operand).map { $0 + "." + field }
        default: return nil
        }
    }

    private static func text(_ e: Expr) -> String? {
        if case .literal(.string(let s)) = e.kind { return s }
        return nil
    }
}
