/// Macros: comprehensions and bindings.
extension Compiler {
    mutating func pushLocal(_ name: String, _ type: CELType, path: String? = nil) -> Int {
        let index = scopes.count
        scopes.append((name, index, type, path))
        localCount = max(localCount, scopes.count)
        return index
    }

    mutating func compileComprehension(_ c: Comprehension, at: Int) throws(PendingCompileError) -> CompiledNode {
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
