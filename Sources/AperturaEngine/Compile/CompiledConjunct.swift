import AperturaExpressions
import AperturaModel

/// One condition of a yes/no expression's top-level `&&` chain (an indicator's or a check's), compiled alone,
/// with the answers it reads: when the whole is false, the first of these that is false is the answer to change.
struct CompiledConjunct: Sendable {
    let program: CELProgram
    /// The condition as written.
    let text: String
    /// The answers it reads, in the order it reads them: in `a <= b`, `a` first.
    let reads: [ReadPath]
    /// The indicators it reads through `indicators.x`, in the order it reads them: a condition that reads only
    /// another yes/no indicator is not met where that indicator is not.
    let indicators: [IndicatorID]

    /// The conditions of `source`'s `&&` chain; empty when it is not one.
    static func split(_ source: ExpressionSource, environment: ExpressionEnvironment, limits: CELLimits, form: FormOrder) -> [CompiledConjunct] {
        CELConjunct.split(source.text, declarations: environment.declarations, limits: limits).map { conjunct in
            CompiledConjunct(program: conjunct.program, text: conjunct.text,
                             reads: ReadPaths.unique(conjunct.paths.compactMap { ReadPaths.answer($0, form: form) }),
                             indicators: ReadPaths.indicators(conjunct.paths))
        }
    }
}
