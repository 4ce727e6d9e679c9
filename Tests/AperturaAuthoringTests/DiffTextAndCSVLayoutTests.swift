import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// The text and CSV forms of a diff, from a report made by hand, every line written out: which values a
/// change shows, an institution's old and new score and level, the signed difference, a dash for a score
/// that cannot be determined, and the count of level changes.
@Suite struct DiffTextAndCSVLayoutTests {
    static let report = DiffReport(
        from: "Rules/pai", to: "nuevas", asOf: "2026-06-30",
        changes: [
            RuleSetChange(kind: "rule_added", subject: "comite_sesiona", old: nil, new: "comite_sesiona",
                          range: SourceRange(file: "nuevas/rules/p.yaml", startLine: 12, startColumn: 5, endLine: 12, endColumn: 9)),
            RuleSetChange(kind: "weight_changed", subject: "comite_instalado", old: "2", new: "3", range: nil),
            RuleSetChange(kind: "rule_removed", subject: "comite_con_fecha", old: "comite_con_fecha", new: nil, range: nil),
        ],
        impact: [
            // 0.875 -> 0.75, avanzado -> en_desarrollo: down 0.125.
            InstitutionImpact(file: "a.yaml", institutionID: "SO-1", institution: "Uno", oldScore: 0.875, newScore: 0.75,
                              oldLevel: "avanzado", newLevel: "en_desarrollo", oldRatio: nil, newRatio: nil, changedRules: ["datos_calidad", "x"]),
            // 0.1 -> 0.2, same level: up 0.1.
            InstitutionImpact(file: "b.yaml", institutionID: "SO-2", institution: "Dos", oldScore: 0.1, newScore: 0.2,
                              oldLevel: "insuficiente", newLevel: "insuficiente", oldRatio: nil, newRatio: nil, changedRules: ["comite_sesiona"]),
            // No score before (nothing applied), 0.5 after.
            InstitutionImpact(file: "c.yaml", institutionID: "SO-3", institution: "Tres", oldScore: nil, newScore: 0.5,
                              oldLevel: nil, newLevel: "inicial", oldRatio: nil, newRatio: nil, changedRules: []),
            // Nothing changes.
            InstitutionImpact(file: "d.yaml", institutionID: "SO-4", institution: "Cuatro, S.C.", oldScore: 0.5, newScore: 0.5,
                              oldLevel: "inicial", newLevel: "inicial", oldRatio: nil, newRatio: nil, changedRules: []),
        ],
        problems: [])

