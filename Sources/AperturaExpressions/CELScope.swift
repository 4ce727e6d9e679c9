/// The variables' values for a run of evaluations (every expression judged for one self-assessment):
/// one evaluation context, allocated once and reused by every program evaluated in the scope, where
/// `CELProgram.evaluate(_:)` allocates one per call. A slot can change between evaluations, in place
/// (an indicator's value made visible to the indicators after it).
///
/// Not shared between threads: a scope belongs to one run of evaluations.
public final class CELScope {
    private(set) var context: EvalContext
    /// How many variables the scope holds values for (fixed: slots are changed, never added).
    let slotCount: Int

    /// A scope over `activation`'s values, with room for `locals` comprehension variables (more are
    /// made room for when a program needs them).
    public init(_ activation: CELActivation, locals: Int = 8) {
        context = EvalContext.make(slots: activation.slots, localCount: locals, maxCost: 0)
        slotCount = activation.slots.count
    }

    /// The value of slot `index`.
    public subscript(slot index: Int) -> CELValue {
        context.slots[index]
    }

    /// Changes slot `index` in place: `body` gets the only reference to its value (the slot holds
    /// null meanwhile), so changing an object's field does not copy its other fields.
    public func update(slot index: Int, _ body: (inout CELValue) -> Void) {
        var value = CELValue.null
        swap(&value, &context.slots[index])
        body(&value)
        context.slots[index] = value
    }

    /// The context, with room for at least `locals` comprehension variables.
    func context(forLocals locals: Int) -> EvalContext {
        if locals > context.localCapacity {
            context = EvalContext.make(slots: context.slots, localCount: max(locals, 2 * context.localCapacity), maxCost: 0)
        }
        return context
    }
}
