import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// `period:` is optional in the format, but a rule that reads its dates judges a self-assessment without it
/// "not reported": validate says so, naming those rules, as it does for required answers.
@Suite struct PeriodRequiredTests {
    func strictDiagnostics(_ example: String, rules: String, policy: String, dropping line: String, writing replacement: String = "",
                           asValidateDoes: Bool = false) throws -> [Diagnostic] {
        let ruleSet = try Fixtures.evaluator(rules: Fixtures.path(rules), policy: Fixtures.path(policy)).compiled.ruleSet
        let text = try String(contentsOfFile: Fixtures.path(example), encoding: .utf8)
        #expect(text.contains(line))
        let file = try Fixtures.temporaryDirectory() + "/sin-periodo.yaml"
        try Fixtures.write(text.replacingOccurrences(of: line, with: replacement), to: file)
        if asValidateDoes { return Workspace.validation(of: file, ruleSet: ruleSet).diagnostics }
        return Workspace.assessments(in: file, ruleSet: ruleSet, strict: true).1
    }

    @Test func aRuleThatReadsThePeriodMakesItRequired() throws {
        // Zapopan answers every required field; comite_con_fecha compares the installation date with period.end.
        let d = try strictDiagnostics("Examples/municipio-zapopan.yaml", rules: "Rules/pai", policy: "Policies/pai-inicio.yaml",
                                      dropping: "period: {start: 2025-01-01, end: 2025-12-31}\n")
        #expect(d.map(\.code) == ["missing_answer"])
        // One rule: "que lee la regla", not "que leen las reglas" (and "which the rule … reads").
        #expect(d.first?.message.es == "falta el periodo que se reporta (period: {start, end}), que lee la regla comite_con_fecha")
        #expect(d.first?.message.text(.en) == "missing the reporting period (period: {start, end}), which the rule comite_con_fecha reads")
        #expect(d.first?.range?.start.line == 5)
    }

    /// A period written with a value that cannot be read is not also missing: its own error says what is wrong
    /// (FORMAT.md: "an answer written with a wrong value is reported as such, not also as missing").
    @Test func aPeriodWithAWrongDateIsNotAlsoMissing() throws {
        let d = try strictDiagnostics("Examples/municipio-zapopan.yaml", rules: "Rules/pai", policy: "Policies/pai-inicio.yaml",
                                      dropping: "period: {start: 2025-01-01, end: 2025-12-31}\n",
                                      writing: "period: {start: 0025-01-01, end: 2025-12-31}\n", asValidateDoes: true)
        #expect(d.map(\.code) == ["date_out_of_range"], "\(d.map(\.message.es))")
        #expect(d.first?.range?.start.line == 14 && d.first?.range?.start.column == 17)
    }

    /// `period:` with no value is missing, said at the key (line 14 of Zapopan), not at the document's start (5:1),
    /// and with the code of the template's `start:` and `end:` left empty (`missing_key`, as the guide's table says).
    @Test func anEmptyPeriodKeyIsMissing() throws {
        let d = try strictDiagnostics("Examples/municipio-zapopan.yaml", rules: "Rules/pai", policy: "Policies/pai-inicio.yaml",
                                      dropping: "period: {start: 2025-01-01, end: 2025-12-31}\n", writing: "period:\n",
                                      asValidateDoes: true)
        #expect(Fixtures.brief(d.filter(\.isError)) == ["14:1 missing_key"], "\(d.map(\.message.es))")
        #expect(d.first?.message.es == "falta el periodo que se reporta (period: {start, end}), que lee la regla comite_con_fecha")
    }

    /// Several rules that read the period are named in the plural: r_share, r_p2only and r_err, through the chain
    /// of indicators of the test below (the same two edits).
    @Test func severalRulesThatReadThePeriodAreNamedInThePlural() throws {
        let ruleSet = try Fixtures.evaluator(rules: try Self.periodThroughAChain()).compiled.ruleSet
        // The mini municipality has no period.
        let assessment = try #require(AssessmentLoader.load(file: Fixtures.mini + "/municipio.yaml", ruleSet: ruleSet).0.first)
        #expect(assessment.periodStart == nil)
        let d = MissingAnswers.find(in: assessment, ruleSet: ruleSet).filter { $0.message.es.hasPrefix("falta el periodo") }
        #expect(d.map(\.message.es) == ["falta el periodo que se reporta (period: {start, end}), que leen las reglas r_share, r_p2only, r_err"])
        #expect(d.map { $0.message.text(.en) } == ["missing the reporting period (period: {start, end}), which the rules r_share, r_p2only, r_err read"])
    }

    /// A rule reads the period through every indicator between them, whatever their order in the file: here
    /// `share` (second) reads `after_broken` (last), which reads `broken` (fifth), which reads `period.end`.
    /// So r_share and r_p2only (on `share`) and r_err (on `broken`) read it, and nothing else does.
    @Test func thePeriodIsReadThroughAChainOfIndicatorsInAnyOrder() throws {
        let rules = try Self.periodThroughAChain()
        let ruleSet = try Fixtures.evaluator(rules: rules).compiled.ruleSet
        let readers = PeriodReaders.rules(of: ruleSet, order: .municipal, kind: .municipio).map(\.rawValue)
        #expect(readers == ["r_share", "r_p2only", "r_err"])
    }

    /// A rule's `when` that reads the period makes the rule read it; a longer name that ends in `period.end`
    /// (`a.period.end`, `my_period.start`, here in a text of r_check) is not the period.
    @Test func aConditionReadsThePeriodAndALongerNameDoesNot() throws {
        var text = try String(contentsOfFile: Fixtures.mini + "/rules/rules.yaml", encoding: .utf8)
        let when = "when: \"institution.population >= 70000\""
        let check = "check: a.n >= 0 && size(a.items) <= a.n + 10"
        #expect(text.contains(when) && text.contains(check))
        text = text.replacingOccurrences(of: when, with: "when: \"institution.population >= 70000 && period.end > period.start\"")
            .replacingOccurrences(of: check, with: "check: a.n >= 0 && \"a.period.end my_period.start\" != \"\"")
        let rules = try Fixtures.miniRules(replacing: "rules.yaml", with: text)
        let ruleSet = try Fixtures.evaluator(rules: rules).compiled.ruleSet
        #expect(PeriodReaders.rules(of: ruleSet, order: .municipal, kind: .municipio).map(\.rawValue) == ["r_when"])
    }

    @Test func noRuleReadsItInTheMetrica() throws {
        let d = try strictDiagnostics("Examples/mga/municipio-medido.yaml", rules: "Rules/mga", policy: "Policies/mga-2017.yaml",
                                      dropping: "period: {start: 2016-01-01, end: 2016-12-31}\n")
        #expect(d.isEmpty)
    }

    /// The mini rules with `share` reading `after_broken` and `broken` reading `period.end`: the two edits of the tests above.
    static func periodThroughAChain() throws -> String {
        var text = try String(contentsOfFile: Fixtures.mini + "/rules/indicators.yaml", encoding: .utf8)
        let share = """
            value: >-
                  size(a.items) == 0 ? 0.0
                    : double(a.items.filter(i, i.ok).size()) / double(size(a.items))
            """
        #expect(text.contains(share) && text.contains("value: a.n / 0"))
        text = text.replacingOccurrences(of: share, with: "value: \"indicators.after_broken >= 0.0 ? 1.0 : 0.0\"")
            .replacingOccurrences(of: "value: a.n / 0", with: "value: \"double(a.n) + (period.end > period.start ? 1.0 : 0.0)\"")
        return try Fixtures.miniRules(replacing: "indicators.yaml", with: text)
    }
}
