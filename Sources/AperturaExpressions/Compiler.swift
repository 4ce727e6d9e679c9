import AperturaSource

/// Checks a parsed expression and turns it into a tree of closures.
///
/// Names are resolved here, once: variables become slot indices, comprehension variables
/// become local indices, fields of declared object types become field indices, and functions
/// become direct references to their implementation. Evaluation then does no lookup by name.
struct Compiler {
    let declarations: CELDeclarations
    /// When false (conformance cases run "without the checker"), undeclared names, unknown
    /// functions and type mismatches become run-time errors instead of compile errors.
    let checked: Bool
    /// Comprehension variables in scope; `path` names what a variable ranges over
    /// (`agenda.compromisos[]`), so missing-field errors inside a macro name the real field.
    var scopes: [(name: String, index: Int, type: CELType, path: String?)] = []
    var localCount = 0
    var referencedSlots = Set<Int>()
    /// Field paths read from declared variables (`comite.acta`, `agenda.compromisos[].medible`).
    var referencedPaths = Set<String>()
    /// `referencedPaths` in the order the source first reads them (left to right).
    var pathsInReadingOrder: [String] = []
    /// Where in the source each of `referencedPaths` is first written: the start of its root name.
    var pathOffsets: [String: Int] = [:]
    /// Those of `referencedPaths` that `has()` tests.
    var presenceTestedPaths = Set<String>()
    /// String literals compared with a path, in source order (`CELProgram.comparedLiterals`).
    var comparedLiterals: [CELComparedLiteral] = []

    init(declarations: CELDeclarations, checked: Bool) {
        self.declarations = declarations
        self.checked = checked
    }

    /// Names that denote type values when not declared as variables.
    static let typeDenotations: Set<String> = ["int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type"]

    func fail(_ code: String, _ es: String, _ en: String, _ offset: Int, suggesting candidates: [String] = [], for name: String = "") -> PendingCompileError {
        var error = PendingCompileError(code: code, message: LocalizedText(es: es, en: en), offset: offset)
        if let guess = Suggestion.closest(to: name, in: candidates) {
            error.help = LocalizedText(es: "¿quiso decir «\(guess)»?", en: "did you mean '\(guess)'?")
        }
        return error
    }

    mutating func compile(_ e: Expr) throws(PendingCompileError) -> CompiledNode {
        let at = e.offset
        switch e.kind {
        case .literal(let v):
            return .constant(v, CompiledNode.type(of: v))
        case .ident(let name, let rooted):
            return try compileIdent(name, rooted: rooted, at: at)
        case .select(let operand, let field, let testOnly):
            if !testOnly, let q = Self.qualifiedName(e), q.rooted || local(q.root) == nil,
                let slot = declarations.slot(of: q.name)
            {
                return variable(slot)
            }
            return try compileSelect(e, operand, field, testOnly: testOnly, at: at)
        case .call(let name, let target, let args):
            return try compileCall(name, target: target, args: args, at: at)
        case .list(let items):
            return try compileList(items, at: at)
        case .map(let entries):
            return try compileMap(entries, at: at)
        case .comprehension(let c):
            return try compileComprehension(c, at: at)
        }
    }

    // MARK: Names

    func local(_ name: String) -> (index: Int, type: CELType)? {
        for scope in scopes.reversed() where scope.name == name { return (scope.index, scope.type) }
        return nil
    }

    /// `a.b.c` as one dotted name when the expression is a chain of plain selections.
    static func qualifiedName(_ e: Expr) -> (root: String, name: String, rooted: Bool)? {
        switch e.kind {
        case .ident(let n, let rooted): return (n, n, rooted)
        case .select(let operand, let field, testOnly: false):
            guard let q = qualifiedName(operand) else { return nil }
            return (q.root, q.name + "." + field, q.rooted)
        default: return nil
        }
    }

    /// A readable path for a selection operand: the dotted chain, with comprehension variables
    /// replaced by what they range over.
    func path(of e: Expr) -> String? {
        switch e.kind {
        case .ident(let name, let rooted):
            if !rooted, let scope = scopes.last(where: { $0.name == name }) { return scope.path ?? name }
            return name
        case .select(let operand, let field, testOnly: false):
            return path(of: operand).map { $0 + "." + field }
        case .call("_[_]", nil, let args) where args.count == 2:
            return path(of: args[0]).map { $0 + "[]" }
        default:
            return nil
        }
    }

    /// The offset where `e` begins: a selection or an index begins with its operand.
    static func start(of e: Expr) -> Int {
        switch e.kind {
        case .select(let operand, _, _): start(of: operand)
        case .call("_[_]", nil, let args) where args.count == 2: start(of: args[0])
        default: e.offset
        }
    }

    mutating func variable(_ slot: Int) -> CompiledNode {
        referencedSlots.insert(slot)
        return CompiledNode(eval: { ctx in ctx.slot(slot) }, type: declarations.types[slot], constant: nil)
    }

