/// One operand of an expression's top-level `&&` chain, compiled on its own: when the whole is false,
/// evaluating the operands in order finds the first that is, the condition that made it so. A negated `||`
/// chain in it is read as the `&&` chain it equals: `!(a || b)` is `!a && !b`.
public struct CELConjunct: Sendable {
    public let program: CELProgram
    /// The operand as written, without the parentheses that only group the chain.
    public let text: String
    /// The paths it reads (as `CELProgram.referencedPaths` names them), in the order it reads them: left to right.
    public let paths: [String]

    /// The operands of `source`'s top-level `&&` chain, left to right; a parenthesised chain inside it is
    /// part of it (`(a && b) && c` gives a, b, c), and `!(a || b)` gives `!(a)` and `!(b)`. Empty when the expression is no such chain, or when an
    /// operand does not compile alone (it always should: the whole compiled, and a top-level operand has no
    /// comprehension variable in scope).
    public static func split(_ source: String, declarations: CELDeclarations, limits: CELLimits = .default) -> [CELConjunct] {
        let bytes = Array(source.utf8)
        guard bytes.count <= limits.maxSourceLength,
            var parser = try? Parser(bytes: bytes, maxDepth: limits.maxDepth, macros: true),
            let expr = try? parser.parseAll()
        else { return [] }
        var operands: [(expr: Expr, negated: Bool)] = []
        var operators: [Int] = []
        flatten(expr, negated: false, into: &operands, operators: &operators)
        guard operands.count > 1 else { return [] }
        var conjuncts: [CELConjunct] = []
        for (index, operand) in operands.enumerated() {
            var compiler = Compiler(declarations: declarations, checked: true)
            let expr = operand.negated ? Expr(kind: .call("!_", target: nil, args: [operand.expr]), offset: operand.expr.offset) : operand.expr
            guard let node = try? compiler.compile(expr) else { return [] }
            let program = CELProgram(node, compiledBy: compiler, limits: limits)
            // Between the `&&` or `||` before it (two bytes) and the one after it.
            let start = index == 0 ? 0 : operators[index - 1] + 2
            let end = index == operators.count ? bytes.count : operators[index]
            let written = text(Array(bytes[start..<end]))
            conjuncts.append(CELConjunct(program: program, text: operand.negated ? "!(\(written))" : written, paths: compiler.pathsInReadingOrder))
        }
        return conjuncts
    }

    /// The operands of nested `_&&_` calls in source order, with the offsets of the operators between them;
    /// under a `!`, the operands of nested `_||_` calls, each `negated`.
    private static func flatten(_ expr: Expr, negated: Bool, into operands: inout [(expr: Expr, negated: Bool)], operators: inout [Int]) {
        if !negated, case .call("!_", nil, let args) = expr.kind, args.count == 1, case .call("_||_", nil, _) = args[0].kind {
            flatten(args[0], negated: true, into: &operands, operators: &operators)
            return
        }
        guard case .call(negated ? "_||_" : "_&&_", nil, let args) = expr.kind, args.count == 2 else {
            operands.append((expr, negated))
            return
        }
        flatten(args[0], negated: negated, into: &operands, operators: &operators)
        operators.append(expr.offset)
        flatten(args[1], negated: negated, into: &operands, operators: &operators)
    }

    /// The source between two `&&` without the surrounding space and the grouping parentheses it cuts
    /// through: `(a ` is `a`, ` b)` is `b`, `(x || y)` stays whole. The parentheses are counted on tokens, so
    /// one inside a string literal is not taken for one.
    private static func text(_ bytes: [UInt8]) -> String {
        var lexer = Lexer(bytes: bytes)
        var opens: [Int] = [], firstUnmatchedClose: Int?
        while let token = try? lexer.next() {
            if case .end = token.kind { break }
            if case .punct(.lparen) = token.kind {
                opens.append(token.offset)
            } else if case .punct(.rparen) = token.kind {
                if opens.popLast() == nil, firstUnmatchedClose == nil { firstUnmatchedClose = token.offset }
            }
        }
        // The parentheses still open are those that group the chain: they come first, before the operand.
        let start = opens.last.map { $0 + 1 } ?? 0
        let end = firstUnmatchedClose ?? bytes.count
        guard start < end else { return String(decoding: bytes, as: UTF8.self).trimmingSpaces }
        return String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces
    }
}

extension String {
    /// Without the spaces, tabs and line breaks at either end.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
