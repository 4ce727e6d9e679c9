import Testing

@testable import AperturaExpressions

@Suite("Declared object types and missing answers")
struct ObjectTypeTests {
    static let comite = CELObjectType(name: "comite", fields: [("instalado", .bool), ("acta", .string), ("sesiones", .int)])
    static let institution = CELObjectType(
        name: "institution", fields: [("kind", .string), ("population", .int)])

    static func declarations() -> CELDeclarations {
        var d = CELDeclarations()
        d.declare("institution", .object(institution))
        d.declare("comite", .object(comite))
        return d
    }

    static func activation(comite values: [String: CELValue]) -> CELActivation {
        CELActivation(slots: [
            .object(CELObject(type: institution, values: ["kind": .string("municipio"), "population": .int(80_000)])),
            .object(CELObject(type: comite, values: values)),
        ])
    }

    @Test("unknown field is a compile-time error with its position")
    func unknownField() {
        let error = compileError("comite.instalado && comite.actas != ''", declarations: Self.declarations())
        #expect(error?.code == "expr_unknown_field")
        // At the field's name, `actas` (offset 27), not at its dot.
        #expect(error?.offset == 27)
        #expect(error?.column == 28)
        #expect(error?.help?.en == "did you mean 'acta'?")
        // So in `has()`: `actaz` starts at offset 11.
        let tested = compileError("has(comite.actaz)", declarations: Self.declarations())
        #expect(tested?.code == "expr_unknown_field")
        #expect(tested?.offset == 11)
        #expect(error?.help?.es == "¿quiso decir «acta»?")
    }

    /// The message names the operand as the author wrote it, not the type's internal name
    /// ('apertura.comite'); a comprehension's variable is named by the list it ranges over.
    @Test("an unknown field is named by the operand's path")
    func unknownFieldNamesTheOperand() {
        let mecanismo = CELObjectType(name: "apertura.participacion.mecanismos", fields: [("funcionando", .bool)])
        let seccion = CELObjectType(name: "apertura.participacion", fields: [("mecanismos", .list(.object(mecanismo)))])
        var d = CELDeclarations()
        d.declare("participacion", .object(seccion))
        let section = compileError("participacion.mecanismo == []", declarations: d)
        #expect(section?.message.es == "«participacion» no tiene el campo «mecanismo»")
        #expect(section?.message.en == "'participacion' has no field 'mecanismo'")
        let item = compileError("participacion.mecanismos.all(m, m.funcionand)", declarations: d)
        #expect(item?.message.es == "los elementos de «participacion.mecanismos» no tienen el campo «funcionand»")
        #expect(item?.message.en == "the items of 'participacion.mecanismos' have no field 'funcionand'")
        #expect(item?.help?.en == "did you mean 'funcionando'?")
        // An operand without a path (a list literal's item) falls back to the type's name.
        let literal = compileError("[participacion][0].mecanismo == []", declarations: d)
        #expect(literal?.message.en == "'apertura.participacion' has no field 'mecanismo'")
    }

    @Test("misspelt variables and functions get a suggestion")
    func suggestions() {
        #expect(compileError("comitee.instalado", declarations: Self.declarations())?.help?.en == "did you mean 'comite'?")
        #expect(compileError("'a'.startWith('b')", declarations: Self.declarations())?.help?.en == "did you mean 'startsWith'?")
        #expect(compileError("zzzzzz", declarations: Self.declarations())?.help == nil)
    }

    @Test("fields are typed from the declaration")
    func typed() throws {
        #expect(compileError("comite.sesiones + 'x'", declarations: Self.declarations())?.code == "expr_type_mismatch")
        let p = try CELProgram.compile("comite.sesiones * 2", declarations: Self.declarations())
        #expect(p.resultType == .int)
    }

