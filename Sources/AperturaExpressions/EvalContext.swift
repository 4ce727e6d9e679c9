/// The mutable state of one evaluation: variable slots, comprehension locals and the cost
/// spent so far. One is allocated per `evaluate` call; compiled closures only index into it.
final class EvalContext {
    var slots: [CELValue]
    var locals: [CELValue]
    var cost = 0
    let maxCost: Int

    init(slots: [CELValue], localCount: Int, maxCost: Int) {
        self.slots = slots
        self.locals = Array(repeating: .null, count: localCount)
        self.maxCost = maxCost
    }

    /// Charges `amount` steps; throws once the budget is spent, so no evaluation can run away.
    @inline(__always)
    func charge(_ amount: Int, at offset: Int) throws(CELEvaluationError) {
        cost &+= amount
        if cost > maxCost {
            throw CELEvaluationError(
                kind: .costLimitExceeded,
                message: .init(
                    es: "la evaluación superó el presupuesto de \(maxCost) pasos",
                    en: "evaluation exceeded the budget of \(maxCost) steps"),
                offset: offset)
        }
    }
}

/// A compiled sub-expression: evaluating it needs only the context.
typealias Eval = @Sendable (EvalContext) throws(CELEvaluationError) -> CELValue
