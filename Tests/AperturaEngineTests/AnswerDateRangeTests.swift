import AperturaEngine
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// A year outside 1900–2100 in a self-assessment's period or answers is a typing slip, said at the date;
/// the fast reader gives such a file up to the full loader, which says so.
@Suite struct AnswerDateRangeTests {
    let zapopan = Fixtures.path("Examples/municipio-zapopan.yaml")

    /// The Zapopan example with its period and installation date replaced, read by both readers.
    func read(period: String, installed: String) throws -> (diagnostics: [String], fast: [Assessment]?) {
        let ruleSet = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml")).compiled.ruleSet
        let text = try String(contentsOfFile: zapopan, encoding: .utf8)
            .replacingOccurrences(of: "period: {start: 2025-01-01, end: 2025-12-31}", with: "period: {start: \(period), end: 2025-12-31}")
            .replacingOccurrences(of: "fecha_instalacion: 2025-03-05", with: "fecha_instalacion: \(installed)")
        let file = try Fixtures.temporaryDirectory() + "/fechas.yaml"
        try Fixtures.write(text, to: file)
        let diagnostics = Workspace.assessments(in: file, ruleSet: ruleSet, strict: false).1
            .map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \($0.code)" }
        return (diagnostics, AssessmentFastReader(ruleSet: ruleSet).read(Array(text.utf8), file: file))
    }

    @Test func yearsOutsideTheRangeAreErrorsAtTheDate() throws {
        // `period: {start: ` puts the start at column 17 of line 14; the installation date is at 18:24.
        let (diagnostics, fast) = try read(period: "0025-01-01", installed: "2205-03-05")
        #expect(diagnostics == ["14:17 date_out_of_range", "18:24 date_out_of_range"])
        #expect(fast == nil)
    }

    @Test func theRangeItselfIsAccepted() throws {
        let (diagnostics, fast) = try read(period: "1900-01-01", installed: "2100-12-31")
        #expect(diagnostics.isEmpty)
        #expect(fast?.count == 1)
        #expect(fast?.first?.periodStart == Day("1900-01-01"))
    }
}
