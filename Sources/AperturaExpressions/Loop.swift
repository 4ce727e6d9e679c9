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