    @Test("an absent field is a noSuchField error with the path")
    func missingField() throws {
        let p = try CELProgram.compile("comite.instalado && size(comite.acta) > 0", declarations: Self.declarations())
        let result = p.evaluate(Self.activation(comite: ["instalado": .bool(true)]))
        guard case .failure(let error) = result else {
            Issue.record("expected noSuchField")
            return
        }
        #expect(error.kind == .noSuchField("comite.acta"))
        #expect(error.isMissingValue)
        #expect(error.offset == 31)
        let full = p.evaluate(Self.activation(comite: ["instalado": .bool(true), "acta": .string("a.pdf")]))
        #expect(try full.get() == .bool(true))
    }

    @Test("has() tests presence")
    func presence() throws {
        let p = try CELProgram.compile("has(comite.acta) ? comite.acta : 'sin acta'", declarations: Self.declarations())
        #expect(try p.evaluate(Self.activation(comite: [:])).get() == .string("sin acta"))
        #expect(try p.evaluate(Self.activation(comite: ["acta": .string("x")])).get() == .string("x"))
    }

    @Test("rule-like expressions")
    func rules() throws {
        let p = try CELProgram.compile(
            "institution.population >= 70000 && institution.kind == \"municipio\"", declarations: Self.declarations())
        #expect(try p.evaluate(Self.activation(comite: [:])).get() == .bool(true))
        #expect(p.referencedVariables == ["institution"])
        #expect(p.referencedPaths == ["institution.kind", "institution.population"])
    }

    @Test("referenced paths include presence tests and fields read inside macros")
    func referencedPaths() throws {
        let item = CELObjectType(name: "compromiso", fields: [("medible", .bool)])
        let agenda = CELObjectType(name: "agenda", fields: [("compromisos", .list(.object(item)))])
        var d = Self.declarations()
        d.declare("agenda", .object(agenda))
        let p = try CELProgram.compile(
            "has(comite.acta) && agenda.compromisos.all(c, c.medible) && {'a': 1}.a == 1", declarations: d)
        #expect(p.referencedPaths == ["agenda.compromisos", "agenda.compromisos[].medible", "comite.acta"])
    }

    @Test("lists of objects in comprehensions resolve fields at compile time")
    func listsOfObjects() throws {
        let item = CELObjectType(name: "compromiso", fields: [("medible", .bool), ("titulo", .string)])
        var d = CELDeclarations()
        d.declare("compromisos", .list(.object(item)))
        #expect(compileError("compromisos.all(c, c.medibles)", declarations: d)?.code == "expr_unknown_field")
        let p = try CELProgram.compile("compromisos.filter(c, c.medible).size()", declarations: d)
        let items: [CELValue] = [
            .object(CELObject(type: item, values: ["medible": .bool(true)])),
            .object(CELObject(type: item, values: ["medible": .bool(false)])),
            .object(CELObject(type: item, values: ["medible": .bool(true)])),
        ]
        #expect(try p.evaluate(CELActivation(slots: [.list(items)])).get() == .int(2))
        let missing = p.evaluate(CELActivation(slots: [.list([.object(CELObject(type: item, values: [:]))])]))
        guard case .failure(let error) = missing else {
            Issue.record("expected noSuchField")
            return
        }
        #expect(error.kind == .noSuchField("compromisos[].medible"))
    }

    @Test("a map without the key is a noSuchKey error")
    func missingKey() throws {
        #expect(try evaluationError("m.a.b", [("m", .dyn, .map(CELMap(entries: [(.string("a"), .map(CELMap()))])!))])?.kind == .noSuchKey("m.a.b"))
    }

    @Test("dotted declarations resolve longest prefix first")
    func qualified() throws {
        var d = CELDeclarations()
        d.declare("a.b", .map(.string, .string))
        d.declare("a.b.c", .string)
        let p = try CELProgram.compile("a.b.c", declarations: d)
        let v = p.evaluate(CELActivation(slots: [.map(CELMap(entries: [(.string("c"), .string("oops"))])!), .string("yeah")]))
        #expect(try v.get() == .string("yeah"))
    }
}
