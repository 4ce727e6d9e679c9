import Foundation
import TestSupport
import Testing

/// What loading the self-assessment warns of (here `fraction_on_percent_scale`) is in the report too, with its
/// place and help, in every format and both languages: the printed report is what is handed in.
/// autonomo-ine.yaml line 148 is `    indice_portal: 92.7`: the value starts at column 20. 0.705 × 100 = 70.5.
@Suite struct AnswerWarningsInReportTests {
    func fraction() throws -> String {
        try CLI.copy("Examples/autonomo-ine.yaml", replacing: [("indice_portal: 92.7", "indice_portal: 0.705")])
    }

    @Test func theJSONWarningsListIt() throws {
        let file = try fraction()
        let r = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let warnings = try #require(report["warnings"] as? [[String: String]])
        #expect(warnings == [["code": "fraction_on_percent_scale", "message": "0.705 en una escala de 0 a 100 es menos de 1",
                              "location": "\(file):148:20", "help": "si es una fracción, el porcentaje se escribe 70.5"]])
        #expect(report["schema"] as? String == "apertura.report/1")
    }

    @Test func everyFormatSaysIt() throws {
        let file = try fraction()
        let es = "Atención:* 0.705 en una escala de 0 a 100 es menos de 1 (\(file):148:20) [fraction_on_percent_scale]. Si es una fracción, el porcentaje se escribe 70.5."
        let text = try CLI.run(["evaluate", file, "--as-of", "2026-06-30"]).stdout
        #expect(text.contains(es.replacingOccurrences(of: ":*", with: ":")), "\(text)")
        let markdown = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--format", "markdown"]).stdout
        #expect(markdown.contains("- **" + es.replacingOccurrences(of: ":*", with: ":**")), "\(markdown)")
        let html = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--format", "html", "--lang", "en"]).stdout
        #expect(html.contains("<strong>Attention:</strong> 0.705 on a 0-to-100 scale is less than 1 (\(file):148:20) [fraction_on_percent_scale]. If it is a fraction, the percentage is written 70.5.</p>"), "\(html)")
    }
}
