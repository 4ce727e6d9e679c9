import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// A self-assessment whose answers were written for another rule set's form (a PAI one that names `rule_set: mga`)
/// gets one `rule_set_mismatch` at its `rule_set` value, not an `unknown_key` per section (seven for the PAI's, one
/// of them advising to move `datos_abiertos` into `tg`), and no missing answers of the form it was not written for.
@Suite struct ForeignSectionsTests {
    func validation(_ example: String, replacing old: String, with new: String, rules: String, policy: String) throws -> [Diagnostic] {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path(rules), policy: Fixtures.path(policy))
        let text = try String(contentsOfFile: Fixtures.path(example), encoding: .utf8)
        #expect(text.contains(old))
        let file = try Fixtures.temporaryDirectory() + "/a.yaml"
        try Fixtures.write(text.replacingOccurrences(of: old, with: new), to: file)
        return Workspace.validation(of: file, ruleSet: evaluator.compiled.ruleSet, evaluator: evaluator).diagnostics
    }

    /// Nuevo León's seven PAI sections under the Métrica's name: the error is at `mga` (line 11, column 11), and
    /// lists the first four of the seven sections and the Métrica's own four. The loader knows no other rule set,
    /// so it names none (the command line does: ForeignRuleSetCommandTests).
    @Test func paiAnswersUnderTheMetricaAreOneError() throws {
        let d = try validation("Examples/ejecutivo-estatal-nuevo-leon.yaml", replacing: "rule_set: pai", with: "rule_set: mga",
                               rules: "Rules/mga", policy: "Policies/mga-2017.yaml")
        #expect(Fixtures.brief(d) == ["11:11 rule_set_mismatch"], "\(d.map(\.message.es))")
        #expect(d.first?.message.es == "las secciones de answers (comite, agenda, participacion, transparencia_proactiva, …) no son del conjunto de reglas «mga», cuyas secciones son tg, tc, pg, pc")
        #expect(d.first?.help?.es == "escriba en rule_set el conjunto de reglas para el que se escribieron estas respuestas; si es «mga», escríbalas en sus secciones")
        #expect(d.first?.message.text(.en) == "the sections under answers (comite, agenda, participacion, transparencia_proactiva, …) are not those of rule set 'mga', whose sections are tg, tc, pg, pc")
    }

    /// One unknown section among the form's own is a mistake in that section, said there as before: the Métrica
    /// example with its `pc` renamed `comite` (three known, one unknown).
    @Test func oneUnknownSectionAmongKnownOnesIsStillUnknown() throws {
        let d = try validation("Examples/mga/municipio-medido.yaml", replacing: "  pc: {valor: 0.45}", with: "  comite: {valor: 0.45}",
                               rules: "Rules/mga", policy: "Policies/mga-2017.yaml")
        #expect(d.filter(\.isError).map(\.code).contains("unknown_key"))
        #expect(!d.map(\.code).contains("rule_set_mismatch"))
    }

    /// Misspelt sections are slips, each with its "did you mean", however many: not another form.
    @Test func misspeltSectionsAreNotAnotherForm() throws {
        let d = try validation("Examples/mga/municipio-medido.yaml", replacing: "  tg: {valor: 0.62}\n  tc: {valor: 0.55}\n  pg: {valor: 0.3}\n  pc: {valor: 0.45}",
                               with: "  tgg: {valor: 0.62}\n  tcc: {valor: 0.55}\n  pgg: {valor: 0.3}\n  pc: {valor: 0.45}",
                               rules: "Rules/mga", policy: "Policies/mga-2017.yaml")
        #expect(!d.map(\.code).contains("rule_set_mismatch"), "\(d.map(\.message.es))")
        #expect(d.filter { $0.code == "unknown_key" }.count == 3)
    }
}
