import AperturaEngine
import AperturaSource
import Testing

/// What a self-assessment may hold without an error, at the edges of what is checked: each case is one a
/// person fills in on purpose, and reading it must say nothing.
@Suite struct AssessmentAcceptanceTests {
    func diagnostics(_ yaml: String) throws -> [String] { Fixtures.brief(try Fixtures.assessmentDiagnostics(yaml)) }

    static let header = """
        apertura: 1
        rule_set: mini
        institution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}

        """

    /// A period of one day starts and ends on the same date: it does not end before it starts.
    @Test func aPeriodOfOneDayIsAPeriod() throws {
        #expect(try diagnostics(Self.header + "period: {start: 2025-03-01, end: 2025-03-01}\n") == [])
        // The day before is the error, at the period (line 4, column 9).
        #expect(try diagnostics(Self.header + "period: {start: 2025-03-01, end: 2025-02-28}\n") == ["4:9 invalid_value"])
    }

    /// A section written with nothing under it (`a:`, as a template leaves it) is a section not answered yet,
    /// as `field:` is an answer not given: no error while evaluating.
    @Test func aSectionLeftEmptyIsNotAnError() throws {
        #expect(try diagnostics(Self.header + "answers:\n  a:\n  b:\n    r: 0.5\n") == [])
    }

    /// A section that applies to other institutions only (`applies_to`, docs/FORMAT.md) is not asked of this one:
    /// validating a municipality that answers all of section a lists nothing missing from section b.
    @Test func aSectionForOthersIsNotMissing() throws {
        let form = try String(contentsOfFile: Fixtures.mini + "/rules/form.yaml", encoding: .utf8)
        let sectionB = "    name: {es: Sección B, en: Section B}\n"
        #expect(form.contains(sectionB))
        let rules = try Fixtures.miniRules(replacing: "form.yaml", with: form.replacingOccurrences(of: sectionB, with: sectionB + "    applies_to: {kinds: [partido]}\n"))
        let ruleSet = try Fixtures.evaluator(rules: rules).compiled.ruleSet
        let file = try Fixtures.temporaryDirectory() + "/a.yaml"
        try Fixtures.write(Self.header + "answers:\n  a:\n    flag: true\n    acta: []\n    n: 1\n    items: []\n", to: file)
        #expect(Workspace.assessments(in: file, ruleSet: ruleSet, strict: true).1.map(\.code) == [])
        // The same municipality under the form as it is lacks b.r.
        let plain = try Fixtures.evaluator().compiled.ruleSet
        #expect(Workspace.assessments(in: file, ruleSet: plain, strict: true).1.map(\.message.en) == ["missing answer 'b.r': Ratio"])
    }
}
