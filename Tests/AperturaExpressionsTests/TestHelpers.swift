@testable import AperturaExpressions

/// Compiles and evaluates `source` with the given variables (declared as `dyn` unless typed).
func evaluate(
    _ source: String, _ variables: [(String, CELType, CELValue)] = [], limits: CELLimits = .default,
    macros: Bool = true
) throws -> Result<CELValue, CELEvaluationError> {
    var declarations = CELDeclarations()
    for (name, type, _) in variables { declarations.declare(name, type) }
    let program = try CELProgram.compile(source, declarations: declarations, limits: limits, macros: macros)
    return program.evaluate(CELActivation(slots: variables.map(\.2)))
}

/// The value, or nil on an evaluation error.
func value(_ source: String, _ variables: [(String, CELType, CELValue)] = []) throws -> CELValue? {
    try? evaluate(source, variables).get()
}

/// The evaluation error, or nil when a value was produced.
func evaluationError(_ source: String, _ variables: [(String, CELType, CELValue)] = []) throws -> CELEvaluationError? {
    if case .failure(let e) = try evaluate(source, variables) { return e }
    return nil
}

/// The compile error, or nil when the source compiles.
func compileError(_ source: String, declarations: CELDeclarations = CELDeclarations(), limits: CELLimits = .default) -> CELCompileError? {
    do {
        _ = try CELProgram.compile(source, declarations: declarations, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// A compact rendering of a parsed expression, to compare parser output in tables.
func render(_ e: Expr) -> String {
    switch e.kind {
    case .literal(let v):
        switch v {
        case .int(let i): return String(i)
        case .uint(let u): return "\(u)u"
        case .double(let d): return "\(d)"
        case .string(let s): return "\"\(s)\""
        case .bool(let b): return String(b)
        case .null: return "null"
        case .bytes(let b): return "b\(b)"
        default: return "\(v)"
        }
    case .ident(let name, let rooted): return (rooted ? "." : "") + name
    case .select(let operand, let field, let testOnly):
        return testOnly ? "has(\(render(operand)).\(field))" : "\(render(operand)).\(field)"
    case .call(let name, let target, let args):
        let rendered = args.map(render).joined(separator: ", ")
        if let target { return "\(render(target)).\(name)(\(rendered))" }
        return "\(name)(\(rendered))"
    case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
    case .map(let entries): return "{" + entries.map { "\(render($0.0)): \(render($0.1))" }.joined(separator: ", ") + "}"
    case .comprehension(let c):
        let vars = [c.variable, c.valueVariable].compactMap { $0 }.joined(separator: ", ")
        let filter = c.filter.map { ", " + render($0) } ?? ""
        return "\(c.kind)(\(render(c.range)), \(vars)\(filter), \(render(c.body)))"
    }
}

func parse(_ source: String, macros: Bool = true, maxDepth: Int = 64) throws -> String {
    var parser = try Parser(bytes: Array(source.utf8), maxDepth: maxDepth, macros: macros)
    return render(try parser.parseAll())
}
