/// Whether a condition holds when only some names are known: `apertura explain --kind` knows an institution's
/// `institution.kind` (and maybe `institution.order`) but none of its answers. Three-valued, as CEL's logical
/// operators are over errors and unknowns: `true || x` is true and `false && x` is false whatever `x` is, so
/// `institution.kind != "municipio" || institution.population >= 70000` holds for any trust. Anything else that
/// reads a name not known, or is not a plain comparison of a known name with a text, leaves the question open.
public enum KnownNamesCondition {
    /// True or false when `source` is decided by `known` (dotted names and their text values) alone; nil when it
    /// is not, or does not parse (its compile error is reported elsewhere).
    public static func decide(_ source: String, known: [String: String], limits: CELLimits = .default) -> Bool? {
        guard var parser = try? Parser(bytes: Array(source.utf8), maxDepth: limits.maxDepth, macros: true),
              let parsed = try? parser.parseAll() else { return nil }
        return truth(parsed, known)
    }

    private static func truth(_ e: Expr, _ known: [String: String]) -> Bool? {
        switch e.kind {
        case .literal(.bool(let b)): return b
        case .call("_||_", nil, let args) where args.count == 2:
            let (a, b) = (truth(args[0], known), truth(args[1], known))
            if a == true || b == true { return true }
            return a == false && b == false ? false : nil
        case .call("_&&_", nil, let args) where args.count == 2:
            let (a, b) = (truth(args[0], known), truth(args[1], known))
            if a == false || b == false { return false }
            return a == true && b == true ? true : nil
        case .call("!_", nil, let args) where args.count == 1:
            return truth(args[0], known).map { !$0 }
        case .call(let op, nil, let args) where (op == "_==_" || op == "_!=_") && args.count == 2:
            // Either side may be the name.
            guard let (value, text) = knownAndText(args[0], args[1], known) ?? knownAndText(args[1], args[0], known) else { return nil }
            return (value == text) == (op == "_==_")
        case .call("@in", nil, let args) where args.count == 2:
            guard let value = name(args[0]).flatMap({ known[$0] }), case .list(let items) = args[1].kind else { return nil }
            let texts = items.compactMap(text)
            return texts.count == items.count ? texts.contains(value) : nil
        default:
            return nil
        }
    }

    /// The known value of `name` and the text literal `literal`, when they are that.
    private static func knownAndText(_ name: Expr, _ literal: Expr, _ known: [String: String]) -> (String, String)? {
        guard let value = Self.name(name).flatMap({ known[$0] }), let text = text(literal) else { return nil }
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
