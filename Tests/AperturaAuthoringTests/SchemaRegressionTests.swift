import AperturaEngine
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// Regression cases of a differential check of the rule sets' schemas against `apertura validate` on mutated
/// self-assessments. Each case is a bundled example with a few lines changed and the verdict docs/FORMAT.md and
/// the rule set's form give it: the schema (what an editor flags) and `validate` must both give it, and
/// `validate` no error code but the one named (once per missing answer). A valid case also passes the schema
/// of any rule set (self-assessment.schema.json).
@Suite struct SchemaRegressionTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var example = "Examples/autonomo-ine.yaml"
        var changes: [(String, String)]
        /// The one error code `validate` gives; nil for a valid case.
        var code: String?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a blank evidence entry does not count",
             changes: [("    acta: [\"https://www.ine.mx/transparencia/comite-apertura/actas-2025\"]\n", "    acta: [\"  \"]\n")], code: "invalid_value"),
        Case(name: "29 February of a year that is not a leap year is no date",
             changes: [("    fecha_instalacion: 2025-01-28\n", "    fecha_instalacion: 2025-02-29\n")], code: "invalid_value"),
        Case(name: "a date with a mistyped year (0025), outside 1900-2100",
             changes: [("    fecha_instalacion: 2025-01-28\n", "    fecha_instalacion: 0025-01-28\n")], code: "date_out_of_range"),
        Case(name: "a required answer written with no value",
             changes: [("    instalado: true\n", "    instalado:\n")], code: "missing_answer"),
        Case(name: "a name with a zero-width space (U+200B)",
             changes: [("  name: Instituto Nacional Electoral\n", "  name: \"Instituto Nacional\\u200BElectoral\"\n")], code: "invalid_character"),
        Case(name: "a municipio at the federal order",
             changes: [("  kind: autonomo\n", "  kind: municipio\n")], code: "invalid_value"),
        Case(name: "a YAML 1.1 merge key, which Apertura does not merge",
             changes: [("  comite:\n", "  comite: &comite\n"), ("  agenda:\n", "  agenda:\n    <<: *comite\n")], code: "unknown_key"),
        Case(name: "a required answer is missing (comite.sesiones)",
             changes: [("    sesiones: 5\n", "")], code: "missing_answer"),
        Case(name: "an agenda commitment lacks a required answer (especifico)",
             changes: [("candidatura\n        especifico: true\n", "candidatura\n")], code: "missing_answer"),
        Case(name: "no period, which rule comite_con_fecha reads",
             changes: [("period: {start: 2025-01-01, end: 2025-12-31}\n", "")], code: "missing_answer"),
        Case(name: "a section with required answers is missing (comite)",
             changes: [("  comite:\n    instalado: true\n    fecha_instalacion: 2025-01-28\n    integrantes_institucion: 4\n    integrantes_garante: 1\n"
                        + "    integrantes_publico: 3\n    sesiones: 5\n    acta: [\"https://www.ine.mx/transparencia/comite-apertura/actas-2025\"]\n", "")],
             code: "missing_answer"),
        Case(name: "a period that ends in month 13",
             changes: [("end: 2025-12-31}", "end: 2025-13-31}")], code: "invalid_value"),
        Case(name: "a federal institution that gives a state",
             changes: [("  order: federal\n", "  order: federal\n  state: jalisco\n")], code: "invalid_value"),
        Case(name: "optional keys and fields written with no value are left out",
             changes: [("  order: federal\n", "  order: federal\n  state:\n  population:\n"),
                       ("    fecha_instalacion: 2025-01-28\n", "    fecha_instalacion:\n"),
                       ("    acta: [\"https://www.ine.mx/transparencia/comite-apertura/actas-2025\"]\n", "    acta: ~\n")]),
        Case(name: "a text that looks like a number or a boolean is a text",
             changes: [("  id: SO-F-22300\n", "  id: 22300\n"),
                       ("    acta: [\"https://www.ine.mx/transparencia/comite-apertura/actas-2025\"]\n", "    acta: [true, 7]\n"),
                       ("        responsable: Unidad Técnica de Fiscalización\n", "        responsable: 2025\n")]),
        Case(name: "a YAML 1.2 number (7.5e1 in a percent field) and 29 February of a leap year",
             changes: [("    fecha_instalacion: 2025-01-28\n", "    fecha_instalacion: 2024-02-29\n"), ("        fecha_limite: 2025-09-30\n        relevante: true\n        avance: 100\n",
                        "        fecha_limite: 2025-09-30\n        relevante: true\n        avance: 7.5e1\n")]),
        Case(name: "an MGA section written with no value is left out (every MGA field is optional)", example: "Examples/mga/municipio-medido.yaml",
             changes: [("  pg: {valor: 0.3}\n", "  pg:\n")]),
    ]

    @Test(arguments: cases)
    func schemaAndValidateAgree(_ c: Case) throws {
        var text = try String(contentsOfFile: Fixtures.path(c.example), encoding: .utf8)
        for (old, new) in c.changes {
            // Each change applies to exactly one place of the example.
            try #require(text.components(separatedBy: old).count == 2, "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = try Fixtures.temporaryDirectory() + "/case.yaml"
        try Fixtures.write(text, to: file)
        let id = try #require(Workspace.ruleSetID(of: file))
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.path("Rules/\(id)")).0)
        let validation = Workspace.validation(of: file, ruleSet: ruleSet)
        #expect(Set(validation.diagnostics.filter(\.isError).map(\.code)) == Set(c.code.map { [$0] } ?? []), "apertura validate")
        guard Python.available else { return }
        let schema = Fixtures.path("schemas/\(id).self-assessment.schema.json")
        let (status, output) = try Python.run([Fixtures.path("Tests/Fixtures/schemas/validate.py"), schema, file])
        #expect(status == (c.code == nil ? 0 : 1), "schema: \(output)")
        if c.code == nil {
            let (status, output) = try Python.run([Fixtures.path("Tests/Fixtures/schemas/validate.py"), Fixtures.path("schemas/self-assessment.schema.json"), file])
            #expect(status == 0, "generic schema: \(output)")
        }
    }
}
