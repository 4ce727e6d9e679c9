import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// A text answer of nothing but spaces, or of nothing (`""`), is no answer: `validate` reports it missing as it
/// does `field:` with no value, and `evaluate` judges the rules that read it "not reported". `"  "` earned
/// Zapopan's first practice its point (`!= ""` holds for spaces) and `""` passed validate silently.
@Suite struct BlankTextAnswerTests {
    static let line = "        poblacion_objetivo: Vecinas y vecinos de las colonias con obra"

    /// Zapopan with its first practice's target population (line 105, column 9) written as `value`.
    func file(_ value: String) throws -> String {
        let text = try String(contentsOfFile: Fixtures.path("Examples/municipio-zapopan.yaml"), encoding: .utf8)
        #expect(text.contains(Self.line))
        let file = try Fixtures.temporaryDirectory() + "/zapopan.yaml"
        try Fixtures.write(text.replacingOccurrences(of: Self.line, with: "        poblacion_objetivo: \(value)"), to: file)
        return file
    }

    func evaluator() throws -> Evaluator {
        try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
    }

    /// The same error as for the key left empty (the last argument), at the key.
    @Test(arguments: ["\"  \"", "\"\"", "' '", "\"\u{00A0}\"", ""])
    func aBlankTextIsAMissingAnswer(_ value: String) throws {
        let evaluator = try evaluator()
        let d = Workspace.validation(of: try file(value), ruleSet: evaluator.compiled.ruleSet, evaluator: evaluator).diagnostics.filter(\.isError)
        #expect(Fixtures.brief(d) == ["105:9 missing_answer"], "\(d.map(\.message.es))")
        #expect(d.first?.message.es == "falta la respuesta «transparencia_proactiva.practicas[0].poblacion_objetivo»: Población objetivo a la que se dirige la información")
    }

    /// The rule that reads it is not reported, as with the key left empty: "  " gave 33.33 % (the first practice,
    /// the only one with all it asks, counted) and "" 0 %, both "not met".
    @Test(arguments: ["\"  \"", "\"\"", ""])
    func aBlankTextIsNotReported(_ value: String) throws {
        let evaluator = try evaluator()
        let assessment = try #require(Workspace.assessments(in: try file(value), ruleSet: evaluator.compiled.ruleSet, strict: false).0.first)
        let practice = try #require(assessment.sections[SectionID("transparencia_proactiva")]?["practicas"]?.value)
        guard case .items(let items) = practice else { Issue.record("practicas is not a list"); return }
        #expect(items[0]["poblacion_objetivo"] == nil)
        let evaluation = try evaluator.evaluate(assessment, asOf: try #require(Day("2026-06-30")))
        #expect(evaluation.outcomes.first { $0.rule.rawValue == "practicas_calidad" }?.outcome.code == "not_reported")
    }

    /// A text with something beside its spaces stays an answer, as written.
    @Test func aTextWithSomethingInItStaysAnAnswer() throws {
        let evaluator = try evaluator()
        let assessment = try #require(Workspace.assessments(in: try file("\" x \""), ruleSet: evaluator.compiled.ruleSet, strict: false).0.first)
        let practice = try #require(assessment.sections[SectionID("transparencia_proactiva")]?["practicas"]?.value)
        guard case .items(let items) = practice else { Issue.record("practicas is not a list"); return }
        #expect(items[0]["poblacion_objetivo"]?.value == .text(" x "))
    }
}
