import AperturaSource

/// A compiled, checked CEL expression, ready to evaluate many times.
///
/// Compiling parses, expands macros, resolves every name and builds a tree of closures;
/// evaluating only runs those closures over an activation's slots. A class, immutable: rules and
/// indicators hand their programs around on every evaluation, and a struct would be copied with
/// every reference it holds.
public final class CELProgram: Sendable {
    private let root: Eval
    /// How many comprehension variables the expression uses (room a `CELScope` must have).
    public let localCount: Int
    private let slotCount: Int
    private let maxCost: Int

    /// The checked type of the result; `dyn` where it cannot be known before evaluation.
    public let resultType: CELType
    /// The declared variables the expression reads, in declaration order.
    public let referencedVariables: [String]
    /// The field paths the expression selects from declared variables, sorted: `comite.acta`,
    /// `indicators.otro`, and inside macros `agenda.compromisos[].medible`. Presence tests
    /// (`has(comite.acta)`) count too. Lets the engine see which answers and which other
    /// indicators an expression depends on.
    public let referencedPaths: [String]
    /// The UTF-8 offset in the source where each of `referencedPaths` is first written (the start of its root name),
    /// to point at a reference: the one that closes a cycle of indicators.
    public let referencedPathOffsets: [String: Int]
    /// The paths among `referencedPaths` that a presence test asks about (`has(comite.acta)`), sorted: the
    /// expression copes with their absence, so an absent one is not what keeps it from a value.
    public let presenceTestedPaths: [String]
    /// String literals compared with a field path, for lint to check against the field's values.
    public let comparedLiterals: [CELComparedLiteral]

    /// Compiles `source` against `declarations`.
    ///
    /// - Parameters:
    ///   - limits: source length, nesting depth and evaluation cost bounds.
    ///   - macros: expand `has`, `all`, `exists`, `exists_one`, `map`, `filter` (CEL's default).
    ///   - checked: reject undeclared names, unknown functions and type mismatches at compile
    ///     time (the default). When false they become run-time errors, as CEL evaluates without
    ///     its type checker; unknown fields of declared object types stay compile errors.
    public static func compile(
        _ source: String, declarations: CELDeclarations, limits: CELLimits = .default, macros: Bool = true,
        checked: Bool = true
    ) throws(CELCompileError) -> CELProgram {
        let bytes = Array(source.utf8)
        do throws(PendingCompileError) {
            if bytes.count > limits.maxSourceLength {
                throw PendingCompileError(
                    code: CELCompileError.tooLong,
                    message: LocalizedText(
                        es: "la expresión mide \(bytes.count) bytes; el máximo es \(limits.maxSourceLength)",
                        en: "expression is \(bytes.count) bytes long; the limit is \(limits.maxSourceLength)"),
                    offset: limits.maxSourceLength)
            }
            var parser = try Parser(bytes: bytes, maxDepth: limits.maxDepth, macros: macros)
            let expr = try parser.parseAll()
            var compiler = Compiler(declarations: declarations, checked: checked)
            let node = try compiler.compile(expr)
            return CELProgram(node, compiledBy: compiler, limits: limits)
        } catch {
            throw CELCompileError(code: error.code, message: error.message, offset: error.offset, source: bytes, help: error.help)
        }
    }

    /// The program of `node`, which `compiler` compiled (it knows what the expression read).
    init(_ node: CompiledNode, compiledBy compiler: Compiler, limits: CELLimits) {
        let declarations = compiler.declarations
        root = node.eval
        localCount = compiler.localCount
        slotCount = declarations.count
        maxCost = limits.maxCost
        resultType = node.type
        referencedVariables = compiler.referencedSlots.sorted().map { declarations.names[$0] }
        referencedPaths = compiler.referencedPaths.sorted()
        referencedPathOffsets = compiler.pathOffsets
        presenceTestedPaths = compiler.presenceTestedPaths.sorted()
        comparedLiterals = compiler.comparedLiterals
    }

    /// Evaluates the expression with the variables' values in `activation` (by slot).
    public func evaluate(_ activation: CELActivation) -> Result<CELValue, CELEvaluationError> {
        guard activation.slots.count >= slotCount else {
            return .failure(
                .invalid(
                    "la activación tiene \(activation.slots.count) valores; se declararon \(slotCount)",
                    "the activation holds \(activation.slots.count) values; \(slotCount) were declared", at: 0))
        }
        return run(in: EvalContext.make(slots: activation.slots, localCount: localCount, maxCost: maxCost))
    }

    /// Evaluates the expression with the variables' values in `scope`, reusing its context.
    public func evaluate(in scope: CELScope) -> Result<CELValue, CELEvaluationError> {
        guard scope.slotCount >= slotCount else { return evaluate(CELActivation(slots: scope.context.slots)) }
        let context = scope.context(forLocals: localCount)
        context.restart(maxCost: maxCost)
        return run(in: context)
    }

    private func run(in context: EvalContext) -> Result<CELValue, CELEvaluationError> {
        do throws(CELEvaluationError) {
            return .success(try root(context))
        } catch {
            return .failure(error)
        }
    }
}

extension CELActivation {
    /// Builds an activation from values by name, in `declarations`' slot order. A declared
    /// name without a value gets `null`.
    public init(_ declarations: CELDeclarations, values: [String: CELValue]) {
        self.init(slots: declarations.names.map { values[$0] ?? .null })
    }
}
