import AperturaSource

/// Function calls, `&&`/`||` and the conditional.
extension Compiler {
    mutating func compileCall(_ name: String, target: Expr?, args: [Expr], at: Int) throws(PendingCompileError) -> CompiledNode {
        if target == nil {
            switch name {
            case "_&&_", "_||_": return try compileLogic(and: name == "_&&_", args[0], args[1], at: at)
            case "_?_:_": return try compileConditional(args[0], args[1], args[2], at: at)
            default: break
            }
        }
        noteComparedLiterals(name, target == nil ? args : [])
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
            if checked, let known = Builtin.lookup(name) {
                throw wrongArity(name, known, written: args.count, receiver: all.count > args.count, at: at)
            }
            if checked {
                throw fail(
                    CELCompileError.unknownFunction, "función desconocida: «\(name)» con \(CountText.of(all.count, "argumento", "argumentos"))",
                    "unknown function: '\(name)' with \(CountText.of(all.count, "argument", "arguments"))", at,
                    suggesting: Builtin.names.filter { !$0.contains("_") && !$0.hasPrefix("@") }, for: name)
            }
            let error = CELEvaluationError(
                kind: .unknownFunction(name),
                message: .init(es: "función desconocida: «\(name)»", en: "unbound function: '\(name)'"),
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
            var error = fail(
                CELCompileError.typeMismatch, "«\(Self.displayName(name))» no acepta (\(shown))",
                "'\(Self.displayName(name))' does not accept (\(shown))", at)
            let numeric: Set<CELType> = [.int, .uint, .double]
            if ["_+_", "_-_", "_*_", "_/_", "_%_"].contains(name), types.count == 2, numeric.contains(types[0]),
                numeric.contains(types[1])
            {
                // CEL never converts numbers implicitly; say how to do it explicitly.
                error.help = LocalizedText(
                    es: "CEL no convierte números de forma implícita: use double(x), int(x) o uint(x)",
                    en: "CEL does not convert numbers implicitly: use double(x), int(x) or uint(x)")
            }
            let numericOperators = ["_+_", "_-_", "_*_", "_/_", "_%_", "_<_", "_<=_", "_>_", "_>=_"]
            if numericOperators.contains(name), types.count == 2,
                types.contains(where: { if case .list = $0 { true } else { false } }),
                types.contains(where: numeric.contains)
            {
                error.help = ListAsNumberHelp.text
            }
            throw error
        } else if ["int", "uint", "double", "string", "bytes", "bool", "timestamp", "duration", "size"].contains(name)
            || TimeFunctions.accessors.contains(name)
        {
            resultType = name == "size" || TimeFunctions.accessors.contains(name) ? .int : (builtin.resultType([.dyn]) ?? .dyn)
        } else if ["_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_", "@in", "!_", "contains", "startsWith", "endsWith", "matches"].contains(name) {
            resultType = .bool
        }
        let node: CompiledNode
        if let f = builtin.specialized?(types) ?? builtin.nary {
            let evals = nodes.map(\.eval)
            let resultSize = builtin.resultSize
            let inputCost = builtin.inputCost
            node = CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    var values: [CELValue] = []
                    values.reserveCapacity(evals.count)
                    for e in evals { values.append(try e(ctx)) }
                    if let inputCost { try ctx.charge(inputCost(values), at: at) }
                    // Like concatenation, extension functions charge the size of what they build:
                    // `replace` and `join` before building it (one call can multiply its input's size),
                    // the others after (their results are at most a few times their arguments' size).
                    if let resultSize {
                        try ctx.charge(resultSize(values) / 16, at: at)
                        return try f(values, at)
                    }
                    let result = try f(values, at)
                    try ctx.chargeSize(of: result, at: at)
                    return result
                }, type: resultType, constant: nil)
        } else if nodes.count == 1, let f = builtin.unary {
            let a = nodes[0].eval
            node = CompiledNode(eval: { ctx throws(CELEvaluationError) in try f(try a(ctx), at) }, type: resultType, constant: nil)
        } else if name == "matches" {
            node = try compileMatches(nodes[0], nodes[1], at: at)
        } else if name == "_+_" {
            // Concatenation charges the size of what it builds: repeated doubling through
            // nested bindings would otherwise allocate without bound.
            let a = nodes[0].eval
            let b = nodes[1].eval
            node = CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    let result = try Arithmetic.add(try a(ctx), try b(ctx), at)
                    try ctx.chargeSize(of: result, at: at)
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

    mutating func compileLogic(and isAnd: Bool, _ left: Expr, _ right: Expr, at: Int) throws(PendingCompileError) -> CompiledNode {
        let l = try compile(left)
        let r = try compile(right)
        if checked {
            for n in [l, r] where !n.type.isDyn && n.type != .bool {
                throw fail(
                    CELCompileError.typeMismatch, "«\(isAnd ? "&&" : "||")» requiere bool, no \(n.type)",
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

    mutating func compileConditional(_ c: Expr, _ t: Expr, _ f: Expr, at: Int) throws(PendingCompileError) -> CompiledNode {
        let cond = try compile(c)
        let whenTrue = try compile(t)
        let whenFalse = try compile(f)
        if checked, !cond.type.isDyn, cond.type != .bool {
            throw fail(
                CELCompileError.typeMismatch, "la condición de «?:» debe ser bool, no \(cond.type)",
                "the condition of '?:' must be bool, not \(cond.type)", at)
        }
        if checked, !whenTrue.type.unifies(with: whenFalse.type) {
            // Otherwise the mismatch shows only at evaluation, and only for the inputs that take the other branch.
            var error = fail(
                CELCompileError.typeMismatch,
                "las ramas de «?:» dan tipos distintos: \(whenTrue.type) y \(whenFalse.type)",
                "the branches of '?:' give different types: \(whenTrue.type) and \(whenFalse.type)", at)
            error.help = whenTrue.type.isNumber && whenFalse.type.isNumber
                ? LocalizedText(es: "CEL no convierte números de forma implícita: use double(x), int(x) o uint(x) en una rama",
                                en: "CEL does not convert numbers implicitly: use double(x), int(x) or uint(x) in one branch")
                : LocalizedText(es: "ambas ramas deben dar el mismo tipo", en: "both branches must give the same type")
            throw error
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

    /// `matches`: a literal pattern is compiled once, and an invalid one is a compile error; another is
    /// compiled at each evaluation. Either way the match charges its cost, which bounds its time.
    private func compileMatches(_ text: CompiledNode, _ pattern: CompiledNode, at: Int) throws(PendingCompileError) -> CompiledNode {
        let a = text.eval
        if let constant = pattern.constant, case .string(let p) = constant {
            let regex: CompiledRegex
            do { regex = try CompiledRegex(p) } catch {
                throw fail(CELCompileError.invalidRegex, "expresión regular no válida «\(p)» (carácter \(error.position + 1)): \(error.message.es)",
                           "invalid regular expression '\(p)' (character \(error.position + 1)): \(error.message.en ?? error.message.es)", at)
            }
            return CompiledNode(
                eval: { ctx throws(CELEvaluationError) in
                    let v = try a(ctx)
                    guard case .string(let s) = v else { throw .noSuchOverload("matches", [v, constant], at: at) }
                    try ctx.charge(regex.cost(of: s), at: at)
                    return .bool(regex.matches(s))
                }, type: .bool, constant: nil)
        }
        let b = pattern.eval
        return CompiledNode(
            eval: { ctx throws(CELEvaluationError) in
                let v = try a(ctx), w = try b(ctx)
                guard case .string(let s) = v, case .string(let p) = w else { throw .noSuchOverload("matches", [v, w], at: at) }
                let regex = try StringFunctions.compile(p, at)
                try ctx.charge(regex.cost(of: s), at: at)
                return .bool(regex.matches(s))
            }, type: .bool, constant: nil)
    }

    /// Records `path == "x"`, `"x" != path`, `"x" in path` and `path in ["x", ...]` for lint.
    private mutating func noteComparedLiterals(_ name: String, _ args: [Expr]) {
        guard args.count == 2, ["_==_", "_!=_", "@in"].contains(name) else { return }
        func literal(_ e: Expr) -> String? {
            if case .literal(.string(let s)) = e.kind { return s }
            return nil
        }
        func note(_ path: String?, _ value: Expr) {
            guard let path, let text = literal(value) else { return }
            comparedLiterals.append(CELComparedLiteral(path: path, value: text, offset: value.offset))
        }
        if name == "@in" {
            note(path(of: args[1]), args[0])
            if case .list(let items) = args[1].kind, let path = path(of: args[0]) {
                for item in items { note(path, item) }
            }
        } else {
            note(path(of: args[0]), args[1])
            note(path(of: args[1]), args[0])
        }
    }
}
