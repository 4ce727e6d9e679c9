/// The shape of a formula that lint checks, read from its syntax tree: in the value the expression takes
/// when every ternary condition is false, a weighted sum's coefficients (`0.5 * a + b * 0.5`) and a mean's
/// terms and divisor (`(a + b + c) / 3`, `[a, b, c].sum() / 3`).
public struct FormulaShape: Sendable {
    /// The sum of the numeric coefficients, when the value is a sum of two terms or more and each term is a
    /// product with a number literal and something else, possibly divided (`0.6 * a / b`).
    public let coefficientSum: Double?
    /// `(t1 + ... + tk) / n` or `[t1, ..., tk].sum() / n` with k ≥ 2, no subtraction among the terms, n a
    /// number literal: k and n.
    public let mean: (terms: Int, divisor: Double)?

    /// Nil when the source does not parse (its compile error is reported elsewhere).
    public init?(source: String, limits: CELLimits = .default) {
        guard let parsed = try? Self.parse(source, limits) else { return nil }
        var value = parsed
        while case .call("_?_:_", nil, let args) = value.kind, args.count == 3 { value = args[2] }
        coefficientSum = Self.coefficientSum(value)
        mean = Self.mean(value)
    }

    private static func parse(_ source: String, _ limits: CELLimits) throws(PendingCompileError) -> Expr {
        var parser = try Parser(bytes: Array(source.utf8), maxDepth: limits.maxDepth, macros: true)
        return try parser.parseAll()
    }

    private static func coefficientSum(_ value: Expr) -> Double? {
        let terms = operands(of: value, joinedBy: "_+_")
        guard terms.count >= 2 else { return nil }
        var sum = 0.0
        for term in terms {
            let (product, scale) = dividend(of: term)
            let factors = operands(of: product, joinedBy: "_*_")
            let numbers = factors.compactMap(number)
            guard factors.count >= 2, !numbers.isEmpty, numbers.count < factors.count else { return nil }
            sum += numbers.reduce(1, *) * scale
        }
        return sum
    }

    /// CEL reads `c * x / y` as `(c * x) / y`: the product under the divisions, and what they do to its
    /// coefficient (a division by a variable keeps c, one by a number k makes it c / k).
    private static func dividend(of term: Expr) -> (Expr, Double) {
        guard case .call("_/_", nil, let args) = term.kind, args.count == 2 else { return (term, 1) }
        let (product, scale) = dividend(of: args[0])
        guard let k = number(args[1]) else { return (product, scale) }
        // Over zero it is no weight at all: not a weighted term (the product alone is never a sum's term).
        return k == 0 ? (term, 1) : (product, scale / k)
    }

    private static func mean(_ value: Expr) -> (terms: Int, divisor: Double)? {
        guard case .call("_/_", nil, let args) = value.kind, args.count == 2, let divisor = number(args[1]) else { return nil }
        var terms = operands(of: args[0], joinedBy: "_+_")
        if terms.count < 2, case .call("sum", let target?, let sumArgs) = args[0].kind, sumArgs.isEmpty, case .list(let items) = target.kind {
            terms = items
        }
        guard terms.count >= 2, !terms.contains(where: subtracts) else { return nil }
        return (terms.count, divisor)
    }

    /// The operands of a chain of one binary operator: `a + b + c` → a, b, c; anything else → itself.
    private static func operands(of e: Expr, joinedBy name: String) -> [Expr] {
        guard case .call(let function, nil, let args) = e.kind, function == name, args.count == 2 else { return [e] }
        return operands(of: args[0], joinedBy: name) + operands(of: args[1], joinedBy: name)
    }

    /// A number literal; a name that reads as one (`nan`) is not.
    private static func number(_ e: Expr) -> Double? {
        switch e.kind {
        case .literal(.double(let x)): x
        case .literal(.int(let n)): Double(n)
        case .literal(.uint(let n)): Double(n)
        default: nil
        }
    }

    /// Whether a subtraction or a negation stands anywhere in `e`: such terms are not a plain mean's.
    private static func subtracts(_ e: Expr) -> Bool {
        switch e.kind {
        case .call(let name, let target, let args):
            name == "_-_" || name == "-_" || (target.map(subtracts) ?? false) || args.contains(where: subtracts)
        case .literal(.double(let x)): x < 0
        case .literal(.int(let n)): n < 0
        case .select(let operand, _, _): subtracts(operand)
        case .list(let items): items.contains(where: subtracts)
        default: false
        }
    }
}
