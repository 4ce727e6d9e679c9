import AperturaAuthoring
import AperturaEngine
import AperturaModel
import AperturaSource
import Foundation
import Testing

@Suite struct ExplainTests {
    static func evaluator() throws -> Evaluator {
        let (evaluator, diagnostics) = Workspace.load(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let errors = diagnostics.filter { $0.isError }
        #expect(errors.isEmpty)
        return try #require(evaluator)
    }

    static func trace(_ file: String, rule: String, asOf: String = "2026-06-30") throws -> ([TraceEvent], RuleOutcome?) {
        let evaluator = try evaluator()
        let (assessments, _) = Workspace.assessments(in: Fixtures.path(file), ruleSet: evaluator.compiled.ruleSet, strict: false)
        let assessment = try #require(assessments.first)
        var events: [TraceEvent] = []
        let outcome = try evaluator.trace(assessment, asOf: Day(asOf)!, rule: RuleID(rule)) { events.append($0) }
        return (events, outcome)
    }

    /// 18,600 inhabitants: the rule's own condition (population >= 70000) is false.
    @Test func conditionFalseStopsBeforeTheGoal() throws {
        let (events, outcome) = try Self.trace("Tests/Fixtures/diff/population/b-municipio-pequeno.yaml", rule: "mecanismos_diversos")
        #expect(outcome?.outcome == .notApplicable(.conditionFalse))
        let conditions = events.compactMap { event -> TraceEvent.Result? in
            if case .condition(_, let result, false) = event { return result }
            return nil
        }
        #expect(conditions == [.value("false")])
        #expect(!events.contains { if case .goal = $0 { true } else { false } })
        if case .outcome = events.last {} else { Issue.record("the stream must end with the outcome") }
    }

    /// agenda.publicada is true with one commitment, but agenda.documento is empty.
    @Test func missingEvidenceIsShown() throws {
        let (events, outcome) = try Self.trace("Tests/Fixtures/diff/population/b-municipio-pequeno.yaml", rule: "agenda_publicada")
        #expect(outcome?.outcome == .missingEvidence(fields: ["agenda.documento"]))
        #expect(events.contains(.comparison(actual: .bool(true), target: .bool(true), direction: .increase, strict: false, reached: true)))
        #expect(events.contains { if case .evidence("agenda.documento", _, false) = $0 { true } else { false } })
    }

    /// datos_calidad = 1 of 2 datasets = 0.5 against the start goal 0.8; the read answer has its line.
    @Test func goalRuleExplanationGolden() throws {
        let (events, _) = try Self.trace("Tests/Fixtures/diff/population/a-municipio-grande.yaml", rule: "datos_calidad")
        let evaluator = try Self.evaluator()
        #expect(events.contains(.comparison(actual: .number(0.5), target: .number(0.8), direction: .increase, strict: false, reached: false)))
        let read = events.first { if case .read("datos_abiertos.conjuntos", _, _) = $0 { true } else { false } }
        if case .read(_, let range?, let value)? = read {
            #expect(range.start.line == 37)
            #expect(value == "[{…}, {…}]")
        } else {
            Issue.record("datos_abiertos.conjuntos must be read")
        }
        for language in Language.allCases {
            let text = Fixtures.relative(ExplainPrinter(ruleSet: evaluator.compiled.ruleSet, language: language).render(events))
            #expect(text == (try Fixtures.golden("Tests/Fixtures/explain/datos_calidad.\(language.rawValue).expected", actual: text)))
        }
    }

    @Test func unknownRuleGivesNoTrace() throws {
        let (events, outcome) = try Self.trace("Tests/Fixtures/diff/population/a-municipio-grande.yaml", rule: "no_existe")
        #expect(outcome == nil)
        #expect(events.isEmpty)
    }
}
