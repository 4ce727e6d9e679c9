import Foundation
import Testing

/// The PAI policy's exemption of parties and unions from open data holds only in phase `inicio` (2025-01-01 to
/// 2027-12-31; `consolidacion` starts 2028-01-01), with a reason and no source (Policies/pai-inicio.yaml:91).
/// Every command says it as the report does, refuses a date outside the calendar, and warns of a period that does
/// not match the date.
@Suite struct PhaseExemptionWordingTests {
    static let reason = "exención temporal que propone esta política de evaluación, no la PAI (ninguna fuente disponible la fija), para partidos políticos y sindicatos: el objetivo de datos abiertos se les evalúa desde la fase de consolidación"

    /// `explain FILE` gives the policy's reason, as `evaluate` and the sheet do, not only the phase.
    @Test func explainWithAFileGivesTheExemptionsReason() throws {
        let r = try CLI.run(["explain", "Examples/partido-local-puebla.yaml", "--rule", "datos_publicados", "--as-of", "2026-12-31"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("Resultado: no aplica (la política de evaluación no la evalúa en la fase «Inicio»: \(Self.reason)).\n"), "\(r.stdout)")
        // Puebla's party gives no open-data answers: nothing set aside to mention.
        #expect(!r.stdout.contains("no se juzgan"), "\(r.stdout)")
        let english = try CLI.run(["explain", "Examples/partido-local-puebla.yaml", "--rule", "datos_publicados", "--as-of", "2026-12-31", "--lang", "en"])
        #expect(english.stdout.hasSuffix("Outcome: not applicable (the evaluation policy does not evaluate it in phase 'Start': temporary exemption proposed by this evaluation policy, not by the PAI (no available source sets it), for political parties and unions: the open-data objective is evaluated for them from the consolidation phase on).\n"), "\(english.stdout)")
    }

    /// Sonora's union with an open-data answer added: the exemption sets it aside, and explain says so, once,
    /// before the outcome; in the consolidation phase the rule judges it and the line is gone.
    @Test func explainSaysAnsweredSectionsAreNotJudgedInThePhase() throws {
        let union = try String(contentsOfFile: "Examples/sindicato-sonora.yaml", encoding: .utf8) + "  datos_abiertos:\n    conjuntos: []\n"
        let start = try CLI.run(["explain", "-", "--rule", "datos_publicados", "--as-of", "2026-12-31"], input: union)
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("  Sus respuestas de datos_abiertos no se juzgan en esta fase.\nResultado: no aplica (la política de evaluación no la evalúa en la fase «Inicio»: "), "\(start.stdout)")
        let english = try CLI.run(["explain", "-", "--rule", "datos_publicados", "--as-of", "2026-12-31", "--lang", "en"], input: union)
        #expect(english.stdout.contains("  The institution's answers in datos_abiertos are not judged in this phase.\nOutcome: not applicable ("), "\(english.stdout)")
        let consolidation = try CLI.run(["explain", "-", "--rule", "datos_publicados", "--as-of", "2028-06-30"], input: union)
        #expect(!consolidation.stdout.contains("no se juzgan"), "\(consolidation.stdout)")
        #expect(!consolidation.stdout.contains("Resultado: no aplica"), "\(consolidation.stdout)")
    }

    /// The sheets, like every other command that reads the calendar (2025-01-01 to 2035-12-31), refuse a date in none of its phases.
    @Test func explainWithoutAFileRefusesADateOutsideTheCalendar() throws {
        let message = "Error: la fecha de corte 2036-01-01 no cae en ninguna fase del calendario de la política (el calendario va del 2025-01-01 al 2035-12-31) [no_phase]\n"
        for arguments in [["explain", "--kind", "partido"], ["explain", "--kind", "partido", "--rule", "datos_publicados"], ["explain"]] {
            let r = try CLI.run(arguments + ["--as-of", "2036-01-01"])
            #expect(r.status == 64, "\(arguments)")
            #expect(r.stderr.hasPrefix(message), "\(arguments): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(arguments)")
        }
        let evaluate = try CLI.run(["evaluate", "Examples/partido-local-puebla.yaml", "--as-of", "2036-01-01"])
        #expect(evaluate.stderr.hasPrefix(message), "\(evaluate.stderr)")
        // The last day of the calendar is still in it.
        #expect(try CLI.run(["explain", "--kind", "partido", "--as-of", "2035-12-31"]).status == 0)
    }

