import Foundation
import Testing
import TestSupport

/// `apertura evaluate --format html`: what the page says, worked out from the examples' hand-worked expectations
/// (Examples/expected/*.outcomes.yaml), its structure, and that no text from a file is ever left unescaped.
@Suite struct HTMLReportTests {
    static let zapopan = ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "html"]

    static func html(_ arguments: [String]) throws -> String {
        let r = try CLI.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    /// The page's gaps, one piece of markup each, in the page's order.
    static func gaps(_ page: String) -> [String] {
        page.components(separatedBy: "<li class=\"gap\">").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
    }

    /// The findings table's row for `rule`.
    static func row(_ page: String, rule: String) throws -> String {
        let rows = page.components(separatedBy: "<tr>").filter { $0.contains("<code>\(rule)</code></th>") }
        #expect(rows.count == 1, "\(rule): \(rows.count) rows")
        return try #require(rows.first).components(separatedBy: "</tr>")[0]
    }

    /// Zapopan (municipio-zapopan.outcomes.yaml): 13 of 17 rules met, objectives 0.90, 0.50, 1.00 and 0.40 whose
    /// mean is 0.70, "En desarrollo"; its four gaps by what they add (1/2 of an objective over 4 = 0.125, weight 2
    /// of 5 over 4 = 0.10, 1 of 5 over 4 = 0.05, 1 of 10 over 4 = 0.025), with their values against proposed goals.
    @Test func zapopanScoreAndGapsInOrder() throws {
        let page = try Self.html(Self.zapopan)
        #expect(page.contains("<dt>Puntaje</dt><dd class=\"big\">0.70</dd>"))
        #expect(page.contains("<dt>Nivel</dt><dd class=\"big\">En desarrollo <span class=\"proposed\">(umbrales propuestos)</span></dd>"))
        #expect(page.contains("13/17 reglas cumplidas (0.76)"))
        #expect(page.contains("<th scope=\"row\">Participación ciudadana y cocreación</th><td class=\"num\">0.90</td><td class=\"num\">8/9</td>"))
        #expect(page.contains("Inicio (<span class=\"nw\">2025-01-01</span> – <span class=\"nw\">2027-12-31</span>, fechas propuestas)"))
        #expect(page.contains("<strong>Fórmula:</strong> Por objetivo o: s_o = Σ w_r·c_r / Σ w_r"))
        let gaps = Self.gaps(page)
        #expect(gaps.count == 4)
        guard gaps.count == 4 else { return }
        #expect(gaps[0].hasPrefix("<h3>1. Prácticas con los nueve atributos, población objetivo y formato abierto <code>practicas_calidad</code></h3>"))
        #expect(gaps[1].hasPrefix("<h3>2. Cumplimiento de obligaciones en el portal <code>cumplimiento_portal</code></h3>"))
        #expect(gaps[2].hasPrefix("<h3>3. Solicitudes respondidas de forma completa <code>solicitudes_completas</code></h3>"))
        #expect(gaps[3].hasPrefix("<h3>4. Agenda compartida publicada <code>agenda_publicada</code></h3>"))
        for (gap, facts) in zip(gaps, [
            ["33.33 %", "≥ 50 % <span class=\"proposed\">(propuesta)</span>", "16.67 puntos porcentuales", "+0.13 al puntaje",
             "≥ 75 % <span class=\"proposed\">(propuesta)</span> a más tardar el <span class=\"nw\">2030-12-31</span>", "Revise cada práctica contra los nueve atributos"],
            ["76 / 100", "≥ 80 / 100 <span class=\"proposed\">(propuesta)</span>", "<dd>4 puntos</dd>", "+0.10 al puntaje", "≥ 90 / 100"],
            ["76.92 %", "3.08 puntos porcentuales", "+0.05 al puntaje", "Analice las respuestas incompletas"],
            ["falta evidencia", "el valor alcanza la meta pero falta la evidencia: agenda.documento", "+0.03 al puntaje",
             "registre su enlace o su nombre en <code>agenda.documento</code>."],
        ]) {
            #expect(gap.contains("<dt>A más tardar el</dt><dd><span class=\"nw\">2027-12-31</span></dd>"), "\(gap)")
            for fact in facts { #expect(gap.contains(fact), "\(fact) not in \(gap)") }
        }
        // A met rule is not a gap; a goal's "(propuesta)" stands in the findings too.
        #expect(!page.contains("<code>solicitudes_en_plazo</code></h3>"))
        let met = try Self.row(page, rule: "solicitudes_en_plazo")
        #expect(met.contains("✔</span> cumple</span></td><td data-label=\"Valor\">91.35 %</td><td data-label=\"Meta\">≥ 90 % <span class=\"proposed\">(propuesta)</span></td>"), "\(met)")
        #expect(met.contains("<code>solicitudes.recibidas</code> (149:16)") && met.contains("<code>Rules/pai/rules/acceso_informacion.yaml:62:5</code>"), "\(met)")
    }

    /// An official goal carries no mark: ga_aprobatorio's "> 0.6" (Métrica 2017; the components' goals after it are
    /// proposed), whose gain is to the weighted
    /// rule score under the indicator model (one rule of three objectives = 0.33).
    @Test func anOfficialGoalIsNotMarkedProposed() throws {
        let page = try Self.html(["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-28", "--format", "html", "--view", "gaps"])
        let gap = try #require(Self.gaps(page).first)
        #expect(gap.contains("<dt>Meta</dt><dd>&gt; 0.6</dd>"), "\(gap)")
        #expect(gap.contains("+0.33 al puntaje ponderado de reglas") && !gap.contains("propuesta"))
    }

    /// The party answered none of the committee's questions (partido-local-puebla.outcomes.yaml): "no reportado",
    /// marked "?", never as met, in the findings and among the gaps.
    @Test func notReportedReadsAsSuch() throws {
        let args = ["evaluate", "Examples/partido-local-puebla.yaml", "--as-of", "2026-06-30", "--format", "html"]
        let es = try Self.html(args)
        let row = try Self.row(es, rule: "comite_instalado")
        #expect(row.contains("<span class=\"outcome warn\"><span aria-hidden=\"true\">?</span> no reportado</span>"), "\(row)")
        #expect(!row.contains("> cumple<"))
        let gap = try #require(Self.gaps(es).first { $0.contains("<code>comite_instalado</code></h3>") })
        #expect(gap.contains("?</span> no reportado</span>"), "\(gap)")
        let en = try Self.html(args + ["--lang", "en"])
        #expect(try Self.row(en, rule: "comite_instalado").contains("?</span> not reported</span>"))
    }

    @Test func viewsLeaveOutTheirSections() throws {
        let gaps = try Self.html(Self.zapopan + ["--view", "gaps"])
        #expect(gaps.contains("<section id=\"gaps\"><h2>Brechas</h2>"))
        #expect(!gaps.contains("id=\"findings\"") && !gaps.contains("id=\"objectives\"") && !gaps.contains("<table"))
        #expect(gaps.contains("<dt>Puntaje</dt><dd class=\"big\">0.70</dd>"))
        let compliance = try Self.html(Self.zapopan + ["--view", "compliance"])
        #expect(compliance.contains("id=\"findings\"") && compliance.contains("id=\"objectives\""))
        #expect(!compliance.contains("id=\"gaps\"") && Self.gaps(compliance).isEmpty)
    }

    @Test func englishOnRequest() throws {
        let page = try Self.html(Self.zapopan + ["--lang", "en"])
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<h1>Compliance report: Municipio de Zapopan</h1>"))
        #expect(page.contains("<dt>Level</dt><dd class=\"big\">Developing <span class=\"proposed\">(proposed thresholds)</span></dd>"), "\(page)")
        #expect(page.contains(", proposed dates)"))
        let gap = try #require(Self.gaps(page).dropFirst().first)
        #expect(gap.contains("<h3>2. Compliance with obligations on the portal <code>cumplimiento_portal</code></h3>"))
        #expect(gap.contains("≥ 80 / 100 <span class=\"proposed\">(proposed)</span>") && gap.contains("+0.10 to the score"), "\(gap)")
        #expect(gap.contains("<dt>By</dt><dd><span class=\"nw\">2027-12-31</span></dd>") && gap.contains("<strong>What to do:</strong>"))
        for spanish in ["Brechas", "Puntaje", "propuesta", "a más tardar", "Qué hacer"] { #expect(!page.contains(spanish), "\(spanish)") }
    }

    /// A self-contained page with one h1, headings in order, a caption on each table and a scope on each header cell.
    @Test func structure() throws {
        let page = try Self.html(Self.zapopan)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"))
        #expect(page.components(separatedBy: "<h1").count == 2)
        #expect(page.components(separatedBy: "<main>").count == 2 && page.contains("</main>\n<footer>"))
        let tables = page.components(separatedBy: "<table").dropFirst()
        #expect(tables.count == 2 && tables.allSatisfy { $0.hasPrefix("><caption id=") || $0.hasPrefix(" class=\"wide\"><caption id=") })
        #expect(!page.contains("<th>") && !page.contains("<th class"))
        let levels = page.matches(of: /<h([1-6])/).map { Int($0.1)! }
        #expect(levels.first == 1)
        for (a, b) in zip(levels, levels.dropFirst()) { #expect(b <= a + 1, "h\(a) then h\(b)") }
        #expect(page.contains("@media print"))
        for loaded in ["<script", "<link", "src=", "href=", "@import", "url(", "http"] { #expect(!page.contains(loaded), "\(loaded)") }
    }

    /// A name, a path and a rule text written by whoever writes the YAML are shown as text, never as markup.
    @Test func textFromFilesIsEscaped() throws {
        let dir = Scratch.url.appendingPathComponent("html-report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let original = try CLI.read("Examples/municipio-zapopan.yaml")
        let hostile = original.replacingOccurrences(of: "  name: Municipio de Zapopan\n", with: "  name: \"<script>alert(1)</script> \\\"&'\"\n")
        #expect(hostile != original)
        let file = dir + "/a&b<i>.yaml"
        try hostile.write(toFile: file, atomically: true, encoding: .utf8)
        let page = try Self.html(["evaluate", file, "--as-of", "2026-06-30", "--format", "html"])
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;"
        #expect(page.contains("<title>Reporte de cumplimiento: \(escaped)</title>"))
        #expect(page.contains("<h1>Reporte de cumplimiento: \(escaped)</h1>"))
        #expect(page.contains("<dd>\(escaped) (<code>SO-JAL-01120</code>)</dd>"))
        #expect(page.contains("a&amp;b&lt;i&gt;.yaml"))
        #expect(!page.contains("<script") && !page.contains("<i>") && !page.contains("\"&'"))
    }

    /// `--output` writes the page as standard output would show it.
    @Test func outputFile() throws {
        let dir = Scratch.url.appendingPathComponent("html-output-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try CLI.run(Self.zapopan + ["--output", dir + "/z.html"])
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
        #expect(try String(contentsOfFile: dir + "/z.html", encoding: .utf8) == (try Self.html(Self.zapopan)))
    }
}
