/// The mutable state of one evaluation: variable slots, comprehension locals and the cost
/// spent so far.
///
/// One context is allocated per `evaluate` call, as a single heap block: the header holds the
/// slots and the cost counter, the elements are the comprehension locals. Compiled closures
/// reach both through raw pointers, which skips the dynamic exclusivity checks that stored
/// `var` properties of a class would pay on every access. The context never escapes one
/// evaluation, so the pointers never outlive it.
final class EvalContext: ManagedBuffer<EvalContext.Header, CELValue> {
    struct Header {
        var slots: [CELValue]
        let localCount: Int
        var maxCost: Int
        var cost: Int
    }

    static func make(slots: [CELValue], localCount: Int, maxCost: Int) -> EvalContext {
        let buffer = EvalContext.create(minimumCapacity: localCount) { _ in
            Header(slots: slots, localCount: localCount, maxCost: maxCost, cost: 0)
        }
        let context = unsafeDowncast(buffer, to: EvalContext.self)
        context.withUnsafeMutablePointerToElements { $0.initialize(repeating: .null, count: localCount) }
        return context
    }

    deinit {
        withUnsafeMutablePointers { header, elements in
            _ = elements.deinitialize(count: header.pointee.localCount)
        }
    }

    /// The comprehension locals, indexed as the compiler assigned them.
    @inline(__always)
    var locals: UnsafeMutablePointer<CELValue> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// The value of declared variable `slot`.
    @inline(__always)
    func slot(_ index: Int) -> CELValue {
        withUnsafeMutablePointerToHeader { $0.pointee.slots[index] }
    }

    /// The number of comprehension locals the context has room for.
    var localCapacity: Int { withUnsafeMutablePointerToHeader { $0.pointee.localCount } }

    /// The declared variables' values, to change between evaluations (`CELScope`).
    var slots: [CELValue] {
        get { withUnsafeMutablePointerToHeader { $0.pointee.slots } }
        _modify {
            let header = withUnsafeMutablePointerToHeader { $0 }
            yield &header.pointee.slots
        }
    }

    /// Makes the context ready for another evaluation: nothing charged yet, under `maxCost`.
    func restart(maxCost: Int) {
        withUnsafeMutablePointerToHeader { header in
            header.pointee.cost = 0
            header.pointee.maxCost = maxCost
        }
    }

    /// Steps charged so far.
    var cost: Int { withUnsafeMutablePointerToHeader { $0.pointee.cost } }

    /// Charges `amount` steps; throws once the budget is spent, so no evaluation can run away.
    /// Charges for the size of what a call built: a list by its items, a string or bytes by 16-byte runs.
    @inline(__always)
    func chargeSize(of value: CELValue, at offset: Int) throws(CELEvaluationError) {
        switch value {
        case .list(let items): try charge(items.count, at: offset)
        case .string(let s): try charge(s.utf8.count / 16, at: offset)
        case .bytes(let bytes): try charge(bytes.count / 16, at: offset)
        default: break
        }
    }

    @inline(__always)
    func charge(_ amount: Int, at offset: Int) throws(CELEvaluationError) {
        let (spent, limit) = withUnsafeMutablePointerToHeader { header in
            header.pointee.cost &+= amount
            return (header.pointee.cost, header.pointee.maxCost)
        }
        if spent > limit {
            throw CELEvaluationError(
                kind: .costLimitExceeded,
                message: .init(
                    es: "la evaluación superó el presupuesto de \(limit) pasos",
                    en: "evaluation exceeded the budget of \(limit) steps"),
                offset: offset)
        }
    }
}

/// A compiled sub-expression: evaluating it needs only the context.
typealias Eval = @Sendable (EvalContext) throws(CELEvaluationError) -> CELValue
