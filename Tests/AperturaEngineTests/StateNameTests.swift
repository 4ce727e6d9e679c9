import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// State names as officials write them: the full constitutional names, the usual abbreviations, former names.
@Suite struct StateNameTests {
    @Test(arguments: [
        ("Querétaro de Arteaga", "queretaro"), ("Edo. de México", "mexico"), ("Edomex", "mexico"), ("EDO MEX", "mexico"),
        ("Estado de México", "mexico"), ("CDMX", "ciudad_de_mexico"), ("D.F.", "ciudad_de_mexico"),
        ("Distrito Federal", "ciudad_de_mexico"), ("Veracruz de Ignacio de la Llave", "veracruz"), ("Nuevo Leon", "nuevo_leon"),
        ("Michoacán de Ocampo", "michoacan"), ("Coahuila de Zaragoza", "coahuila"), ("yucatán", "yucatan"),
    ])
    func namesAreRecognised(_ name: String, _ id: String) {
        #expect(MexicanState.id(forName: name) == id)
    }

    @Test(arguments: ["Texas", "Edo", "México DF sur", ""])
    func otherNamesAreNot(_ name: String) {
        #expect(MexicanState.id(forName: name) == nil)
    }

    /// In a self-assessment the state is its id; a name gets the id as advice, at the value.
    @Test(arguments: [("Edomex", "mexico"), ("Querétaro de Arteaga", "queretaro"), ("jalsco", "jalisco")])
    func aNameInASelfAssessmentGetsItsIdAsAdvice(_ written: String, _ id: String) throws {
        let text = try String(contentsOfFile: "\(Fixtures.mini)/municipio.yaml", encoding: .utf8)
        #expect(text.contains("  state: jalisco\n"))
        let dir = try Fixtures.temporaryDirectory()
        let file = "\(dir)/m.yaml"
        try Fixtures.write(text.replacingOccurrences(of: "  state: jalisco\n", with: "  state: \"\(written)\"\n"), to: file)
        let evaluator = try Fixtures.evaluator()
        let (_, diagnostics) = Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: false)
        let invalid = diagnostics.filter { $0.code == "invalid_value" }
        #expect(invalid.map { $0.range?.start.line } == [8])
        #expect(invalid.map { $0.range?.start.column } == [10])
        #expect(invalid.first?.help?.es == "¿quiso decir «\(id)»?")
    }
}
