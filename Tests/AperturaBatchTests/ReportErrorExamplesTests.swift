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
        #expect(errors.contains("<th scope=\"col\">\(example)</th><th scope=\"col\" class=\"place\">\(place.replacingOccurrences(of: ":", with: ":<wbr>"))</th>"))
        #expect(errors.contains("<tr><th scope=\"row\">empty_<wbr>document</th><td class=\"num\">1</td><td class=\"text\">\(empty)</td><td class=\"text place\">\(dir.replacingOccurrences(of: "/", with: "/<wbr>"))/<wbr>b.yaml<wbr>:1:1</td></tr>"))
        #expect(errors.contains("<tr><th scope=\"row\">type_<wbr>mismatch</th><td class=\"num\">2</td><td class=\"text\">\(mismatch)"))
        #expect(errors.contains("</td><td class=\"text place\">\(dir.replacingOccurrences(of: "/", with: "/<wbr>"))/<wbr>a.yaml<wbr>:22:15</td></tr>"))
    }

    /// At 360 px the errors table scrolled its last column, "Dónde", out of view (527 px of table in a 329 px box,
    /// measured in Chromium): codes such as `yaml_duplicate_key`, paths and messages are long words. In the errors
    /// section a message, a place and a column header may break anywhere (a count may not), a code breaks after each
    /// `_`, and a phone gets the smaller font and padding of the wide tables: the table fits the box (329 of 329 px).
    @Test func theErrorsTableWrapsItsLongTextOnAPhone() throws {
        // Examples/broken holds a duplicate key (`yaml_duplicate_key`, the longest code in the Examples' report).
        let out = Fixtures.temporaryDirectory("errors-phone")
        try Fixtures.runPAI([Fixtures.zapopan, Fixtures.root + "/Examples/broken"], out, nil)
        let html = Fixtures.read(out + "/report.html")
        let errors = try #require(html.components(separatedBy: "<section id=\"errors\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(errors.contains("<th scope=\"row\">yaml_<wbr>duplicate_<wbr>key</th>"))
        // A message may break anywhere; a place, a count and a column header only where they have a break (a place
        // broken anywhere read "mezcla/03-trunca do.yam l:42:9", its header "(archi vo:lín ea:col umna)").
        #expect(html.contains("\n#errors td{overflow-wrap:anywhere}#errors .num,#errors .place,#errors thead th{overflow-wrap:normal}\n"
            + "@media (max-width:30rem){#errors table{font-size:.8rem}#errors th,#errors td{padding:.2rem}}\n"
            + "@media (max-width:21rem){#errors table{font-size:.75rem}#errors th,#errors td{padding:.15rem}}\n"))
        // Only the errors table's codes and places: the wide tables keep their row headers whole, and scroll.
        #expect(html.components(separatedBy: "<wbr>").count - 1 == errors.components(separatedBy: "<wbr>").count - 1)
    }
}
