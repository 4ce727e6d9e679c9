import Foundation
import Testing
import TestSupport

/// The Markdown report says what the text and JSON reports say: a proposed next-phase goal is marked
/// proposed, and the weighted rule score is shown when it is not the score (indicator model).
@Suite struct MarkdownReportTests {
    @Test func proposedNextGoalIsMarked() throws {
        // Zapopan's practicas_calidad: consolidacion goal 0.75 (a ratio: 75 %), status proposed (Rules/pai/rules/transparencia_proactiva.yaml).
        let en = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "markdown", "--view", "gaps", "--lang", "en"])
        #expect(en.stdout.contains("   - Next phase: ≥ 75 % (proposed) by 2030-12-31\n"))
        let es = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "markdown", "--view", "gaps"])
        #expect(es.stdout.contains("   - Siguiente fase: ≥ 75 % (propuesta) a más tardar el 2030-12-31\n"))
    }

    @Test func weightedRuleScoreAsInJSON() throws {
        let args = ["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-28"]
        let json = try CLI.run(args + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let score = try #require(object["score"] as? Double), weighted = try #require(object["weighted_score"] as? Double)
        #expect(abs(score - weighted) > 0.005)  // the indicator model: two different numbers
        let markdown = try CLI.run(args + ["--format", "markdown"])
        // Cut down to two decimals, as every score is shown: 1/6 = 0.1666 is 0.16, never past a threshold it did not reach.
        #expect(markdown.stdout.contains(String(format: "puntaje ponderado de reglas: %.2f", (weighted * 100).rounded(.down) / 100)))
    }
}

/// The institution's name is the self-assessment's text: in Markdown it is shown as written, never read as
/// HTML, emphasis or a link.
@Suite struct MarkdownNameEscapingTests {
    @Test func markupInANameIsEscaped() throws {
        let original = try CLI.read("Examples/municipio-tlalnelhuayocan.yaml")
        let hostile = original.replacingOccurrences(of: "  name: Municipio de Tlalnelhuayocan\n",
                                                    with: "  name: '<b>Municipio</b> *de* Tlalnelhuayocan_ & [Cía](x)'\n")
        #expect(hostile != original)
        let path = Scratch.url.appendingPathComponent("markdown-name-\(UUID().uuidString).yaml").path
        try hostile.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--format", "markdown"])
        #expect(r.status == 0, "\(r.stderr)")
        let escaped = #"\<b\>Municipio\</b\> \*de\* Tlalnelhuayocan\_ \& \[Cía\](x)"#
        #expect(r.stdout.hasPrefix("# Reporte de cumplimiento: \(escaped)\n\n> **Borrador: las reglas y la política de evaluación están en revisión; no es una evaluación oficial.**\n\n- Institución: \(escaped) (`SO-VER-02180`), "), "\(r.stdout.prefix(300))")
        #expect(!r.stdout.contains("<b>"))
    }

    /// An id with a backtick stays inside its code span: the fence is longer than any run of backticks in it.
    @Test func anIdWithABacktickKeepsItsCodeSpan() throws {
        let original = try CLI.read("Examples/municipio-tlalnelhuayocan.yaml")
        let edited = original.replacingOccurrences(of: "  id: SO-VER-02180\n", with: "  id: 'SO`VER``02180'\n")
        #expect(edited != original)
        let path = Scratch.url.appendingPathComponent("markdown-id-\(UUID().uuidString).yaml").path
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--format", "markdown"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("- Institución: Municipio de Tlalnelhuayocan (```SO`VER``02180```), Municipio, Municipal, Veracruz\n"), "\(r.stdout.prefix(400))")
        #expect(r.stdout.contains("- Autoevaluación: `\(path)`\n"))
    }
}