    @Test func spanishText() {
        #expect(DiffRenderer.render(Self.report, format: .text, language: .es) == """
            Cambios de Rules/pai a nuevas:
              rule_added comite_sesiona  (nuevas/rules/p.yaml:12:5)
              weight_changed comite_instalado: 2 → 3
              rule_removed comite_con_fecha

            Impacto en 4 instituciones (fecha de corte 2026-06-30):
              Cambian de nivel (2):
                SO-1 Uno: 0.8750 → 0.7500 (-0.1250); nivel avanzado → en_desarrollo; reglas: datos_calidad, x
                SO-3 Tres: — → 0.5000 (—); nivel — → inicial
              Cambian de puntaje, no de nivel (1):
                SO-2 Dos: 0.1000 → 0.2000 (+0.1000); nivel insuficiente; reglas: comite_sesiona
              Sin cambio de puntaje ni de nivel (1):
                SO-4 Cuatro, S.C.: 0.5000; nivel inicial
            2 de 4 instituciones cambian de nivel.

            """)
    }

    @Test func englishText() {
        let text = DiffRenderer.render(Self.report, format: .text, language: .en)
        #expect(text.hasPrefix("Changes from Rules/pai to nuevas:\n"))
        #expect(text.contains("\nImpact on 4 institutions (as of 2026-06-30):\n"))
        #expect(text.contains("  Level changes (2):\n    SO-1 Uno: 0.8750 → 0.7500 (-0.1250); level avanzado → en_desarrollo; rules: datos_calidad, x\n"))
        #expect(text.contains("  Score changes, same level (1):\n    SO-2 Dos: 0.1000 → 0.2000 (+0.1000); level insuficiente; rules: comite_sesiona\n"))
        #expect(text.contains("  No change of score or level (1):\n    SO-4 Cuatro, S.C.: 0.5000; level inicial\n"))
        #expect(text.hasSuffix("2 of 4 institutions change level.\n"))
    }

    /// The English text said the Spanish level ids (`level en_desarrollo`): given the policy's level names, the text
    /// says them in its language; the CSV and JSON keep the ids.
    @Test func levelsAreNamedInTheTextsLanguage() {
        let names = ["avanzado": LocalizedText(es: "Avanzado", en: "Advanced"), "en_desarrollo": LocalizedText(es: "En desarrollo", en: "Developing"),
                     "insuficiente": LocalizedText(es: "Insuficiente", en: "Insufficient"), "inicial": LocalizedText(es: "Inicial", en: "Initial")]
        let text = DiffRenderer.render(Self.report, format: .text, language: .en, levelNames: names)
        #expect(text.contains("    SO-1 Uno: 0.8750 → 0.7500 (-0.1250); level Advanced → Developing; rules: datos_calidad, x\n"))
        #expect(text.contains("    SO-2 Dos: 0.1000 → 0.2000 (+0.1000); level Insufficient; rules: comite_sesiona\n"))
        #expect(DiffRenderer.render(Self.report, format: .text, language: .es, levelNames: names).contains("; nivel Avanzado → En desarrollo;"))
        #expect(DiffRenderer.render(Self.report, format: .csv, language: .en, levelNames: names).contains(",avanzado,en_desarrollo,"))
    }

    /// A rule whose outcome changes with score and level the same (a rule out of scope before and not reported after,
    /// say) is listed apart, as the CSV classes it (`unchanged`): not among the changes of score, with a "+0.0000".
    @Test func ruleChangeWithoutScoreChangeIsListedApart() {
        let report = DiffReport(from: "a", to: "b", asOf: "2026-06-30", changes: [], impact: [
            InstitutionImpact(file: "c.yaml", institutionID: "SO-9", institution: "Congreso", oldScore: 0, newScore: 0,
                              oldLevel: "bajo", newLevel: "bajo", oldRatio: nil, newRatio: nil, changedRules: ["datos_abiertos"]),
        ], problems: [])
        #expect(DiffRenderer.text(report, language: .es).hasSuffix("""
            Impacto en 1 institución (fecha de corte 2026-06-30):
              Sin cambio de puntaje ni de nivel (1):
                SO-9 Congreso: 0.0000; nivel bajo; reglas que cambian de resultado: datos_abiertos
            0 de 1 institución cambia de nivel.

            """))
        #expect(DiffRenderer.text(report, language: .en).contains(
            "  No change of score or level (1):\n    SO-9 Congreso: 0.0000; level bajo; rules whose outcome changes: datos_abiertos\n"))
        #expect(DiffRenderer.csv(report).contains("\r\ninstitution,unchanged,SO-9,Congreso,"))
    }

    @Test func noChangesAndNoInputs() {
        let empty = DiffReport(from: "a", to: "b", asOf: nil, changes: [], impact: [], problems: [])
        #expect(DiffRenderer.render(empty, format: .text, language: .es) == "Cambios de a a b:\n  (ninguno)\n")
        #expect(DiffRenderer.render(empty, format: .text, language: .en) == "Changes from a to b:\n  (none)\n")
    }

    /// A rule judges an indicator of the same id (datos_calidad judges datos_calidad): the old value equals the
    /// subject, and the change still shows both values.
    @Test func valuesShownWhenOneEqualsTheSubject() {
        let report = DiffReport(from: "a", to: "b", asOf: nil, changes: [
            RuleSetChange(kind: "rule_indicator_changed", subject: "datos_calidad", old: "datos_calidad", new: "datos_publicados", range: nil),
        ], impact: [], problems: [])
        #expect(DiffRenderer.text(report, language: .es) == "Cambios de a a b:\n  rule_indicator_changed datos_calidad: datos_calidad → datos_publicados\n")
    }

    /// `kind` of an institution row: level changed, else score changed (a score that appears or disappears
    /// counts), else unchanged.
    @Test func csvRows() {
        #expect(DiffRenderer.render(Self.report, format: .csv, language: .es) == [
            "record,kind,subject,name,old,new,delta,old_level,new_level,rules_changed",
            "change,rule_added,comite_sesiona,,,comite_sesiona,,,,",
            "change,weight_changed,comite_instalado,,2,3,,,,",
            "change,rule_removed,comite_con_fecha,,comite_con_fecha,,,,,",
            "institution,level_changed,SO-1,Uno,0.8750,0.7500,-0.1250,avanzado,en_desarrollo,datos_calidad x",
            "institution,score_changed,SO-2,Dos,0.1000,0.2000,0.1000,insuficiente,insuficiente,comite_sesiona",
            "institution,level_changed,SO-3,Tres,,0.5000,,,inicial,",
            "institution,unchanged,SO-4,\"Cuatro, S.C.\",0.5000,0.5000,0.0000,inicial,inicial,",
        ].joined(separator: "\r\n") + "\r\n")
    }

    /// A score that appears with the level unchanged (none before and after) is still a change of score.
    @Test func csvScoreThatAppears() {
        let report = DiffReport(from: "a", to: "b", asOf: "2026-06-30", changes: [], impact: [
            InstitutionImpact(file: "c.yaml", institutionID: "SO-5", institution: "Cinco", oldScore: nil, newScore: 0.5,
                              oldLevel: nil, newLevel: nil, oldRatio: nil, newRatio: nil, changedRules: ["r"]),
        ], problems: [])
        #expect(DiffRenderer.csv(report).contains("\r\ninstitution,score_changed,SO-5,Cinco,,0.5000,,,,r\r\n"))
        #expect(report.levelChanges == 0)
    }

    /// No score in either version (no rule applies to the institution in both) is no change: it was listed
    /// as "score_changed".
    @Test func csvNoScoreInEitherVersion() {
        let report = DiffReport(from: "a", to: "b", asOf: "2026-06-30", changes: [], impact: [
            InstitutionImpact(file: "f.yaml", institutionID: "SO-6", institution: "Seis", oldScore: nil, newScore: nil,
                              oldLevel: nil, newLevel: nil, oldRatio: nil, newRatio: nil, changedRules: []),
        ], problems: [])
        #expect(DiffRenderer.csv(report).hasSuffix("\r\ninstitution,unchanged,SO-6,Seis,,,,,,\r\n"))
        // Unchanged, so listed with the unchanged: no score and no level, said once.
        #expect(DiffRenderer.text(report, language: .en).contains("  No change of score or level (1):\n    SO-6 Seis: —; level —\n"))
    }
}
