import Foundation
import TestSupport
import Testing

/// Every report says the period the self-assessment reports (JSON `period: {start, end}`), and warns
/// (`period_after_as_of`) when it ends after the as-of date: the evaluation is then of a period not yet closed.
/// Zapopan's period is on line 14: `period: {start: 2025-01-01, end: 2025-12-31}`, start at column 17, end at 34.
@Suite struct PeriodInReportTests {
    let period = "period: {start: 2025-01-01, end: 2025-12-31}"

    func json(_ file: String, asOf: String = "2026-06-30", lang: String = "es") throws -> (report: [String: Any], stderr: String) {
        let r = try CLI.run(["evaluate", file, "--as-of", asOf, "--format", "json", "--lang", lang])
        #expect(r.status == 0, "\(r.stderr)")
        return (try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]), r.stderr)
    }

    @Test func everyFormatSaysThePeriod() throws {
        let (report, stderr) = try json("Examples/municipio-zapopan.yaml")
        #expect(report["period"] as? [String: String] == ["start": "2025-01-01", "end": "2025-12-31"])
        #expect((report["warnings"] as? [Any])?.isEmpty == true)
        #expect(!stderr.contains("period_after_as_of"))
        let text = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"]).stdout
        #expect(text.contains("\nPeriodo informado: 2025-01-01 – 2025-12-31\n"), "\(text)")
        let markdown = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "markdown"]).stdout
        #expect(markdown.contains("\n- Periodo informado: 2025-01-01 – 2025-12-31\n"), "\(markdown)")
        let html = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "html", "--lang", "en"]).stdout
        #expect(html.contains("<dt>Period reported</dt><dd><span class=\"nw\">2025-01-01</span> – <span class=\"nw\">2025-12-31</span></dd>"), "\(html)")
    }

    @Test func aPeriodNotClosedOnTheAsOfDateIsWarnedOf() throws {
        let file = try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [(period, "period: {start: 2029-01-01, end: 2029-12-31}")])
        let (report, stderr) = try json(file)
        #expect(report["period"] as? [String: String] == ["start": "2029-01-01", "end": "2029-12-31"])
        let warnings = try #require(report["warnings"] as? [[String: String]])
        #expect(warnings == [["code": "period_after_as_of",
                              "message": "el periodo informado termina el 2029-12-31, después de la fecha de corte 2026-06-30: se evalúa un periodo que aún no ha cerrado"]])
        #expect(stderr.contains("\(file):14:34: advertencia[period_after_as_of]: el periodo informado termina el 2029-12-31"), "\(stderr)")
        let text = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--lang", "en"]).stdout
        #expect(text.contains("\nAttention: the period reported ends on 2029-12-31, after the as-of date 2026-06-30: a period not yet closed is being evaluated [period_after_as_of].\n"), "\(text)")
        // The batch lists it in warnings.csv.
        let out = Scratch.url.appendingPathComponent("period-batch-\(UUID().uuidString)").path
        let batch = try CLI.run(["batch", file, "--output", out, "--as-of", "2026-06-30"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let rows = try String(contentsOfFile: out + "/warnings.csv", encoding: .utf8)
        #expect(rows.contains("period_after_as_of"), "\(rows)")
    }

    @Test func aPeriodEndingOnTheAsOfDateIsClosed() throws {
        // The last day of the period is the as-of date: closed, nothing to warn of; the day before, it is not.
        let (closed, stderr) = try json("Examples/municipio-zapopan.yaml", asOf: "2025-12-31")
        #expect((closed["warnings"] as? [Any])?.isEmpty == true)
        #expect(!stderr.contains("period_after_as_of"))
        let (open, _) = try json("Examples/municipio-zapopan.yaml", asOf: "2025-12-30")
        #expect((open["warnings"] as? [[String: String]])?.first?["code"] == "period_after_as_of")
    }

    /// What a rule read includes the period's dates, at their place: comite_con_fecha checks the installation date
    /// against `period.end`.
    @Test func thePeriodIsAmongTheValuesRead() throws {
        let explain = try CLI.run(["explain", "Examples/municipio-zapopan.yaml", "--rule", "comite_con_fecha", "--as-of", "2026-06-30"])
        #expect(explain.stdout.contains("  Lee comite.fecha_instalacion = 2025-03-05 (Examples/municipio-zapopan.yaml:18:24)\n  Lee period.end = 2025-12-31 (Examples/municipio-zapopan.yaml:14:34)\n"), "\(explain.stdout)")
        let text = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"]).stdout
        #expect(text.contains("comite.fecha_instalacion @ Examples/municipio-zapopan.yaml:18:24, period.end @ Examples/municipio-zapopan.yaml:14:34\n"), "\(text)")
        // Without a period, it is named as not answered.
        let file = try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [(period + "\n", "")])
        let missing = try CLI.run(["explain", file, "--rule", "comite_con_fecha", "--as-of", "2026-06-30"])
        #expect(missing.stdout.contains("  Lee period.end: sin respuesta\n"), "\(missing.stdout)")
    }
}
