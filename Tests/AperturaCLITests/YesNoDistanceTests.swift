import Foundation
import Testing
import TestSupport

/// A yes/no value has no distance to its goal: "distancia 1" between "no" and "sí" says nothing the two do
/// not. This holds for a check rule (a consistency test, whose value is yes or no) as for a yes/no indicator,
/// in every format and in `explain`.
@Suite struct YesNoDistanceTests {
    // Congreso de Jalisco (Examples/legislativo-congreso-jalisco.yaml) declares a mechanism working with no
    // session with minutes: the check rule mecanismos_con_minuta is not met, its value "no".
    static let jalisco = ["evaluate", "Examples/legislativo-congreso-jalisco.yaml", "--as-of", "2026-06-30"]

    @Test func aCheckRuleShowsNoDistanceInText() throws {
        let es = try CLI.run(Self.jalisco)
        #expect(es.stdout.contains("  ✘ no cumple  Mecanismos en operación con minuta [mecanismos_con_minuta] — valor no\n"))
        #expect(es.stdout.contains("     actual no → debe cumplirse a más tardar el 2027-12-31\n"))
        #expect(!es.stdout.contains("distancia 1\n"))
        let en = try CLI.run(Self.jalisco + ["--lang", "en"])
        #expect(en.stdout.contains("  ✘ not met  Working mechanisms have minutes [mecanismos_con_minuta] — value no\n"))
        #expect(en.stdout.contains("     actual no → must hold by 2027-12-31\n"))
    }

    @Test func aCheckRuleShowsNoDistanceInMarkdownAndHTML() throws {
        let markdown = try CLI.run(Self.jalisco + ["--format", "markdown"])
        // No distance, and no goal to name: it must hold (as the text gap says; it read "actual no; a más tardar el …").
        #expect(markdown.stdout.contains("(`mecanismos_con_minuta`): no cumple; actual no; debe cumplirse a más tardar el 2027-12-31;"))
        let html = try CLI.run(Self.jalisco + ["--format", "html"])
        // The findings row: value "no", no goal, and an empty distance cell (each cell named for a phone's stacked rows).
        #expect(html.stdout.contains("<td data-label=\"Valor\">no</td><td data-label=\"Meta\"></td><td data-label=\"Distancia\"></td><td data-label=\"Detalle\"></td><td data-label=\"Leído (renglón:columna) y regla\"><ul class=\"reads\"><li><code>participacion.mecanismos</code> (66:7)</li></ul>"))
        // The gap: its actual value, that it must hold, then the deadline; no distance.
        #expect(html.stdout.contains("<div><dt>Actual</dt><dd>no</dd></div><div><dt>Meta</dt><dd>debe cumplirse</dd></div><div><dt>A más tardar el</dt><dd><span class=\"nw\">2027-12-31</span></dd></div>"))
    }

    @Test func theJSONReportHasNoDistanceTextForACheckRule() throws {
        let r = try CLI.run(Self.jalisco + ["--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "mecanismos_con_minuta" })
        #expect(finding["distance_text"] == nil)
        let gaps = try #require(report["gaps"] as? [[String: Any]])
        let gap = try #require(gaps.first { $0["rule"] as? String == "mecanismos_con_minuta" })
        #expect(gap["distance_text"] == nil)
    }

    @Test func explainShowsNoDistanceForAYesNoValue() throws {
        let check = try CLI.run(["explain", "Examples/legislativo-congreso-jalisco.yaml", "--rule", "mecanismos_con_minuta", "--as-of", "2026-06-30"])
        #expect(check.stdout.contains("Resultado: no cumple (plazo 2027-12-31) (crédito 0;"), "\(check.stdout)")
        // Tlalnelhuayocan has no Comité: the yes/no indicator comite_instalado is "no" against "sí".
        let indicator = try CLI.run(["explain", "Examples/municipio-tlalnelhuayocan.yaml", "--rule", "comite_instalado", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(indicator.stdout.contains("Outcome: not met (deadline 2027-12-31) (credit 0;"), "\(indicator.stdout)")
    }
}
