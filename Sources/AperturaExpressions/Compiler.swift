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
    private var scopes: [(name: String, index: Int, type: CELType, path: String?)] = []
    private(set) var localCount = 0
    private(set) var referencedSlots = Set<Int>()

    init(declarations: CELDeclarations, checked: Bool) {
        self.declarations = declarations
        self.checked = checked
    }

    /// Names that denote type values when not declared as variables.
    static let typeDenotations: Set<String> = ["int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type"]

    private func fail(_ code: String, _ es: String, _ en: String, _ offset: Int) -> PendingCompileError {
        PendingCompileError(code: code, message: LocalizedText(es: es, en: en), offset: offset)
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

    private func local(_ name: String) -> (index: Int, type: CELType)? {
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
    private func path(of e: Expr) -> String? {
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

    private mutating func variable(_ slot: Int) -> CompiledNode {
        referencedSlots.insert(slot)
        return CompiledNode(eval: { ctx in ctx.slot(slot) }, type: declarations.types[slot], constant: nil)
    }

    private mutating func compileIdent(_ name: String, rooted: Bool, at: Int) throws(PendingCompileError) -> CompiledNode {
        if !rooted, let l = local(name) {
            let index = l.index
            return CompiledNode(eval: { ctx in ctx.locals[index] }, type: l.type, constant: nil)
        }
        if let slot = declarations.slot(of: name) { return variable(slot) }
        if Self.typeDenotations.contains(name) { return .constant(.type(name), .type) }
        if checked {
            throw fail(
                CELCompileError.undeclaredReference, "variable no declarada: '\(name)'",
                "undeclared reference to '\(name)'", at)
        }
        let error = CELEvaluationError(
            kind: .undeclaredReference(name),
            message: .init(es: "variable no declarada: '\(name)'", en: "undeclared reference to '\(name)'"),
            offset: at)
        return CompiledNode(eval: { _ throws(CELEvaluationError) in throw error }, type: .dyn, constant: nil)
    }

    // MARK: Selection

    private mutating func compileSelect(
        _ e: Expr, _ operand: Expr, _ field: String, testOnly: Bool, at: Int
    ) throws(PendingCompileError) -> CompiledNode {
        let op = try compile(operand)
        let opEval = op.eval
        let path = self.path(of: operand).map { $0 + "." + field } ?? field
        switch op.type {
        case .object(let objectType):
            guard let index = objectType.index(of: field) else {
                throw fail(
                    CELCompileError.unknownField, "'\(objectType.name)' no tiene el campo '\(field)'",
                    "'\(objectType.name)' has no field '\(field)'", at)
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
        return fold(node)
    }

    /// Evaluates a node whose inputs are all constant, keeping it as is if that fails
    /// (the error must then surface at run time, where `&&`/`||` may absorb it).
    private func fold(_ node: CompiledNode, inputs: [CompiledNode]? = nil) -> CompiledNode {
        if let inputs, !inputs.allSatisfy({ $0.constant != nil }) { return node }
        if inputs == nil { return node }
        let context = EvalContext.make(slots: [], localCount: 0, maxCost: 1_000)
        guard let value = try? node.eval(context) else { return node }
        var result = CompiledNode.constant(value, node.type)
        if case .dyn = node.type { result.type = .dyn }
        return result
    }

    // MARK: Calls

    private mutating func compileCall(_ name: String, target: Expr?, args: [Expr], at: Int) throws(PendingCompileError) -> CompiledNode {
        if target == nil {
            switch name {
            case "_&&_", "_||_": return try compileLogic(and: name == "_&&_", args[0], args[1], at: at)
            case "_?_:_": return try compileConditional(args[0], args[1], args[2], at: at)
            default: break
            }
        }
        var all = args
        var name = name
        if let target {
            // `math.greatest(...)`, `strings.quote(...)`: a namespaced function, unless the
            // namespace is a variable.
            if let q = Self.qualifiedName(target), local(q.root) == nil,
                declarations.slot(of: q.root) == nil, declarations.slot(of: q.name) == nil,
                Builtin.lookup(q.name + "." + name) != nil
            {
                name = q.name + "." + name
            } else {
                all.insert(target, at: 0)
            }
        }
        guard let builtin = Builtin.lookup(name), builtin.accepts(arity: all.count) else {
            if checked {
                throw fail(
                    CELCompileError.unknownFunction, "función desconocida: '\(name)' con \(all.count) argumentos",
                    "unknown function: '\(name)' with \(all.count) arguments", at)
            }
            let error = CELEvaluationError(
                kind: .unknownFunction(name),
                message: .init(es: "función desconocida: '\(name)'", en: "unbound function: '\(name)'"),
                offset: at)
            return CompiledNode(eval: { _ throws(CELEvaluationError) in throw error }, type: .dyn, constant: nil)
        }
        var nodes: [CompiledNode] = []
        for arg in all { nodes.append(try compile(arg)) }
        let types = nodes.map(\.type)
        var resultType: CELType = .dyn
        if let t = builtin.resultType(types) {
            resultType = t
        } else if checked, !types.contains(where: \.isDyn) {
            let shown = types.map(\.description).joined(separator: ", ")
            throw fail(
                CELCompileError.typeMismatch, "'\(Self.displayName(name))' no acepta (\(shown))",
                "'\(Self.displayName(name))' does not accept (\(shown))", at)
        } else if ["int", "uint", "double", "string", "bytes", "bool", "timestamp", "duration", "size"].contains(name)
            || TimeFunctions.accessors.contains(name)
        {
            resultType = name == "size" || TimeFunctions.accessors.contains(name) ? .int : (builtin.resultType([.dyn]) ?? .dyn)
        } else if ["_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_", "@in", "!_", "contains", "startsWith", "endsWith", "matches"].contains(name) {
            resultType = .bool
        }
        let node: CompiledNode
        if let f = builtin.nary {
            let evals = nodes.map(\.eval)
            node = CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    var values: [CELValue] = []
                    values.reserveCapacity(evals.count)
                    for e in evals { values.append(try e(ctx)) }
                    return try f(values, at)
                }, type: resultType, constant: nil)
        } else if nodes.count == 1, let f = builtin.unary {
            let a = nodes[0].eval
            node = CompiledNode(eval: { ctx throws(CELEvaluationError) in try f(try a(ctx), at) }, type: resultType, constant: nil)
        } else if name == "matches", let pattern = nodes[1].constant, case .string(let p) = pattern, let regex = CompiledRegex(p) {
            // The pattern is a literal: compile the regular expression once, not per evaluation.
            let a = nodes[0].eval
            node = CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    let v = try a(ctx)
                    guard case .string(let s) = v else { throw .noSuchOverload("matches", [v, pattern], at: at) }
                    return .bool(regex.matches(s))
                }, type: .bool, constant: nil)
        } else if name == "_+_" {
            // Concatenation charges the size of what it builds: repeated doubling through
            // nested bindings would otherwise allocate without bound.
            let a = nodes[0].eval
            let b = nodes[1].eval
            node = CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    let result = try Arithmetic.add(try a(ctx), try b(ctx), at)
                    switch result {
                    case .list(let items): try ctx.charge(items.count, at: at)
                    case .string(let s): try ctx.charge(s.utf8.count / 16, at: at)
                    case .bytes(let bytes): try ctx.charge(bytes.count / 16, at: at)
                    default: break
                    }
                    return result
                }, type: resultType, constant: nil)
        } else {
            let f = builtin.binary!
            let a = nodes[0].eval
            let b = nodes[1].eval
            node = CompiledNode(eval: { ctx throws(CELEvaluationError) in try f(try a(ctx), try b(ctx), at) }, type: resultType, constant: nil)
        }
        return fold(node, inputs: nodes)
    }

    static func displayName(_ name: String) -> String {
        switch name {
        case "@in": "in"
        case "_[_]": "[]"
        default: name.replacingOccurrences(of: "_", with: "")
        }
    }

    private mutating func compileLogic(and isAnd: Bool, _ left: Expr, _ right: Expr, at: Int) throws(PendingCompileError) -> CompiledNode {
        let l = try compile(left)
        let r = try compile(right)
        if checked {
            for n in [l, r] where !n.type.isDyn && n.type != .bool {
                throw fail(
                    CELCompileError.typeMismatch, "'\(isAnd ? "&&" : "||")' requiere bool, no \(n.type)",
                    "'\(isAnd ? "&&" : "||")' requires bool, not \(n.type)", at)
            }
        }
        let le = l.eval
        let re = r.eval
        let name = isAnd ? "_&&_" : "_||_"
        // The value that decides the result on its own: false for &&, true for ||. Either side
        // may decide it, even when the other failed: CEL's commutative error absorption.
        let decisive = !isAnd
        let node = CompiledNode(
            eval: { ctx throws(CELEvaluationError) in
                var failure: CELEvaluationError?
                do throws(CELEvaluationError) {
                    let v = try le(ctx)
                    if case .bool(let b) = v {
                        if b == decisive { return v }
                    } else {
                        failure = .noSuchOverload(name, [v], at: at)
                    }
                } catch {
                    failure = error
                }
                do throws(CELEvaluationError) {
                    let v = try re(ctx)
                    if case .bool(let b) = v {
                        if b == decisive { return v }
                    } else if failure == nil {
                        failure = .noSuchOverload(name, [v], at: at)
                    }
                } catch {
                    if failure == nil { failure = error }
                }
                if let failure { throw failure }
                return .bool(!decisive)
            }, type: .bool, constant: nil)
        return fold(node, inputs: [l, r])
    }

    private mutating func compileConditional(_ c: Expr, _ t: Expr, _ f: Expr, at: Int) throws(PendingCompileError) -> CompiledNode {
        let cond = try compile(c)
        let whenTrue = try compile(t)
        let whenFalse = try compile(f)
        if checked, !cond.type.isDyn, cond.type != .bool {
            throw fail(
                CELCompileError.typeMismatch, "la condición de '?:' debe ser bool, no \(cond.type)",
                "the condition of '?:' must be bool, not \(cond.type)", at)
        }
        let ce = cond.eval
        let te = whenTrue.eval
        let fe = whenFalse.eval
        let node = CompiledNode(
            eval: { ctx throws(CELEvaluationError) in
                let v = try ce(ctx)
                guard case .bool(let b) = v else { throw .noSuchOverload("_?_:_", [v], at: at) }
                return b ? try te(ctx) : try fe(ctx)
            }, type: whenTrue.type == whenFalse.type ? whenTrue.type : .dyn, constant: nil)
        if let v = cond.constant, case .bool(let b) = v { return b ? whenTrue : whenFalse }
        return node
    }

    // MARK: Literals

    private mutating func compileList(_ items: [Expr], at: Int) throws(PendingCompileError) -> CompiledNode {
        var nodes: [CompiledNode] = []
        for item in items { nodes.append(try compile(item)) }
        var elementType: CELType = nodes.first?.type ?? .dyn
        if nodes.contains(where: { $0.type != elementType }) { elementType = .dyn }
        let evals = nodes.map(\.eval)
        let node = CompiledNode(
            eval: { ctx throws(CELEvaluationError) in
                var values: [CELValue] = []
                values.reserveCapacity(evals.count)
                for e in evals { values.append(try e(ctx)) }
                return .list(values)
            }, type: .list(elementType), constant: nil)
        return fold(node, inputs: nodes)
    }

    private mutating func compileMap(_ entries: [(Expr, Expr)], at: Int) throws(PendingCompileError) -> CompiledNode {
        var keys: [CompiledNode] = []
        var values: [CompiledNode] = []
        for (k, v) in entries {
            let key = try compile(k)
            if checked, !key.type.isDyn, ![.int, .uint, .bool, .string].contains(key.type) {
                throw fail(
                    CELCompileError.typeMismatch, "una clave de mapa no puede ser de tipo \(key.type)",
                    "a map key cannot be of type \(key.type)", k.offset)
            }
            keys.append(key)
            values.append(try compile(v))
        }
        var keyType: CELType = keys.first?.type ?? .dyn
        if keys.contains(where: { $0.type != keyType }) { keyType = .dyn }
        var valueType: CELType = values.first?.type ?? .dyn
        if values.contains(where: { $0.type != valueType }) { valueType = .dyn }
        let keyEvals = keys.map(\.eval)
        let valueEvals = values.map(\.eval)
        let offsets = entries.map(\.0.offset)
        let node = CompiledNode(
            eval: { ctx throws(CELEvaluationError) in
                var map = CELMap()
                for i in keyEvals.indices {
                    let k = try keyEvals[i](ctx)
                    let v = try valueEvals[i](ctx)
                    switch map.insert(k, v) {
                    case true?: continue
                    case false?:
                        throw .invalid("clave repetida en el mapa: '\(Conversions.keyText(k))'", "repeated map key: '\(Conversions.keyText(k))'", at: offsets[i])
                    case nil:
                        throw .invalid("tipo de clave no soportado: \(k.typeName)", "unsupported key type: \(k.typeName)", at: offsets[i])
                    }
                }
                return .map(map)
            }, type: .map(keyType, valueType), constant: nil)
        return fold(node, inputs: keys + values)
    }

    // MARK: Comprehensions

    private mutating func pushLocal(_ name: String, _ type: CELType, path: String? = nil) -> Int {
        let index = scopes.count
        scopes.append((name, index, type, path))
        localCount = max(localCount, scopes.count)
        return index
    }

    private mutating func compileComprehension(_ c: Comprehension, at: Int) throws(PendingCompileError) -> CompiledNode {
        let range = try compile(c.range)
        if c.kind == .bind {
            let index = pushLocal(c.variable, range.type, path: path(of: c.range))
            let body = try compile(c.body)
            scopes.removeLast()
            let re = range.eval
            let be = body.eval
            return CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    ctx.locals[index] = try re(ctx)
                    return try be(ctx)
                }, type: body.type, constant: nil)
        }
        var firstType: CELType = .dyn
        var secondType: CELType = .dyn
        switch range.type {
        case .list(let e):
            if c.valueVariable != nil {
                firstType = .int
                secondType = e
            } else {
                firstType = e
            }
        case .map(let k, let v):
            firstType = k
            secondType = v
        case .dyn: break
        default:
            if checked {
                throw fail(
                    CELCompileError.typeMismatch, "no se puede iterar sobre un valor de tipo \(range.type)",
                    "cannot iterate over a value of type \(range.type)", c.range.offset)
            }
        }
        let rangePath = path(of: c.range).map { $0 + "[]" }
        let first = pushLocal(c.variable, firstType, path: c.valueVariable == nil ? rangePath : nil)
        let second = c.valueVariable.map { pushLocal($0, secondType, path: rangePath) }
        let filter = try c.filter.map { (f) throws(PendingCompileError) in try compile(f) }
        let body = try compile(c.body)
        scopes.removeLast(second == nil ? 1 : 2)
        if checked {
            let predicates: [CompiledNode] = [filter, c.kind == .map || c.kind == .transformMap ? nil : body].compactMap { $0 }
            for p in predicates where !p.type.isDyn && p.type != .bool {
                throw fail(
                    CELCompileError.typeMismatch, "el predicado debe ser bool, no \(p.type)",
                    "the predicate must be bool, not \(p.type)", at)
            }
        }
        let loop = Loop(range: range.eval, first: first, second: second, at: at)
        let be = body.eval
        switch c.kind {
        case .all, .exists:
            let decisive = c.kind == .exists
            return CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    var failure: CELEvaluationError?
                    var decided = false
                    try loop.run(ctx) { ctx throws(CELEvaluationError) in
                        do throws(CELEvaluationError) {
                            let v = try be(ctx)
                            guard case .bool(let b) = v else {
                                failure = failure ?? .noSuchOverload(decisive ? "exists" : "all", [v], at: at)
                                return true
                            }
                            if b == decisive {
                                decided = true
                                return false
                            }
                        } catch {
                            failure = failure ?? error
                        }
                        return true
                    }
                    if decided { return .bool(decisive) }
                    if let failure { throw failure }
                    return .bool(!decisive)
                }, type: .bool, constant: nil)
        case .existsOne:
            return CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    var count = 0
                    try loop.run(ctx) { ctx throws(CELEvaluationError) in
                        let v = try be(ctx)
                        guard case .bool(let b) = v else { throw .noSuchOverload("exists_one", [v], at: at) }
                        if b { count += 1 }
                        return true
                    }
                    return .bool(count == 1)
                }, type: .bool, constant: nil)
        case .filter:
            let isMap: Bool = if case .map = range.type { true } else { false }
            return CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    var out: [CELValue] = []
                    try loop.run(ctx) { ctx throws(CELEvaluationError) in
                        let v = try be(ctx)
                        guard case .bool(let b) = v else { throw .noSuchOverload("filter", [v], at: at) }
                        if b { out.append(ctx.locals[first]) }
                        return true
                    }
                    return .list(out)
                }, type: isMap ? .list(firstType) : (range.type.isDyn ? .list(.dyn) : range.type), constant: nil)
        case .map, .transformMap:
            let fe = filter?.eval
            let toMap = c.kind == .transformMap
            return CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    var list: [CELValue] = []
                    var map = CELMap()
                    try loop.run(ctx) { ctx throws(CELEvaluationError) in
                        if let fe {
                            let keep = try fe(ctx)
                            guard case .bool(let b) = keep else { throw .noSuchOverload("map", [keep], at: at) }
                            if !b { return true }
                        }
                        let v = try be(ctx)
                        if toMap { map.insert(ctx.locals[first], v) } else { list.append(v) }
                        return true
                    }
                    return toMap ? .map(map) : .list(list)
                }, type: toMap ? .map(firstType, body.type) : .list(body.type), constant: nil)
        case .bind:
            preconditionFailure("handled above")
        }
    }
}

/// Iterates a list (elements, or index and element) or a map (keys, or key and value) into
/// comprehension locals, charging one cost step per iteration.
struct Loop: Sendable {
    let range: Eval
    let first: Int
    let second: Int?
    let at: Int

    func run(_ ctx: EvalContext, _ body: (EvalContext) throws(CELEvaluationError) -> Bool) throws(CELEvaluationError) {
        let value = try range(ctx)
        switch value {
        case .list(let items):
            for (i, item) in items.enumerated() {
                try ctx.charge(1, at: at)
                if let second {
                    ctx.locals[first] = .int(Int64(i))
                    ctx.locals[second] = item
                } else {
                    ctx.locals[first] = item
                }
                if !(try body(ctx)) { return }
            }
        case .map(let map):
            for (i, key) in map.keys.enumerated() {
                try ctx.charge(1, at: at)
                ctx.locals[first] = key
                if let second { ctx.locals[second] = map.values[i] }
                if !(try body(ctx)) { return }
            }
        default:
            throw .noSuchOverload("comprehension", [value], at: at)
        }
    }
}