    mutating func compileIdent(_ name: String, rooted: Bool, at: Int) throws(PendingCompileError) -> CompiledNode {
        if !rooted, let l = local(name) {
            let index = l.index
            return CompiledNode(eval: { ctx in ctx.locals[index] }, type: l.type, constant: nil)
        }
        if let slot = declarations.slot(of: name) { return variable(slot) }
        if Self.typeDenotations.contains(name) { return .constant(.type(name), .type) }
        if checked {
            throw fail(
                CELCompileError.undeclaredReference, "variable no declarada: «\(name)»",
                "undeclared reference to '\(name)'", at,
                suggesting: declarations.names + scopes.map(\.name), for: name)
        }
        let error = CELEvaluationError(
            kind: .undeclaredReference(name),
            message: .init(es: "variable no declarada: «\(name)»", en: "undeclared reference to '\(name)'"),
            offset: at)
        return CompiledNode(eval: { _ throws(CELEvaluationError) in throw error }, type: .dyn, constant: nil)
    }

    // MARK: Selection

    mutating func compileSelect(
        _ e: Expr, _ operand: Expr, _ field: String, testOnly: Bool, at: Int
    ) throws(PendingCompileError) -> CompiledNode {
        let op = try compile(operand)
        let opEval = op.eval
        let operandPath = self.path(of: operand)
        let path = operandPath.map { $0 + "." + field } ?? field
        if let operandPath {
            let root = String(operandPath.prefix { $0 != "." && $0 != "[" })
            if declarations.slot(of: root) != nil || declarations.slot(of: operandPath) != nil {
                if referencedPaths.insert(path).inserted {
                    pathsInReadingOrder.append(path)
                    pathOffsets[path] = Self.start(of: operand)
                }
                if testOnly { presenceTestedPaths.insert(path) }
            }
        }
        switch op.type {
        case .object(let objectType):
            guard let index = objectType.index(of: field) else {
                // Name the operand as the author wrote it ('solicitudes', 'm'); the type's name
                // ('apertura.solicitudes') is internal and only used when the operand has no path.
                let owner = operandPath ?? objectType.name
                if owner.hasSuffix("[]") {
                    let list = owner.dropLast(2)
                    throw fail(
                        CELCompileError.unknownField, "los elementos de «\(list)» no tienen el campo «\(field)»",
                        "the items of '\(list)' have no field '\(field)'", e.fieldOffset ?? at, suggesting: objectType.fieldNames, for: field)
                }
                throw fail(
                    CELCompileError.unknownField, "«\(owner)» no tiene el campo «\(field)»",
                    "'\(owner)' has no field '\(field)'", e.fieldOffset ?? at, suggesting: objectType.fieldNames, for: field)
            }
            let storage = objectType.storage
            if testOnly {
                return CompiledNode(
                    eval: { ctx throws(CELEvaluationError) in
                        let v = try opEval(ctx)
                        if case .object(let o) = v, o.type.storage === storage { return .bool(o.fields[index] != nil) }
                        return try Selection.select(v, field, path: path, testOnly: true, at: at)
                    }, type: .bool, constant: nil)
            }
            return CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    let v = try opEval(ctx)
                    if case .object(let o) = v, o.type.storage === storage {
                        guard let f = o.fields[index] else { throw Indexing.noSuchField(path, at) }
                        return f
                    }
                    return try Selection.select(v, field, path: path, testOnly: false, at: at)
                }, type: objectType.fieldTypes[index], constant: nil)
        case .null, .bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration, .list, .type:
            if checked {
                throw fail(
                    CELCompileError.typeMismatch, "un valor de tipo \(op.type) no tiene campos",
                    "a value of type \(op.type) has no fields", at)
            }
        case .map, .dyn:
            break
        }
        var type: CELType = .dyn
        if testOnly {
            type = .bool
        } else if case .map(_, let v) = op.type {
            type = v
        }
        let node = CompiledNode(
            eval: { ctx throws(CELEvaluationError) in
                try Selection.select(try opEval(ctx), field, path: path, testOnly: testOnly, at: at)
            }, type: type, constant: nil)
        return fold(node, inputs: [op])
    }

    /// Evaluates a node whose inputs are all constant, keeping it as is if that fails
    /// (the error must then surface at run time, where `&&`/`||` may absorb it).
    func fold(_ node: CompiledNode, inputs: [CompiledNode]?) -> CompiledNode {
        guard let inputs, inputs.allSatisfy({ $0.constant != nil }) else { return node }
        let context = EvalContext.make(slots: [], localCount: 0, maxCost: 1_000)
        guard let value = try? node.eval(context) else { return node }
        var result = CompiledNode.constant(value, node.type)
        if case .dyn = node.type { result.type = .dyn }
        return result
    }
}
