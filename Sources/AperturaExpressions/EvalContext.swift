/// The mutable state of one evaluation: variable slots, comprehension locals and the cost
/// spent so far. One is allocated per `evaluate` call; compiled closures only index into it.
///
/// Locals and the cost counter live in raw buffers rather than stored `var` properties:
/// class properties pay a dynamic exclusivity check on every access, and these are touched on
/// every comprehension iteration. The context never escapes one evaluation, so the buffers'
/// lifetime is the context's.
final class EvalContext {
    let slots: [CELValue]
    let locals: UnsafeMutablePointer<CELValue>
    private let localCount: Int
    private let spent: UnsafeMutablePointer<Int>
    let maxCost: Int

    init(slots: [CELValue], localCount: Int, maxCost: Int) {
        self.slots = slots
        self.localCount = localCount
        self.locals = .allocate(capacity: max(localCount, 1))
        self.locals.initialize(repeating: .null, count: max(localCount, 1))
        self.spent = .allocate(capacity: 1)
        self.spent.initialize(to: 0)
        self.maxCost = maxCost
    }

    deinit {
        locals.deinitialize(count: max(localCount, 1))
        locals.deallocate()
        spent.deallocate()
    }

    /// Steps charged so far.
    var cost: Int { spent.pointee }

    /// Charges `amount` steps; throws once the budget is spent, so no evaluation can run away.
    @inline(__always)
    func charge(_ amount: Int, at offset: Int) throws(CELEvaluationError) {
        spent.pointee &+= amount
        if spent.pointee > maxCost {
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
