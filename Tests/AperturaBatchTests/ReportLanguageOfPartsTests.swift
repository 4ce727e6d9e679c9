import AperturaBatch
import Foundation
import Testing

/// An English report.html of a rule set or policy without English for some names shows those names in Spanish;
/// they are marked `lang="es"`, so that a screen reader does not read them with English pronunciation
/// (WCAG 2.1, 3.1.2 Language of Parts).
@Suite struct ReportLanguageOfPartsTests {
    /// A copy of the PAI rules and policy in which one rule's name and the policy's name have no English.
    static func partlyTranslated() throws -> (rules: String, policy: String) {
        let dir = Fixtures.temporaryDirectory("language-of-parts")
        let rules = dir + "/pai", policy = dir + "/politica.yaml"
        try FileManager.default.copyItem(atPath: Fixtures.paiRules, toPath: rules)
        try FileManager.default.copyItem(atPath: Fixtures.paiPolicy, toPath: policy)
        let file = rules + "/rules/acceso_informacion.yaml"
        let ruleName = "name: {es: Solicitudes respondidas de forma completa, en: Requests answered completely}"
        let rulesText = Fixtures.read(file)
        try #require(rulesText.components(separatedBy: ruleName).count == 2)
        Fixtures.write(rulesText.replacingOccurrences(of: ruleName, with: "name: {es: Solicitudes respondidas de forma completa}"), file)
        let policyName = "  en: Evaluation of the Institutional Openness Policy, 2025-2035 calendar\n"
        let policyText = Fixtures.read(policy)
        try #require(policyText.components(separatedBy: policyName).count == 2)
        Fixtures.write(policyText.replacingOccurrences(of: policyName, with: ""), policy)
        return (rules, policy)
    }

    @Test func untranslatedNamesAreMarkedSpanishOnAnEnglishPage() throws {
        let (rules, policy) = try Self.partlyTranslated()
        let out = Fixtures.temporaryDirectory("language-of-parts-en")
        let result = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: rules,
                                                      policy: policy, asOf: Fixtures.asOf, jobs: 1, language: .en))
        #expect(result.allEvaluated)
        let html = Fixtures.read(out + "/report.html")
        let rule = "<span lang=\"es\">Solicitudes respondidas de forma completa</span>"
        // In the rules' pass rates, and among the most frequent gaps of the examples: by hand from the twelve
        // outcomes files, the ten rules with most institutions not meeting them are cumplimiento_portal (8),
        // compromisos_calidad, mecanismos_seguimiento, practicas_calidad (7 each), agenda_publicada, comite_integrado,
        // mecanismos_operando, solicitudes_completas (5 each), datos_calidad (4) and, of the two with 3,
        // solicitudes_coherentes before solicitudes_en_plazo by rule id. (With eleven examples solicitudes_en_plazo was
        // tenth, 3 against coherentes' 2; the water utility meets it and misses coherentes, so this test now leaves
        // the name of solicitudes_completas, eighth, untranslated.)
        #expect(html.contains("<th scope=\"row\">\(rule)</th><td class=\"num\">"))
        #expect(html.components(separatedBy: "<th scope=\"row\">\(rule)</th>").count == 3)
        let policyName = "<span lang=\"es\">Evaluación de la Política de Apertura Institucional, calendario 2025-2035</span>"
        #expect(html.contains("<dd>\(policyName) (pai_inicio 2025.1)</dd>"))
        // A translated name is English, as the page.
        #expect(html.contains("<th scope=\"row\">Requests answered on time</th>"))
        #expect(html.components(separatedBy: "lang=\"es\"").count == 4)
    }

    @Test func aSpanishPageMarksNoPart() throws {
        let (rules, policy) = try Self.partlyTranslated()
        let out = Fixtures.temporaryDirectory("language-of-parts-es")
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: rules,
                                             policy: policy, asOf: Fixtures.asOf, jobs: 1))
        let html = Fixtures.read(out + "/report.html")
        #expect(html.contains("<th scope=\"row\">Solicitudes respondidas de forma completa</th>"))
        #expect(html.components(separatedBy: "lang=\"es\"").count == 2, "only the page's own")
    }
}