    /// The template's note says the section is left out only in `inicio`, asked from 2028-01-01 (consolidacion's
    /// first day), by a proposed exemption (the policy is a draft and the entry cites no source).
    @Test func theTemplateNoteSaysTheExemptionIsTemporary() throws {
        let r = try CLI.run(["template", "--kind", "partido", "--schema", "none", "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\n\n  # No se piden a este tipo de institución en la fase «Inicio» (exención temporal propuesta por la política; se piden desde el 2028-01-01): Datos abiertos (datos_abiertos)\n"), "\(r.stdout)")
        #expect(!r.stdout.contains("ninguna regla que le aplica las lee"), "\(r.stdout)")
        let english = try CLI.run(["template", "--kind", "sindicato", "--schema", "none", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(english.stdout.hasSuffix("\n\n  # Not asked of this kind of institution in phase 'Start' (temporary exemption proposed by the policy; asked from 2028-01-01): Open data (datos_abiertos)\n"), "\(english.stdout)")
    }

    /// The same entry without `phases:` holds in every phase: the section is never asked, and the note keeps its
    /// permanent wording, with no phase and no date.
    @Test func aSectionNeverAskedKeepsThePermanentNote() throws {
        let policy = try CLI.copy("Policies/pai-inicio.yaml", replacing: [("    phases: [inicio]\n", "")])
        let r = try CLI.run(["template", "--kind", "partido", "--schema", "none", "--as-of", "2026-06-30", "--policy", policy])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\n\n  # No se piden a este tipo de institución (ninguna regla que le aplica las lee): Datos abiertos (datos_abiertos)\n"), "\(r.stdout.suffix(300))")
    }

    /// `validate` warns as `evaluate` does: Puebla's party reports 2025 (ends 2025-12-31, Examples line 14, `end:` at column 34).
    @Test func validateWarnsOfAPeriodThatDoesNotMatchTheDate() throws {
        let early = try CLI.run(["validate", "Examples/sindicato-sonora.yaml", "--as-of", "2025-06-30"])
        #expect(early.stderr.contains("Examples/sindicato-sonora.yaml:13:34: advertencia[period_after_as_of]: el periodo informado termina el 2025-12-31, después de la fecha de corte 2025-06-30: se evalúa un periodo que aún no ha cerrado\n"), "\(early.stderr)")
        #expect(early.status == 0, "a warning is no error: \(early.stderr)")
        // 2025 belongs to inicio; judged in consolidacion (from 2028-01-01) it would meet that phase's goals.
        let late = try CLI.run(["validate", "Examples/sindicato-sonora.yaml", "--as-of", "2028-06-30"])
        #expect(late.stderr.contains("Examples/sindicato-sonora.yaml:13:34: advertencia[period_before_phase]: el periodo informado termina el 2025-12-31, antes de que empiece la fase «Consolidación» (2028-01-01) de la fecha de corte 2028-06-30: pertenece a la fase «Inicio» (2025-01-01 – 2027-12-31), pero se juzga con las metas de «Consolidación»; para juzgarlo en su fase, use --as-of 2027-12-31\n"), "\(late.stderr)")
        // Inside its own phase and after its end: nothing.
        let fine = try CLI.run(["validate", "Examples/sindicato-sonora.yaml", "--as-of", "2027-12-31"])
        #expect(fine.status == 0 && !fine.stderr.contains("period_"), "\(fine.stderr)")
        // The same words as evaluate's.
        let evaluate = try CLI.run(["evaluate", "Examples/sindicato-sonora.yaml", "--as-of", "2025-06-30"])
        #expect(evaluate.stderr.contains("advertencia[period_after_as_of]: el periodo informado termina el 2025-12-31, después de la fecha de corte 2025-06-30"), "\(evaluate.stderr)")
    }
}
