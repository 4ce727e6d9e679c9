import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// The report's table of errors by code gives, beside each code and its count, the first message of that code met
/// in the run (in the report's language) and where it was, so that the table says what each code means.
@Suite struct ReportErrorExamplesTests {
    /// `a.yaml` says `sesiones: muchas` (line 22, the value from column 5 + 10 = 15), as does `c.yaml` one line lower;
    /// `b.yaml` is not a self-assessment at all (empty). The first type mismatch is a's, in input order, whatever the
    /// number of jobs.
    @Test(arguments: [(Language.es, 1), (Language.en, 3)])
    func eachCodeHasItsFirstMessageAndPlace(language: Language, jobs: Int) throws {
        let dir = Fixtures.temporaryDirectory("error-examples-\(language.rawValue)")
        let bad = Fixtures.zapopan(as: 1).replacingOccurrences(of: "    sesiones: 3\n", with: "    sesiones: muchas\n")
        Fixtures.write(bad, dir + "/a.yaml")
        Fixtures.write("", dir + "/b.yaml")
        Fixtures.write("# otra\n" + Fixtures.zapopan(as: 2).replacingOccurrences(of: "    sesiones: 3\n", with: "    sesiones: muchas\n"), dir + "/c.yaml")
        let out = Fixtures.temporaryDirectory("error-examples-out-\(language.rawValue)")
        _ = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: jobs, language: language))
        let html = Fixtures.read(out + "/report.html")
        let errors = try #require(html.components(separatedBy: "<section id=\"errors\"").dropFirst().first?.components(separatedBy: "</section>").first)
        let (example, place, mismatch, empty) = language == .es
            ? ("Primer ejemplo", "Dónde (archivo:línea:columna)", "se esperaba un número entero, se encontró «muchas»", "el archivo no contiene ninguna autoevaluación")
            : ("First example", "Where (file:line:column)", "expected a whole number", "the file holds no self-assessment")
        // The place's header breaks only after a `:` (its words whole), a place after a `/` or before its `:line:column`.
        // Each cell carries its column's name, which a phone shows before it (see the test below).
        let (count, placeLabel) = (language == .es ? "Número" : "Count", "data-label=\"\(place)\"")
        #expect(errors.contains("<th scope=\"col\">\(example)</th><th scope=\"col\" class=\"place\">\(place.replacingOccurrences(of: ":", with: ":<wbr>"))</th>"))
        #expect(errors.contains("<tr><th scope=\"row\">empty_<wbr>document</th><td class=\"num\" data-label=\"\(count)\">1</td><td class=\"text\" data-label=\"\(example)\">\(empty)</td><td class=\"text place\" \(placeLabel)>\(dir.replacingOccurrences(of: "/", with: "/<wbr>"))/<wbr>b.yaml<wbr>:1:1</td></tr>"))
        #expect(errors.contains("<tr><th scope=\"row\">type_<wbr>mismatch</th><td class=\"num\" data-label=\"\(count)\">2</td><td class=\"text\" data-label=\"\(example)\">\(mismatch)"))
        #expect(errors.contains("</td><td class=\"text place\" \(placeLabel)>\(dir.replacingOccurrences(of: "/", with: "/<wbr>"))/<wbr>a.yaml<wbr>:22:15</td></tr>"))
    }

    /// At 360 px the errors table scrolled its last column, "Dónde", out of view (527 px of table in a 329 px box,
    /// measured in Chromium): codes such as `yaml_duplicate_key`, paths and messages are long words. Letting a message
    /// break anywhere made it fit, but cut ordinary words («dependen-cia», «codificació-n»): four columns' shortest
    /// widths add up to more than a phone has. On a phone the rows are stacked instead, each cell after its column's
    /// name, and only a code, a quoted key or a path has break points added (after `_`, after `/`).
    @Test func theErrorsTableStacksItsRowsOnAPhone() throws {
        // Examples/broken holds a duplicate key (`yaml_duplicate_key`, the longest code in the Examples' report).
        let dir = Fixtures.temporaryDirectory("errors-phone-in")
        Fixtures.write(Fixtures.zapopan(as: 1).replacingOccurrences(of: "    sesiones: 3\n", with: "    sesiones: 3\n    sesiones_extra: 1\n"), dir + "/a.yaml")
        let out = Fixtures.temporaryDirectory("errors-phone")
        try Fixtures.runPAI([dir, Fixtures.root + "/Examples/broken"], out, nil)
        let html = Fixtures.read(out + "/report.html")
        let errors = try #require(html.components(separatedBy: "<section id=\"errors\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(errors.contains("<th scope=\"row\">yaml_<wbr>duplicate_<wbr>key</th>"))
        // The unknown key is quoted in its message: it may break after its `_`; the words around it stay whole.
        #expect(errors.contains(">campo desconocido «sesiones_<wbr>extra»</td>"))
        // No cell breaks anywhere; on a phone the header row is hidden from the eye and each cell said after its name.
        #expect(html.contains("\n#errors td{overflow-wrap:break-word}#errors .num,#errors .place,#errors thead th{overflow-wrap:normal}\n"
            + "@media (max-width:30rem){#errors table,#errors tbody,#errors tr,#errors th,#errors td{display:block}#errors caption{display:block}\n"))
        #expect(html.contains("#errors td::before{content:attr(data-label) \": \";"))
        #expect(!errors.contains("<td class=\"num\">") && !errors.contains("<td class=\"text\">"))
    }
}
