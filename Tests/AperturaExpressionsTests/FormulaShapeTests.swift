import Testing

@testable import AperturaExpressions

/// The shapes lint reads from a formula (`FormulaShape`), where the authoring tests leave edges open.
/// Sums worked out by hand.
@Suite("Formula shape")
struct FormulaShapeTests {
    @Test("one weighted term is not a weighted sum")
    func singleTerm() throws {
        #expect(try #require(FormulaShape(source: "0.5 * t.a")).coefficientSum == nil)
        // Two terms are: 0.5 + 0.25.
        #expect(try #require(FormulaShape(source: "0.5 * t.a + t.b * 0.25")).coefficientSum == 0.75)
    }

    @Test("uint coefficients count as numbers")
    func uintCoefficients() throws {
        // 2 + 3.
        #expect(try #require(FormulaShape(source: "2u * t.a + t.b * 3u")).coefficientSum == 5)
    }

    @Test("a negative literal or a subtraction anywhere in a term is not a plain mean")
    func negativeTerms() throws {
        // `-1.0` is folded into a negative literal by the parser, not a negation.
        #expect(try #require(FormulaShape(source: "(t.a + t.b + -1.0) / 3.0")).mean == nil)
        #expect(try #require(FormulaShape(source: "(t.a + -1) / 2.0")).mean == nil)
        // A subtraction inside a selected operand (an index) counts too.
        #expect(try #require(FormulaShape(source: "(t.a + t.m[t.k - 1].v) / 2.0")).mean == nil)
        // Without them it is a mean of 3 terms over 3.
        let shape = try #require(FormulaShape(source: "(t.a + t.b + 1.0) / 3.0"))
        let mean = try #require(shape.mean)
        #expect(mean.terms == 3 && mean.divisor == 3)
    }

    @Test("one term over a number is not a mean")
    func singleTermMean() throws {
        #expect(try #require(FormulaShape(source: "t.a / 2.0")).mean == nil)
    }
}

/// CEL reads `c * x / y` as `(c * x) / y`: the term is still weighted by c.
@Suite("Formula shape: a weighted term with a division")
struct FormulaShapeDivisionTests {
    @Test("a coefficient before a division by a non-constant weighs the term")
    func divisionByVariable() throws {
        // 0.6 + 0.3 = 0.9
        let sum = try #require(FormulaShape(source: "0.6 * t.a / t.b + 0.3 * t.c")?.coefficientSum)
        #expect(abs(sum - 0.9) < 1e-12)
        // Two divisions keep c too: 0.6 + 0.4 = 1.
        let twice = try #require(FormulaShape(source: "0.6 * t.a / t.b / t.c + 0.4 * t.d")?.coefficientSum)
        #expect(abs(twice - 1) < 1e-12)
    }

    @Test("a division by a number divides the coefficient")
    func divisionByNumber() throws {
        // 0.6 / 2 + 0.5 = 0.8
        let sum = try #require(FormulaShape(source: "0.6 * t.a / 2.0 + 0.5 * t.b")?.coefficientSum)
        #expect(abs(sum - 0.8) < 1e-12)
    }

    @Test("a division whose left side has no number is not a weighted term")
    func divisionWithoutCoefficient() throws {
        #expect(try #require(FormulaShape(source: "t.a / t.b + 0.5 * t.c")).coefficientSum == nil)
    }
}
