import AperturaBatch
import Foundation
import Testing

/// Odd and hostile CSV tables: each bad cell or row is reported where it is, nothing is read silently as
/// something else, and every row is counted.
@Suite struct CSVHostileInputTests {
    static let mapping = """
        kind: csv_mapping
        rule_set: pai
        institution:
          id: clave
          name: nombre
          kind: {constant: municipio}
          order: {constant: municipal}
          state: {constant: jalisco}
          population: poblacion
        answers:
          solicitudes.recibidas: recibidas
          solicitudes.respondidas_en_plazo: en_plazo
        """

    func run(_ table: String, mapping: String = Self.mapping) throws -> (BatchRunResult, String) {
        let dir = Fixtures.temporaryDirectory("csv-hostile")
        Fixtures.write(mapping, dir + "/mapping.yaml")
        Fixtures.write(table, dir + "/tabla.csv")
        let out = dir + "/out"
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        return (result, out)
    }

    /// `[line, column, code]` of every row of errors.csv.
    func errors(_ out: String) -> [[String]] {
        Fixtures.records(out + "/errors.csv").dropFirst().map { [$0[1], $0[2], $0[3]] }
    }

    /// A comma in a whole number is read as a thousands separator only where one can be: `2,5` (a decimal
    /// comma) must not become 25, nor `1,,2` become 12. Columns: the quote that opens the cell.
    @Test func aCommaInAWholeNumberIsOnlyAThousandsSeparatorInItsPlace() throws {
        let (result, out) = try run("""
            clave,nombre,poblacion,recibidas,en_plazo,respondidas
            SO-1,Uno,"1,234","1,000",250,500
            SO-2,Dos,"1,5",4,1,1
            SO-3,Tres,100,"2,5",1,1
            SO-4,Cuatro,100,"1,,2",1,1
            SO-5,Cinco,100,",100",1,1
            SO-6,Seis,100,"1000,000",1,1
            SO-7,Siete,"12,345,678","-1,000",1,1

            """, mapping: Self.mapping + "\n  solicitudes.respondidas: respondidas\n")
        #expect(result.summary?.counts.inputs == 7)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 6)
        #expect(errors(out) == [
            ["3", "10", "type_mismatch"],
            ["4", "15", "type_mismatch"],
            ["5", "17", "type_mismatch"],
            ["6", "16", "type_mismatch"],
            ["7", "15", "type_mismatch"],
            ["8", "25", "out_of_range"],
        ])
        // 250 on time of 1,000 received (500 answered, last column: the indicator's valid_when reads it): 0.25.
        let rows = Fixtures.records(out + "/results.csv")
        let column = try #require(rows.first?.firstIndex(of: "indicator_solicitudes_en_plazo"))
        #expect(rows.dropFirst().map { [$0[2], $0[column]] } == [["SO-1", "0.2500"]])
    }

    /// A header with the same name twice: the mapping cannot say which of the two it means, so the table is one
    /// invalid input, said at the mapping's `clave` (line 4, column 7), rather than read from the first one.
    /// A repeated name the mapping does not use is no problem.
    @Test func aColumnNamedTwiceInTheHeaderCannotBeMapped() throws {
        let table = """
            clave,nombre,poblacion,recibidas,en_plazo,clave,notas,notas
            SO-1,Uno,100,4,1,SO-9,,

            """
        let (result, out) = try run(table)
        #expect(result.summary?.counts.inputs == 1)
        #expect(result.summary?.counts.invalid == 1)
        #expect(errors(out) == [["4", "7", "duplicate_column"]])
        // The two columns counted from 1, as a spreadsheet shows them: A and F.
        #expect(Fixtures.records(out + "/errors.csv").dropFirst().first?[4].contains("«clave» (en las posiciones 1, 6)") == true)
        #expect(Fixtures.records(out + "/errors.csv").dropFirst().first?[0].hasSuffix("mapping.yaml") == true)

        let (fine, _) = try run(table.replacingOccurrences(of: ",clave,", with: ",clave2,"))
        #expect(fine.summary?.counts.evaluated == 1)
    }

    /// A table with old Mac line ends (a lone CR) whose quoted name holds a line break: the break is a line
    /// too, so the bad cell of the next row is said at line 4 (header 1, SO-1 on 2 and 3), column 14.
    @Test func aLoneCRInsideAQuotedFieldIsALineBreak() throws {
        let (result, out) = try run("clave,nombre,poblacion,recibidas,en_plazo\rSO-1,\"Uno\rUno\",100,4,1\rSO-2,Dos,100,muchas,1\r")
        #expect(result.summary?.counts.inputs == 2)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(errors(out) == [["4", "14", "type_mismatch"]])
        // In the cell's text the break is LF, as in a YAML scalar (a CR would be an invisible character).
        #expect(Fixtures.records(out + "/results.csv").dropFirst().first?[3] == "Uno\nUno")
    }

    /// A constant the field cannot take is the same mistake in every row: it was reported once per row, at the
    /// row's column 1. It is the mapping's: the table is one invalid input, each bad constant said at its value
    /// in the mapping (lines 7, 11 and 12; the good constants of lines 5 and 6 are not).
    @Test func aConstantTheFieldCannotTakeIsSaidOnceAtTheMapping() throws {
        let mapping = """
            kind: csv_mapping
            institution:
              id: clave
              name: nombre
              kind: {constant: municipio}
              order: {constant: municipal}
              state: {constant: Narnia}
              population: poblacion
            answers:
              solicitudes.recibidas: recibidas
              solicitudes.respondidas_en_plazo: {constant: "-3"}
              comite.instalado: {constant: quizas}
            """
        let (result, out) = try run("clave,nombre,poblacion,recibidas\nSO-1,Uno,100,4\nSO-2,Dos,100,5\n", mapping: mapping)
        #expect(result.summary?.counts.inputs == 1)
        #expect(result.summary?.counts.invalid == 1)
        #expect(errors(out) == [["7", "21", "invalid_value"], ["11", "48", "out_of_range"], ["12", "32", "type_mismatch"]])
    }

    /// `null`, `NULL` or `~` in a number column is text, not an empty cell: it was read as YAML's null, the
    /// answer silently not reported (while `null` in a boolean column was an error). Columns 10, 15 and 20.
    @Test func nullSpeltInANumberCellIsNotAnEmptyCell() throws {
        let (result, out) = try run("clave,nombre,poblacion,recibidas,en_plazo\nSO-1,Uno,null,NULL,~\nSO-2,Dos,100,4,1\n")
        #expect(result.summary?.counts.inputs == 2)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(errors(out) == [["2", "10", "type_mismatch"], ["2", "15", "type_mismatch"], ["2", "20", "type_mismatch"]])
    }

    /// Rows of empty cells, as spreadsheets export below the data, hold no institution: they are skipped like
    /// blank lines, not counted as invalid inputs. A row with one cell filled is an input.
    @Test func rowsOfEmptyCellsAreSkippedLikeBlankLines() throws {
        let (result, out) = try run("clave,nombre,poblacion,recibidas,en_plazo\r\nSO-1,Uno,1000,10,5\r\n,,,,\r\n , ,,\t,\r\n,,,7,\r\n,,,,\r\n")
        #expect(result.summary?.counts.inputs == 2)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 1)
        #expect(errors(out).map { $0[0] } .allSatisfy { $0 == "5" })
    }

    /// The advice on a row of the wrong length names the table's own separator.
    @Test func aRowOfTheWrongLengthIsAdvisedAboutTheTablesSeparator() throws {
        let mapping = Self.mapping.replacingOccurrences(of: "rule_set: pai\n", with: "rule_set: pai\ndelimiter: \";\"\n")
        let (result, out) = try run("clave;nombre;poblacion;recibidas;en_plazo\nSO-1;Uno;1000;10;5;\n", mapping: mapping)
        #expect(result.summary?.counts.invalid == 1)
        #expect(errors(out) == [["2", "20", "csv_field_count"]])  // the sixth field, after the fifth separator
        let help = result.summary.map { _ in Fixtures.read(out + "/errors.csv") } ?? ""
        #expect(help.contains("«;»"), "\(help)")
    }

    /// The workbook itself (a ZIP) given as the table was a first row "not valid UTF-8", with the advice to declare
    /// Windows-1252: it is one `not_text` input that says what it looks like.
    @Test func aWorkbookGivenAsTheTableIsNotText() throws {
        let dir = Fixtures.temporaryDirectory("csv-not-text")
        Fixtures.write(Self.mapping, dir + "/mapping.yaml")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xC3, 0x28]).write(to: URL(fileURLWithPath: dir + "/tabla.csv"))
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: dir + "/out", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        #expect(result.summary?.counts.invalid == 1)
        let rows = Fixtures.records(dir + "/out/errors.csv").dropFirst()
        #expect(rows.map { [$0[1], $0[2], $0[3]] } == [["1", "1", "not_text"]])
        #expect(rows.first?[4].hasPrefix("el archivo no es de texto: parece un archivo ZIP, como una hoja de Excel (.xlsx)") == true)
    }

    /// A NUL in one cell is that row's error, the other rows are read. Quoted in a message, the NUL is shown in
    /// errors.csv as `<U+0000>`: it was written into the table, where it cuts the text short in some spreadsheets.
    @Test func aNULInACellIsThatRowsErrorAndShownAsACode() throws {
        let (result, out) = try run("clave,nombre,poblacion,recibidas,en_plazo\nSO-1,Uno,100,4,1\nSO-2,D\u{0}os,100,4,1\nSO-3,Tres,1\u{0}0,4,1\n")
        #expect(result.summary?.counts.evaluated == 1)
        #expect(errors(out) == [["3", "6", "invalid_character"], ["4", "11", "type_mismatch"]])
        #expect(!Fixtures.bytes(out + "/errors.csv").contains(0))
        #expect(Fixtures.records(out + "/errors.csv").last?[4].hasPrefix("se esperaba un número entero, se encontró «1<U+0000>0»") == true)
    }
}
