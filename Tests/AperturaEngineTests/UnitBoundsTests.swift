@testable import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// An indicator's value outside its unit: an error, unless it is past a bound by floating-point rounding alone.
struct UnitBoundsTests {
    func value(_ result: IndicatorResult?) -> Double? {
        if case .value(.number(let x))? = result { return x }
        return nil
    }

    func isError(_ result: IndicatorResult?) -> Bool {
        if case .error? = result { return true }
        return false
    }

    @Test func insideItsUnitAValueStands() {
        #expect(Evaluator.outsideUnit(1, .ratio) == nil)
        #expect(Evaluator.outsideUnit(0, .ratio) == nil)
        #expect(Evaluator.outsideUnit(100, .percent) == nil)
        #expect(Evaluator.outsideUnit(1_000_000, .count) == nil)
        // An index has no fixed range.
        #expect(Evaluator.outsideUnit(-5, .index) == nil)
    }

    @Test func outsideItIsAnError() {
        #expect(isError(Evaluator.outsideUnit(1.4063, .ratio)))
        #expect(isError(Evaluator.outsideUnit(-0.01, .ratio)))
        #expect(isError(Evaluator.outsideUnit(100.5, .percent)))
        #expect(isError(Evaluator.outsideUnit(101, .score100)))
        #expect(isError(Evaluator.outsideUnit(-1, .count)))
    }

    /// A count written with `unit: ratio` (an author's wrong formula) gives 2 from answers that are right: the
    /// message must not tell the subject only to fix its answers, but also whom to tell when they are right.
    @Test func theMessageBlamesTheAnswersOrTheFormula() {
        let message = LocalizedText(
            es: "el indicador dio 2, fuera del rango de su unidad (0 a 1): o las respuestas de las que se calcula se contradicen, o la fórmula de la regla está mal; revise las respuestas y, si son correctas, avise a la autoridad que publica las reglas",
            en: "the indicator yielded 2, outside the range of its unit (0 to 1): either the answers it is computed from contradict one another or the rule's formula is wrong; check the answers and, if they are right, tell the authority that publishes the rules")
        #expect(Evaluator.outsideUnit(2, .ratio) == .error(message))
    }

    @Test func roundingPastABoundIsTheBound() {
        // (0.1 + 0.2) / 0.3 in binary floating point is 1.0000000000000002.
        let share = (0.1 + 0.2) / 0.3
        #expect(share > 1)
        #expect(value(Evaluator.outsideUnit(share, .ratio)) == 1)
        #expect(value(Evaluator.outsideUnit(100.00000000001, .percent)) == 100)
        #expect(value(Evaluator.outsideUnit(-1e-12, .count)) == 0)
    }
}
