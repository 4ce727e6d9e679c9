/// List and map literals.
extension Compiler {
    mutating func compileList(_ items: [Expr], at: Int) throws(PendingCompileError) -> CompiledNode {
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

    mutating func compileMap(_ entries: [(Expr, Expr)], at: Int) throws(PendingCompileError) -> CompiledNode {
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
}
