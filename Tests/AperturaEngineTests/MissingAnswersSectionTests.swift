import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Testing

/// A self-assessment without `answers:` at all is one omission, not one per required field: validate says it
/// once, and the file is still invalid; evaluate still judges no rule met.
@Suite struct MissingAnswersSectionTests {
    let text = """
        apertura: 1
        rule_set: pai
        institution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}
        period: {start: 2025-01-01, end: 2025-12-31}

        """

    @Test func validateReportsTheMissingSectionOnce() throws {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let file = try Fixtures.temporaryDirectory() + "/sin-answers.yaml"
        try Fixtures.write(text, to: file)
        let validation = Workspace.validation(of: file, ruleSet: evaluator.compiled.ruleSet, evaluator: evaluator)
        #expect(Fixtures.brief(validation.diagnostics) == ["1:1 missing_answer"])
        #expect(validation.errors == 1)
        #expect(validation.diagnostics.first?.message.es == "falta la sección answers")
        #expect(validation.diagnostics.first?.help?.es == "copie la plantilla (apertura template) y llene sus respuestas")
        #expect(validation.diagnostics.first?.message.en == "missing the answers section")
        #expect(validation.diagnostics.first?.help?.en == "copy the template (apertura template) and fill in your answers")
        // The strict reading (`missing_answer` without the policy at hand) says it once too.
        let strict = Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: true).1
        #expect(Fixtures.brief(strict) == ["1:1 missing_answer"])
    }

    /// `answers:` written but left empty keeps one error per field, each at the key: the section is there.
    @Test func anEmptyAnswersKeyStillListsEachField() throws {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let file = try Fixtures.temporaryDirectory() + "/answers-vacio.yaml"
        try Fixtures.write(text + "answers:\n", to: file)
        let validation = Workspace.validation(of: file, ruleSet: evaluator.compiled.ruleSet, evaluator: evaluator)
        #expect(validation.errors > 1)
        #expect(validation.diagnostics.allSatisfy { $0.message.es.hasPrefix("falta la respuesta «") })
    }

    @Test func evaluateJudgesNoRuleMetWithoutAnswers() throws {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let file = try Fixtures.temporaryDirectory() + "/sin-answers.yaml"
        try Fixtures.write(text, to: file)
        let assessment = try Fixtures.assessment(file, ruleSet: evaluator.compiled.ruleSet)
        let evaluation = try evaluator.evaluate(assessment, asOf: Fixtures.day("2025-12-31"))
        let applying = evaluation.outcomes.filter { $0.outcome.code != "not_applicable" }
        #expect(!applying.isEmpty)
        #expect(applying.allSatisfy { $0.outcome.code == "not_reported" }, "\(applying.map { "\($0.rule) \($0.outcome.code)" })")
    }
}
