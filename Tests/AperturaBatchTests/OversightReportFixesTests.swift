@testable import AperturaBatch
import AperturaModel
import AperturaSource
import Foundation
import Testing
import TestSupport

/// What an oversight body's analyst met running the batch: a mistyped input path that replaced the last results, one
/// institution counted three times for three ways of writing its id, the rows and documents an error swallowed without
/// a word, and a table with quoted cells that was not recognised.
@Suite struct OversightReportFixesTests {
    // MARK: A run none of whose inputs exists

    /// `Exampels` for `Examples`, with a complete earlier run in the output folder: refused as a folder with nothing to
    /// read is (`no_inputs`, exit 65), nothing written, with a "did you mean" for the folder beside it.
    @Test func aMistypedOnlyInputLeavesTheLastResults() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let dir = Fixtures.temporaryDirectory("typo")
        try FileManager.default.createDirectory(atPath: dir + "/Examples", withIntermediateDirectories: true)
        Fixtures.write(Fixtures.zapopan(as: 1), dir + "/Examples/a.yaml")
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        Fixtures.write("resultados anteriores\n", out + "/results.csv")
        let run = try Subprocess.run(executable, ["batch", "Exampels", "--output", "out", "--as-of", "2026-06-30"],
                                     directory: URL(fileURLWithPath: dir))
        #expect(run.status == 65)
        #expect(run.stderr.contains("error[no_inputs]: no existe «Exampels»: no hay ninguna entrada que leer"), "\(run.stderr)")
        #expect(run.stderr.contains("¿quiso decir «Examples»?"), "\(run.stderr)")
        #expect(Fixtures.files(out) == ["results.csv"])
        #expect(Fixtures.read(out + "/results.csv") == "resultados anteriores\n")
        // One missing path beside one that exists: the missing one is an invalid input, as before.
        let both = try Subprocess.run(executable, ["batch", "Examples", "Exampels", "--output", "out", "--as-of", "2026-06-30"],
                                      directory: URL(fileURLWithPath: dir))
        #expect(both.status == 65)
        #expect(Fixtures.records(out + "/errors.csv").dropFirst().map { [$0[0], $0[3]] } == [["Exampels", "file_unreadable"]])
    }

    @Test func theGuessKeepsTheFolderWritten() {
        let dir = Fixtures.temporaryDirectory("typo-guess")
        try? FileManager.default.createDirectory(atPath: dir + "/Examples", withIntermediateDirectories: true)
        #expect(MissingInputs.closeSibling(of: dir + "/Exampels/") == dir + "/Examples")
        #expect(MissingInputs.closeSibling(of: dir + "/zzzz") == nil)
        #expect(MissingInputs.refusal([dir + "/Examples", dir + "/nada"]) == nil)
        #expect(MissingInputs.refusal(["-"]) == nil)
        #expect(MissingInputs.refusal([dir + "/nada", dir + "/otra"])?.code == "no_inputs")
    }

    // MARK: One institution written several ways

    /// The Zapopan example four more times, its id as `so-jal-01120`, `"SO-JAL-01120 "`, with U+2011 non-breaking
    /// hyphens, and `" so‑jal‑01120"` (spaces, small letters and U+2011 at once): each is the first one again.
    @Test func anIdWrittenOtherwiseIsTheSameInstitution() throws {
        let dir = Fixtures.temporaryDirectory("dup-spelling")
        let zapopan = Fixtures.read(Fixtures.zapopan)
        let spellings = ["so-jal-01120", "\"SO-JAL-01120 \"", "SO\u{2011}JAL\u{2011}01120", "\" so\u{2011}jal\u{2011}01120\""]
        Fixtures.write(zapopan, dir + "/a.yaml")
        for (i, id) in spellings.enumerated() {
            Fixtures.write(zapopan.replacingOccurrences(of: "id: SO-JAL-01120", with: "id: \(id)"), dir + "/b\(i).yaml")
        }
        let out = dir + "/out"
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        #expect(result.summary?.counts.evaluated == 1)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.map(\.[3]) == Array(repeating: "duplicate_institution", count: 4))
        #expect(errors.first?[4] == "la institución «so-jal-01120» ya se evaluó en \(dir)/a.yaml:8, escrita «SO-JAL-01120»; cuenta una sola vez "
                + "(las claves se comparan sin los espacios de los extremos, sin distinguir mayúsculas de minúsculas y con todo guion como «-»: "
                + "deje una sola autoevaluación por institución, o corrija su clave)")
        #expect(errors[1][4].hasPrefix("la institución «SO-JAL-01120 » ya se evaluó en \(dir)/a.yaml:8, escrita «SO-JAL-01120»;"))
    }

    /// An id written exactly as the first keeps the message it had; an unusual first spelling (spaces around it) is
    /// kept, and told as written.
    @Test func theFirstSpellingIsToldAsWritten() {
        var firsts = FirstEvaluations()
        #expect(firsts.record(InstitutionID(" NL-001 "), file: "a.csv", line: 2) == nil)
        let again = firsts.record(InstitutionID(" NL-001 "), file: "a.csv", line: 3)
        #expect(again?.writtenOtherwise == false)
        let other = firsts.record(InstitutionID("nl\u{2013}001"), file: "a.csv", line: 4)
        #expect(other?.writtenOtherwise == true && other?.writtenAs == " NL-001 " && other?.line == 2)
        #expect(InstitutionKey.compared("  SO\u{2212}JAL\u{FF0D}01 ") == "so-jal-01")
    }

    // MARK: What an error swallows

    /// Row 3 opens a quote that `;"` closes too early: the reader stops at 3:23 (`"NL-002";"Sin cerrar;"` is 22
    /// bytes), after evaluating NL-001. The error says that the rest, from line 3, was not read: NL-003 and NL-004 too,
    /// 3 lines with text in all (lines 3 to 5).
    @Test func anErrorThatEndsATableSaysTheRestWasNotRead() throws {
        let dir = Fixtures.temporaryDirectory("comilla")
        Fixtures.write(UnreportedWarningTests.metricaMapping, dir + "/mapeo.yaml")
        let row = { (id: String, name: String) in "\"\(id)\";\(name);\"Nuevo León\";\"Municipal\";\"Municipio\";\"0,5\";\"0,5\";\"0,5\";\"0,5\"\n" }
        Fixtures.write("\"Clave\";\"Nombre\";\"Entidad\";\"Nivel\";\"Tipo\";\"TG\";\"TC\";\"PG\";\"PC\"\n" + row("NL-001", "\"A\"")
            + row("NL-002", "\"Sin cerrar") + row("NL-003", "\"A\"") + row("NL-004", "\"A\""), dir + "/comilla.csv")
        let out = dir + "/out"
        _ = try BatchRunner.run(BatchOptions(inputs: [dir + "/comilla.csv"], outputDirectory: out, rules: Fixtures.mgaRules,
                                             policy: Fixtures.mgaPolicy, asOf: Day("2017-02-01")!, mapping: dir + "/mapeo.yaml"))
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.map { Array($0[1...3]) } == [["3", "23", "csv_syntax_error"]])
        #expect(errors.first?[4].hasPrefix("texto después de las comillas de cierre: la tabla termina aquí y el resto, desde la línea 3, no se leyó: 3 líneas con texto (") == true,
                "\(errors)")
        #expect(errors.first?[4].contains("una celda sin cerrar se traga las líneas que siguen") == true)
    }

    /// The same header read with the default `,`: its first quoted cell is followed by `;` at 1:8; told to declare the
    /// delimiter, as a header whose cells are not quoted is.
    @Test func aQuotedHeaderSeparatedOtherwiseIsToldTheDelimiter() throws {
        let items = Array(CSVReader(bytes: Array("\"Clave\";\"Nombre\"\n\"NL-001\";\"A\"\n".utf8), file: "t.csv"))
        guard case .failure(let error)? = items.first else {
            Issue.record("the header cannot be read with ','")
            return
        }
        #expect(error.code == "csv_syntax_error" && error.range?.start.line == 1 && error.range?.start.column == 8)
        #expect(error.help?.es == "el encabezado parece separado por «;»: declare delimiter: \";\" en el archivo de mapeo")
    }

    /// A stream of three documents whose first line is `%YAML 1.1` cannot be cut, so it is parsed whole: an unclosed
    /// quote in the second document (line 4) runs on to the end, and the third document (from the `---` of line 5) is
    /// never read. The error says so.
    @Test func aSyntaxErrorThatEndsAStreamSaysTheRestWasNotRead() throws {
        let dir = Fixtures.temporaryDirectory("stream-end")
        Fixtures.write("%YAML 1.1\n---\napertura: 1\ninstitution: {id: X-1, name: \"roto\n---\napertura: 1\n", dir + "/flujo.yaml")
        let out = dir + "/out"
        _ = try BatchRunner.run(BatchOptions(inputs: [dir + "/flujo.yaml"], outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.count == 1)
        #expect(errors.first?[3] == "yaml_syntax_error")
        #expect(errors.first?[4].contains("; el flujo termina aquí: los documentos desde el «---» de la línea 5 no se leyeron") == true, "\(errors)")
    }

    /// A document of a stream cut at its `---` lines whose quote is left open ends where the next document starts:
    /// libyaml's "end of stream" is the document's end, and the file goes on.
    @Test func anUnclosedQuoteInACutDocumentIsAtTheDocumentsEnd() throws {
        let dir = Fixtures.temporaryDirectory("doc-end")
        Fixtures.write("apertura: 1\ninstitution: {id: X-1, name: \"roto\n---\n" + Fixtures.zapopan(as: 4), dir + "/flujo.yaml")
        let out = dir + "/out"
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/flujo.yaml"], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        #expect(result.summary?.counts.evaluated == 1)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.first?[4].contains("fin del documento inesperado") == true, "\(errors)")
        #expect(errors.first?[4].contains("fin de archivo") == false, "\(errors)")
    }

    // MARK: A table piped in

    /// A `;` table with quoted cells piped to `batch -`: its first line is no YAML (a quoted text and then `;`), and it
    /// was two invalid inputs with no word of a table. Now one, told it looks like a table.
    @Test func aPipedTableWithQuotedCellsIsRecognised() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let dir = Fixtures.temporaryDirectory("piped-quoted")
        Fixtures.write(UnreportedWarningTests.metricaMapping, dir + "/mapeo.yaml")
        let run = try Subprocess.run(executable, ["batch", "-", "--mapping", dir + "/mapeo.yaml", "--output", dir + "/out", "--as-of", "2017-02-01"],
                                     input: "\"Clave\";\"Nombre\";\"Entidad\"\n\"NL-001\";\"A\";\"Nuevo León\"\n")
        #expect(run.status == 65)
        let errors = Fixtures.records(dir + "/out/errors.csv").dropFirst().map { $0 }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?[4].contains("(parece una tabla CSV: una tabla se lee de un archivo cuyo nombre termina en .csv;") == true, "\(errors)")
    }

    // MARK: The guide's commands from any folder

    /// `--mapping mga2017` from a folder that has no `Mappings/`: the bundled mapping, and with it its rule set and that
    /// rule set's policy. A name that is a file here, or a path, is read as given.
    @Test func aBundledMappingIsFoundByItsName() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let dir = Fixtures.temporaryDirectory("bundled-mapping")
        // Three rows of the Métrica's own table (header, then rows 2 to 4).
        let table = Fixtures.read(SharedData.sharedDirectory.path + "/data/mga2017/mga2017_sujetos_obligados.csv")
            .split(separator: "\n", omittingEmptySubsequences: false).prefix(4).joined(separator: "\n") + "\n"
        try #require(table.count > 100, "the Métrica's table is in shared/data")
        Fixtures.write(table, dir + "/mga.csv")
        let run = try Subprocess.run(executable, ["batch", "mga.csv", "--mapping", "mga2017", "--as-of", "2017-02-01", "--output", "salida"],
                                     directory: URL(fileURLWithPath: dir))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3 evaluadas"), "\(run.stderr)")
        #expect(CSVMappingLoader.resolve("mga2017").hasSuffix("Mappings/mga2017.yaml"))
        #expect(FileManager.default.fileExists(atPath: CSVMappingLoader.resolve("mga2017")))
        #expect(CSVMappingLoader.resolve("otro.yaml") == "otro.yaml")
        #expect(CSVMappingLoader.resolve("no-existe") == "no-existe")
    }

    // MARK: States written as abbreviated

    /// INEGI's abbreviations of the 32 entities, with and without points, each to its one entity.
    @Test func stateAbbreviationsAreRead() {
        let expected: [(String, String)] = [
            ("Ags.", "aguascalientes"), ("B.C.", "baja_california"), ("BC", "baja_california"), ("B.C.S.", "baja_california_sur"),
            ("Camp.", "campeche"), ("Coah.", "coahuila"), ("Col.", "colima"), ("Chis.", "chiapas"), ("Chih.", "chihuahua"),
            ("CDMX", "ciudad_de_mexico"), ("Dgo.", "durango"), ("Gto.", "guanajuato"), ("Gro.", "guerrero"), ("Hgo.", "hidalgo"),
            ("Jal.", "jalisco"), ("Méx.", "mexico"), ("Edo. Méx.", "mexico"), ("Mich.", "michoacan"), ("Mor.", "morelos"),
            ("Nay.", "nayarit"), ("N.L.", "nuevo_leon"), ("NL", "nuevo_leon"), ("Oax.", "oaxaca"), ("Pue.", "puebla"),
            ("Qro.", "queretaro"), ("Q. Roo", "quintana_roo"), ("Q.Roo", "quintana_roo"), ("S.L.P.", "san_luis_potosi"),
            ("Sin.", "sinaloa"), ("Son.", "sonora"), ("Tab.", "tabasco"), ("Tamps.", "tamaulipas"), ("Tlax.", "tlaxcala"),
            ("Ver.", "veracruz"), ("Yuc.", "yucatan"), ("Zac.", "zacatecas"),
        ]
        for (written, id) in expected { #expect(MexicanState.id(forName: written) == id, "\(written)") }
        #expect(Set(expected.map(\.1)).count == 32, "every entity has its abbreviation")
        #expect(MexicanState.id(forName: "N.") == nil)
    }

    // MARK: Advice that fits the field

    /// TG is a ratio (0 to 1): `1.200` read as 1.2 is over it, and so would 1200 be: the thousands advice is not given.
    /// In PG, `0,5` reads; a population of `1.200` (an integer with no upper bound) is still told the separators.
    @Test func theThousandsAdviceIsGivenOnlyWhenItsNumberFits() throws {
        let out = try UnreportedWarningTests.metricaRun(
            "Clave;Nombre;Entidad;Nivel;Tipo;TG;TC;PG;PC\nNL-006;A;Nuevo León;Municipal;Municipio;1.200;0,5;0,5;0,5\n", in: "thousands", table: "t.csv")
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.count == 1)
        #expect(errors.first?[4].contains("en la columna «TG» (F)") == true, "\(errors)")
        #expect(errors.first?[4].contains("sin el punto de miles") == false, "\(errors)")
        let bounds = CSVRowConverter.NumberBounds(min: 0, max: 1)
        #expect(CSVRowConverter.pointThousandsValue("1.200,50") == 1200.5 && !bounds.contains(1200.5))
    }

    // MARK: Print

    /// A table's caption and header are kept with its first two rows, so that a page does not end on a header with
    /// no rows under it (as the 8,000-institution report printed the rules table).
    @Test func aTableHeaderIsPrintedWithItsFirstRows() throws {
        let out = Fixtures.temporaryDirectory("print-header")
        try Fixtures.runPAI([Fixtures.zapopan], out, nil)
        let html = Fixtures.read(out + "/report.html")
        #expect(html.contains("h2,h3,caption,thead{break-after:avoid}tbody tr:first-child,tbody tr:nth-child(2){break-before:avoid}"))
    }
}
