import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// `1e400` is a number, only beyond a double's range (±1.8e308): it was "expected a number, found '1e400'".
/// `1e-400` is below the smallest double and rounds to 0, which is read, with a warning.
@Suite struct NumberOutOfRangeTests {
    func diagnostics(_ value: String) throws -> [Diagnostic] {
        // Line 6; `    indice_portal: ` is 19 characters, so the value is at column 20.
        try Fixtures.answerDiagnostics("  obligaciones:\n    indice_portal: \(value)\n", rules: "Rules/pai", policy: "Policies/pai-inicio.yaml", ruleSet: "pai")
    }

    /// The portal index goes from 0 to 100 (Rules/pai/form.yaml): said in the help.
    @Test func aHugeNumberIsSaidToBeBeyondRangeWithTheFieldsRange() throws {
        let d = try diagnostics("1e400")
        #expect(Fixtures.brief(d) == ["6:20 number_out_of_range"])
        #expect(d.first?.message.es == "el número «1e400» es demasiado grande para representarse: pasa de ±1.8e308")
        #expect(d.first?.message.en == "the number '1e400' is too large to be represented: it is beyond ±1.8e308")
        #expect(d.first?.help?.es == "el valor va de 0 a 100")
        let negative = try diagnostics("-1e400")
        #expect(Fixtures.brief(negative) == ["6:20 number_out_of_range"])
        #expect(negative.first?.message.en == "the number '-1e400' is too large in magnitude to be represented: it is beyond ±1.8e308")
    }

    /// A count is a whole number: `1e400` stays a type mismatch there, now with the largest count in the help.
    @Test func aHugeCountSaysTheLargestWholeNumber() throws {
        let d = try Fixtures.answerDiagnostics("  solicitudes:\n    recibidas: 1e400\n", rules: "Rules/pai", policy: "Policies/pai-inicio.yaml", ruleSet: "pai")
        #expect(Fixtures.brief(d) == ["6:16 type_mismatch"])
        #expect(d.first?.help?.en == "the number is too large: the largest is 9223372036854775807")
    }

    /// Read as 0 (the double nearest to it), with a warning, by the full loader; the fast reader gives it up so that
    /// a batch says the warning too. The example itself is read by the fast reader.
    @Test func aTinyNumberIsReadAsZeroWithAWarning() throws {
        let d = try diagnostics("1e-400")
        #expect(Fixtures.brief(d) == ["6:20 number_rounded_to_zero"])
        #expect(d.first?.severity == .warning)
        #expect(d.first?.message.en == "the number '1e-400' is too small to be represented and is read as 0")
        let ruleSet = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml")).compiled.ruleSet
        let original = try String(contentsOfFile: Fixtures.path("Examples/municipio-zapopan.yaml"), encoding: .utf8)
        let text = original.replacingOccurrences(of: "indice_portal: 76.0", with: "indice_portal: 1e-400")
        #expect(text != original)
        let file = try Fixtures.temporaryDirectory() + "/diminuto.yaml"
        try Fixtures.write(text, to: file)
        let assessment = try #require(Workspace.assessments(in: file, ruleSet: ruleSet, strict: false).0.first)
        #expect(assessment.sections[SectionID("obligaciones")]?.answers["indice_portal"]?.value == .number(0))
        #expect(AssessmentFastReader(ruleSet: ruleSet).read(Array(text.utf8), file: file)?.count == nil)
        #expect(AssessmentFastReader(ruleSet: ruleSet).read(Array(original.utf8), file: file)?.count == 1)
    }

    /// The rule set and policy loaders read numbers the same way: a weight and a level's threshold.
    @Test func rulesAndPoliciesSayItToo() throws {
        let policy = try Fixtures.miniPolicy(replacing: [("above: 0.8", "above: 1e400")])
        let policyErrors = PolicyLoader.load(file: policy).1.items.filter(\.isError)
        #expect(policyErrors.map(\.code) == ["number_out_of_range"])
        #expect(policyErrors.first?.help == nil)
        // Line 6 of the mini rules: `    weight: ` is 12 characters.
        let text = try String(contentsOfFile: Fixtures.mini + "/rules/rules.yaml", encoding: .utf8)
        let rules = try Fixtures.miniRules(replacing: "rules.yaml", with: text.replacingOccurrences(of: "weight: 2", with: "weight: 1e400"))
        let ruleErrors = RuleSetLoader.load(directory: rules).1.items.filter(\.isError)
        #expect(Fixtures.brief(ruleErrors) == ["6:13 number_out_of_range"])
    }
}
