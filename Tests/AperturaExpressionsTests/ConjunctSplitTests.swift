import Testing

import AperturaExpressions

/// The conditions of a top-level `&&` chain, each compiled alone, as written and with what it reads in reading order.
@Suite struct ConjunctSplitTests {
    static let comite = CELObjectType(name: "comite", fields: [("instalado", .bool), ("garante", .int), ("publico", .int), ("acta", .string)])

    static func declarations() -> CELDeclarations {
        var d = CELDeclarations()
        d.declare("comite", .object(comite))
        return d
    }

    func texts(_ source: String) -> [String] {
        CELConjunct.split(source, declarations: Self.declarations()).map(\.text)
    }

    @Test func aChainGivesEachConditionAsWritten() {
        #expect(texts("comite.instalado && comite.garante >= 1 && comite.publico >= 1")
            == ["comite.instalado", "comite.garante >= 1", "comite.publico >= 1"])
        // Folded YAML keeps its line breaks out of the conditions.
        #expect(texts("comite.instalado\n  && comite.publico >= 1\n") == ["comite.instalado", "comite.publico >= 1"])
    }

    @Test func groupingParenthesesJoinTheChain() {
        // `(a && b) && c` is one chain of three; a group that is not `&&` stays one condition, with its parentheses.
        #expect(texts("(comite.instalado && comite.garante >= 1) && comite.publico >= 1")
            == ["comite.instalado", "comite.garante >= 1", "comite.publico >= 1"])
        #expect(texts("((comite.instalado) && (comite.garante >= 1 || comite.publico >= 1))")
            == ["(comite.instalado)", "(comite.garante >= 1 || comite.publico >= 1)"])
        // A parenthesis inside a string is no group.
        #expect(texts("comite.instalado && comite.acta != \")\"") == ["comite.instalado", "comite.acta != \")\""])
    }

    @Test func aNegatedOrIsTheChainOfItsNegations() {
        // `!(a || b)` is `!a && !b`: false where either is true, and each negation is a condition of its own.
        #expect(texts("!(comite.garante == 0 || comite.publico == 0)") == ["!(comite.garante == 0)", "!(comite.publico == 0)"])
        #expect(texts("comite.instalado && !((comite.garante == 0) || comite.publico == 0 || comite.acta == \"\")")
            == ["comite.instalado", "!((comite.garante == 0))", "!(comite.publico == 0)", "!(comite.acta == \"\")"])
        let conjuncts = CELConjunct.split("!(comite.garante == 0 || comite.publico == 0)", declarations: Self.declarations())
        let activation = CELActivation(slots: [.object(CELObject(type: Self.comite, values: ["instalado": .bool(true), "garante": .int(2), "publico": .int(0)]))])
        #expect(conjuncts.map(\.paths) == [["comite.garante"], ["comite.publico"]])
        #expect(conjuncts.map { try? $0.program.evaluate(activation).get() } == [.bool(true), .bool(false)])
    }

    @Test func anythingElseIsNoChain() {
        #expect(texts("comite.instalado").isEmpty)
        #expect(texts("comite.instalado || comite.garante >= 1 && comite.publico >= 1").isEmpty)
        #expect(texts("!(comite.instalado && comite.garante >= 1)").isEmpty)
        #expect(texts("!(comite.instalado)").isEmpty)
        #expect(texts("!!(comite.instalado || comite.garante >= 1)").isEmpty)
    }

    @Test func eachConditionEvaluatesAloneAndSaysWhatItReadsFirst() throws {
        let conjuncts = CELConjunct.split("comite.instalado && comite.publico >= comite.garante", declarations: Self.declarations())
        #expect(conjuncts.map(\.paths) == [["comite.instalado"], ["comite.publico", "comite.garante"]])
        let activation = CELActivation(slots: [.object(CELObject(type: Self.comite, values: ["instalado": .bool(true), "garante": .int(2), "publico": .int(1)]))])
        #expect(try conjuncts.map { try $0.program.evaluate(activation).get() } == [.bool(true), .bool(false)])
    }
}
