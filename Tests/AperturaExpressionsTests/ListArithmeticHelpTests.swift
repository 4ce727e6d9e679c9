import Testing

@testable import AperturaExpressions

/// A list field used as a number (`consultas + 1`, `consultas > 2`, meaning "how many") was told only
/// "'+' does not accept (list(int), int)", with the expression repeated as help. It is almost always a count
/// that was meant: the help now says how to count (or add up) a list.
@Suite struct ListArithmeticHelpTests {
    static let declarations: CELDeclarations = {
        var d = CELDeclarations()
        d.declare("l", .list(.int))
        d.declare("x", .int)
        return d
    }()

    @Test(arguments: ["l + 1", "1.0 * l", "l > 2", "x <= l", "l / 2"])
    func aListWithANumberIsToldHowToCount(_ source: String) throws {
        let error = try #require(compileError(source, declarations: Self.declarations))
        #expect(error.code == "expr_type_mismatch")
        #expect(error.help?.es == "una lista no es un número: cuente sus elementos con `size(lista)` o `lista.filter(x, cond).size()`, o sume un campo con `lista.map(x, x.campo).sum()`")
        #expect(error.help?.en == "a list is not a number: count its items with `size(list)` or `list.filter(x, cond).size()`, or add up a field with `list.map(x, x.field).sum()`")
    }

    @Test func twoListsAreStillConcatenated() {
        #expect(compileError("l + l", declarations: Self.declarations) == nil)
    }
}
