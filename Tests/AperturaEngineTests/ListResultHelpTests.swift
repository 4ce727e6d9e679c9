import AperturaEngine
import AperturaSource
import Testing

/// An indicator whose value is a list (`consultas.realizadas` meant as "how many") was told "for a yes/no use
/// `cond ? 1.0 : 0.0`, or the boolean unit", advice for a bool. A list is counted with `size`, or tested with
/// `exists`: the help now says so, for a number and for a bool.
@Suite struct ListResultHelpTests {
    /// The mini rule set with one more indicator, of `unit`, whose value is the field `value` (the list `a.items`
    /// by default); its first error.
    private func listIndicator(unit: String, value: String = "a.items") throws -> Diagnostic? {
        let text = """
            kind: indicators
            indicators:
              - id: extra
                objective: o1
                name: Extra
                unit: \(unit)
                class: management
                periodicity: annual
                source: {ref: s1, section: "Uno"}
                value: \(value)

            """
        let dir = try Fixtures.miniRules(replacing: "extra.yaml", with: text)
        return Workspace.load(rules: dir, policy: "\(Fixtures.mini)/policy.yaml").1.first(where: \.isError)
    }

    /// A list where a number goes is told to count it; where a yes/no goes, to test it.
    @Test(arguments: [
        ("count",
         "una lista no es un número: cuente sus elementos con `size(lista)` o `lista.filter(x, cond).size()`, o sume un campo con `lista.map(x, x.campo).sum()`",
         "a list is not a number: count its items with `size(list)` or `list.filter(x, cond).size()`, or add up a field with `list.map(x, x.field).sum()`"),
        ("boolean",
         "una lista no es true ni false: pregunte si algún elemento cumple con `lista.exists(x, cond)`, si todos con `lista.all(x, cond)`, o si tiene alguno con `size(lista) > 0`",
         "a list is neither true nor false: ask whether some item holds with `list.exists(x, cond)`, whether all do with `list.all(x, cond)`, or whether it has any with `size(list) > 0`"),
    ])
    func aListWhereItsUnitDoesNotGoGetsAdviceForLists(unit: String, es: String, en: String) throws {
        let found = try listIndicator(unit: unit)
        let d = try #require(found)
        #expect(d.code == "expr_type_mismatch")
        #expect(d.help?.es == es)
        #expect(d.help?.en == en)
    }

    @Test func aBoolWhereANumberGoesKeepsItsAdvice() throws {
        // `a.flag` is a boolean field: the yes/no advice is the right one there.
        let found = try listIndicator(unit: "count", value: "a.flag")
        let d = try #require(found)
        #expect(d.help?.es.contains("cond ? 1.0 : 0.0") == true)
    }
}
