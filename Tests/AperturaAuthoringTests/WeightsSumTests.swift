import Testing

@testable import AperturaAuthoring

/// `weights_sum` reads a formula's syntax tree (`FormulaShape`): the sums here are worked out by hand.
@Suite struct WeightsSumTests {
    @Test("parentheses around a term, and a ternary before the sum, do not hide the weights")
    func parenthesesAndTernaries() throws {
        // (0.5 * a) + (b * 0.6) = 1.1
        let sum = try #require(IndicatorFormulaCheck.coefficientSum("(0.5 * t.a) + (t.b * 0.6)"))
        #expect(abs(sum - 1.1) < 1e-12)
        // The value when the condition is false: 0.3 + 0.3 = 0.6.
        let branch = try #require(IndicatorFormulaCheck.coefficientSum("t.n == 0 ? 0.0 : 0.3 * t.a + t.b * 0.3"))
        #expect(abs(branch - 0.6) < 1e-12)
        // A mean in parentheses over a ternary's last branch: 3 terms, divided by 2.
        let mean = try #require(IndicatorFormulaCheck.mean("t.n == 0 ? 0.0 : (t.a + (t.b) + t.c) / 2.0"))
        #expect(mean.0 == 3 && mean.1 == 2)
        // A subtraction among the terms is not a plain mean.
        #expect(IndicatorFormulaCheck.mean("(t.a + t.b - t.c) / 3.0") == nil)
    }

    @Test("a coefficient written after what it weighs still counts")
    func trailingCoefficients() throws {
        // 0.5 + 0.2 + 0.2 + 0.2 = 1.1
        let sum = try #require(IndicatorFormulaCheck.coefficientSum("t.a * 0.5 + 0.2 * t.b + t.c * 0.2 + 0.2 * t.d"))
        #expect(abs(sum - 1.1) < 1e-12)
        // 0.25 + 0.75 = 1: nothing to report.
        let exact = try #require(IndicatorFormulaCheck.coefficientSum("t.a * 0.25 + t.b * 0.75"))
        #expect(abs(exact - 1) < 1e-12)
    }

    @Test("a term without a numeric coefficient, or a name like nan, is not a weighted sum")
    func notWeighted() {
        #expect(IndicatorFormulaCheck.coefficientSum("t.a * t.b + 0.5 * t.c") == nil)
        #expect(IndicatorFormulaCheck.coefficientSum("nan * t.a + 0.5 * t.c") == nil)
        #expect(IndicatorFormulaCheck.coefficientSum("0.5 * 2 + 0.5 * t.c") == nil)
    }

    @Test("a mean written with sum() must divide by the number of items of its list")
    func listSumMean() throws {
        let mean = try #require(IndicatorFormulaCheck.mean("[t.a, t.b, t.c].sum() / 2.0"))
        #expect(mean.0 == 3 && mean.1 == 2)
        let right = try #require(IndicatorFormulaCheck.mean("[t.a, double(t.b), t.c].sum() / 3.0"))
        #expect(right.0 == 3 && right.1 == 3)
        // Not one list literal: not a mean of named terms.
        #expect(IndicatorFormulaCheck.mean("[t.a] + [t.b].sum() / 2.0") == nil)
        #expect(IndicatorFormulaCheck.mean("t.list.sum() / 2.0") == nil)
    }
}

/// The tester's formula: `0.6 * x / y + 0.3 * (...)` adds up to 0.9 without parentheses around `x / y`.
@Suite struct WeightsSumDivisionTests {
    @Test("a weighted ratio written without parentheses is still checked")
    func unparenthesisedRatio() throws {
        let formula = "0.6 * double(p.a) / double(p.b) + 0.3 * (size(p.v) > 0 ? 1.0 : 0.0)"
        let sum = try #require(IndicatorFormulaCheck.coefficientSum(formula))
        // 0.6 + 0.3
        #expect(abs(sum - 0.9) < 1e-12)
        // The same with parentheses, as before.
        let parenthesised = try #require(IndicatorFormulaCheck.coefficientSum("0.6 * (double(p.a) / double(p.b)) + 0.3 * (size(p.v) > 0 ? 1.0 : 0.0)"))
        #expect(abs(parenthesised - 0.9) < 1e-12)
    }
}
