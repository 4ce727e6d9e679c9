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
        #expect(d.first?.message.es == "falta el periodo que se reporta (period: {start, end}), que leen las reglas comite_con_fecha")
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

    /// `period:` with no value, as the template leaves it, is missing.
    @Test func anEmptyPeriodKeyIsMissing() throws {
        let d = try strictDiagnostics("Examples/municipio-zapopan.yaml", rules: "Rules/pai", policy: "Policies/pai-inicio.yaml",
                                      dropping: "period: {start: 2025-01-01, end: 2025-12-31}\n", writing: "period:\n",
                                      asValidateDoes: true)
        #expect(d.map(\.code).contains("missing_answer"), "\(d.map(\.message.es))")
        #expect(d.contains { $0.message.es.hasPrefix("falta el periodo que se reporta") })
    }

    @Test func noRuleReadsItInTheMetrica() throws {
        let d = try strictDiagnostics("Examples/mga/municipio-medido.yaml", rules: "Rules/mga", policy: "Policies/mga-2017.yaml",
                                      dropping: "period: {start: 2016-01-01, end: 2016-12-31}\n")
        #expect(d.isEmpty)
    }
}
