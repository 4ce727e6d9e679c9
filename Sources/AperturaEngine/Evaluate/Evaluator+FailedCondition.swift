import AperturaExpressions
import AperturaModel

/// Which condition of a yes/no `&&` chain made it false, and at which answers: where a report places the gap.
extension Evaluator {
    /// How many indicators deep a condition is followed. Indicators read one another without cycles, so this only
    /// bounds the work for a rule set with a long line of them.
    static let followedIndicatorsLimit = 8

    /// The first of `conjuncts` that is false. One that reads no answer, only indicators, is about those
    /// indicators: the first of them that is a yes/no chain and false is followed into its own first false
    /// condition (`indicators.comite_integrado` into `comite.integrantes_publico >= 1`); otherwise its answers
    /// are those the indicators read, never those of another condition, which holds.
    func failedCondition(
        _ conjuncts: [CompiledConjunct], scope: CELScope, indicators: IndicatorResults, in assessment: Assessment, depth: Int = 0
    ) -> FailedCondition? {
        func answers(_ paths: [ReadPath]) -> [AnswerRead] {
            paths.map { AnswerRead(path: $0.path, range: assessment.sections[$0.section]?[$0.field]?.range) }
        }
        for conjunct in conjuncts {
            guard case .success(.bool(false)) = conjunct.program.evaluate(in: scope) else { continue }
            guard conjunct.reads.isEmpty, !conjunct.indicators.isEmpty else { return FailedCondition(text: conjunct.text, reads: answers(conjunct.reads)) }
            let read = conjunct.indicators.compactMap { compiled.indicatorIndex.position(of: $0) }
            if depth < Self.followedIndicatorsLimit {
                for position in read where position < indicators.ordered.count && indicators.ordered[position] == .value(.bool(false)) {
                    guard let inner = failedCondition(compiled.indicatorOrder[position].conjuncts, scope: scope, indicators: indicators,
                                                      in: assessment, depth: depth + 1) else { continue }
                    return FailedCondition(text: inner.text, reads: inner.reads, through: [conjunct.text] + inner.through)
                }
            }
            return FailedCondition(text: conjunct.text, reads: answers(ReadPaths.unique(read.flatMap { compiled.indicatorOrder[$0].reads })))
        }
        return nil
    }
}
