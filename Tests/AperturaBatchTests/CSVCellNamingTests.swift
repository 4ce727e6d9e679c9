@testable import AperturaBatch
import Foundation
import Testing

/// What is said of a CSV cell names its column as a spreadsheet shows it (header and letter) and the field it
/// feeds, beside the editor's line and column; a number written with a point for thousands gets advice on the
/// separators the mapping reads; a placeholder in an evidence cell is told to leave the cell empty, not to write `[]`.
@Suite struct CSVCellNamingTests {
    static let mapping = CSVMappingTests.mapping + "\n  comite.acta: acta"
    /// Columns A clave, B nombre, C tipo, D orden, E estado, F comite, G recibidas, H portal, I acta.
    static let header = "clave,nombre,tipo,orden,estado,comite,recibidas,portal,acta\n"

    func run(_ rows: String) throws -> String {
        let dir = Fixtures.temporaryDirectory("csv-cell-names")
        Fixtures.write(Self.mapping, dir + "/mapping.yaml")
        Fixtures.write(Self.header + rows, dir + "/tabla.csv")
        let out = dir + "/out"
        _ = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        return out
    }

    /// `quizás` in the boolean column `comite` (F) and `1.200` in the integer column `recibidas` (G): each error keeps
    /// its line and byte column (line 2; `SO-1,Municipio,municipio,Municipal,Jalisco,` is 5 + 10 + 10 + 10 + 8 = 43
    /// bytes, so F is at 44; line 3, G after those 43 and `sí,`, 4 bytes with the two of «í», at 48) and
    /// names the column and the field.
    @Test func anErrorAtACellNamesItsColumnAndField() throws {
        let out = try run("""
            SO-1,Municipio,municipio,Municipal,Jalisco,quizás,2,50,
            SO-2,Municipio,municipio,Municipal,Jalisco,sí,1.200,50,

            """)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["2", "44", "type_mismatch"], ["3", "48", "type_mismatch"]])
        #expect(errors[0][4].contains("en la columna «comite» (F), campo comite.instalado"))
        #expect(errors[1][4].contains("en la columna «recibidas» (G), campo solicitudes.recibidas"))
    }

    /// A column that feeds two fields (the Métrica's name is its id too) names both: a byte that is not UTF-8 in it
    /// (Latin-1 «é», 0xE9, after `SO-` at line 2, column 4) spoils the two, and naming only the id hid the name.
    @Test func aColumnFeedingTwoFieldsNamesBoth() throws {
        let dir = Fixtures.temporaryDirectory("csv-cell-two-fields")
        Fixtures.write(Self.mapping.replacingOccurrences(of: "name: nombre", with: "name: clave"), dir + "/mapping.yaml")
        try Data(Array((Self.header).utf8) + Array("SO-".utf8) + [0xE9] + Array(",Municipio,municipio,Municipal,Jalisco,sí,2,50,\n".utf8))
            .write(to: URL(fileURLWithPath: dir + "/tabla.csv"))
        let out = dir + "/out"
        _ = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["2", "4", "invalid_utf8"]])
        #expect(errors.first?[4].contains("en la columna «clave» (A), campos institution.id, institution.name (") == true, "\(errors)")
    }

    /// `1.200` (an integer) and `1.200,50` (a number) as a Spain-locale spreadsheet writes them: the help says which
    /// separators are read when the number meant fits the field (1200 requests). `1,200.50` would not fit the portal's
    /// 0 to 100 either: telling to write it so was wrong advice, and none is given. `1.5` in an integer column is not
    /// a thousands point: no such help.
    @Test func aPointForThousandsIsExplained() throws {
        let out = try run("""
            SO-1,Municipio,municipio,Municipal,Jalisco,sí,1.200,50,
            SO-2,Municipio,municipio,Municipal,Jalisco,sí,2,"1.200,50",
            SO-3,Municipio,municipio,Municipal,Jalisco,sí,1.5,50,

            """)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst().map { $0 }
        #expect(errors.map { [$0[1], $0[3]] } == [["2", "type_mismatch"], ["3", "type_mismatch"], ["4", "type_mismatch"]])
        #expect(errors[0][4].contains("con coma para los miles y punto para los decimales"))
        #expect(errors[1][4].contains("en la columna «portal» (H)"))
        #expect(!errors[1][4].contains("coma para los miles"))
        #expect(!errors[2][4].contains("coma para los miles"))
    }

    /// `N/A` in the evidence column `acta` (I): a cell has no list to leave empty, so the advice is to leave the cell empty.
    @Test func aPlaceholderInACellIsToldToLeaveTheCellEmpty() throws {
        let out = try run("""
            SO-1,Municipio,municipio,Municipal,Jalisco,sí,2,50,N/A

            """)
        let warnings = Fixtures.records(out + "/warnings.csv").dropFirst().map { $0 }
        // The row answers three fields of the form: the rules it leaves unjudged are warned of too (not_reported).
        #expect(warnings.map(\.[3]) == ["placeholder_evidence", "not_reported"])
        let message = try #require(warnings.first?[4])
        #expect(message.contains("en la columna «acta» (I), campo comite.acta"))
        #expect(message.contains("deje la celda vacía"))
        #expect(!message.contains("[]"))
    }
}
