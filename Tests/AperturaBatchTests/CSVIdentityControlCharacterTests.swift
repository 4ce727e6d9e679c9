@testable import AperturaBatch
import AperturaModel
import Foundation
import Testing
import TestSupport

/// A control character in an identity cell (a BEL, an ESC, a vertical tab) makes its row invalid at that cell, as the
/// same text makes a YAML self-assessment invalid: never dropped by the state-name conversion or by trimming. The
/// codes are the YAML path's for the same value: `invalid_character` for an id or a name (read as person-readable
/// text), `invalid_value` for a state, an order or a kind (not one of their values); errors.csv shows the control as
/// `<U+0007>`.
@Suite struct CSVIdentityControlCharacterTests {
    static let header = "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\n"
    static func row(_ id: String, state: String = "Jalisco", order: String = "Estatal", kind: String = "Descentralizado") -> String {
        "\(id),\(state),\(order),\(kind),0.5,0.3,0.6,0.5,0.8,0.4,0.2\n"
    }

    func run(_ text: String, _ name: String) throws -> (errors: [[String]], results: [[String]]) {
        let dir = Fixtures.temporaryDirectory("csv-identity-control")
        Fixtures.write(text, dir + "/" + name)
        let mapping = name.hasSuffix(".csv") ? Fixtures.mgaMapping : nil
        _ = try BatchRunner.run(BatchOptions(inputs: [dir + "/" + name], outputDirectory: dir + "/out", rules: Fixtures.mgaRules,
                                             policy: Fixtures.mgaPolicy, asOf: Day("2017-02-01")!, jobs: 1, mapping: mapping))
        return (Array(Fixtures.records(dir + "/out/errors.csv").dropFirst()), Array(Fixtures.records(dir + "/out/results.csv").dropFirst()))
    }

    /// Each row's line, column (the cell's first byte: `A1,` is 3 bytes, so column B starts at 4; `A5,Jalisco,` is 11,
    /// so C starts at 12; `A6,Jalisco,Estatal,` is 19, so D at 20) and code. A2 and A3 are the state cells that the
    /// conversion used to take for Jalisco (`Jalisco` + BEL, ESC + `Jalisco`), A8 a vertical tab that trimming used to
    /// drop, A9 `N` BEL `L`, taken for Nuevo León. A10's tab at the end is padding (YAML reads a tab as text too).
    @Test func everyIdentityColumnRefusesAControlCharacterAtItsCell() throws {
        let text = Self.header
            + Self.row("A1", state: "Jal\u{07}isco") + Self.row("A2", state: "Jalisco\u{07}") + Self.row("A3", state: "\u{1B}Jalisco")
            + Self.row("A\u{07}4") + Self.row("A5", order: "Estatal\u{07}") + Self.row("A6", kind: "Descentralizado\u{1B}")
            + Self.row("A7\u{0B}") + Self.row("A8", state: "Jalisco\u{0B}") + Self.row("A9", state: "N\u{07}L") + Self.row("A10", state: "Jalisco\t")
        let (errors, results) = try run(text, "t.csv")
        #expect(errors.map { "\($0[1]):\($0[2]) \($0[3])" } == [
            "2:4 invalid_value", "3:4 invalid_value", "4:4 invalid_value", "5:1 invalid_character", "6:12 invalid_value",
            "7:20 invalid_value", "8:1 invalid_character", "9:4 invalid_value", "10:4 invalid_value",
        ])
        #expect(errors[1][4].hasPrefix("«Jalisco<U+0007>» no es una entidad federativa, en la columna «edo» (B), campo institution.state"))
        #expect(errors[2][4].hasPrefix("«<U+001B>Jalisco» no es una entidad federativa"))
        #expect(errors[4][4].hasPrefix("«Estatal<U+0007>» no es un valor permitido, en la columna «niv» (C), campo institution.order"))
        #expect(errors[6][4].hasPrefix("el texto contiene un carácter invisible de control, de dirección o sin anchura (U+000B), en la columna «SO» (A), campos institution.id, institution.name"))
        #expect(errors[8][4].hasPrefix("«N<U+0007>L» no es una entidad federativa"))
        #expect(results.map { [$0[2], $0[4]] } == [["A10", "jalisco"]])
    }

    /// The same values in a YAML self-assessment give the same codes: the table is held to the YAML path.
    @Test func theCodesAreTheYAMLPathsForTheSameText() throws {
        let base = Fixtures.read(Fixtures.root + "/Examples/mga/municipio-medido.yaml")
        func code(_ old: String, _ new: String) throws -> [String] {
            try run(base.replacingOccurrences(of: old, with: new), "a.yaml").errors.map(\.[3])
        }
        #expect(try code("name: Municipio Ejemplo del Estado de México (ficticio)", "name: \"Municipio\\a Ejemplo\"") == ["invalid_character"])
        #expect(try code("id: SO-MEX-09999", "id: \"SO-MEX\\a-09999\"") == ["invalid_character"])
        #expect(try code("state: mexico", "state: \"mexico\\a\"") == ["invalid_value"])
        #expect(try code("order: municipal", "order: \"municipal\\e\"") == ["invalid_value"])
        #expect(try code("kind: municipio", "kind: \"municipio\\e\"") == ["invalid_value"])
    }

    /// A column that feeds two fields (the id and the name) is said once: the two diagnostics, named by the column,
    /// were the same row twice in errors.csv.
    @Test func aColumnFeedingTwoFieldsIsOneErrorRow() throws {
        let (errors, _) = try run(Self.header + Self.row("A\u{1B}1"), "t.csv")
        #expect(errors.map(\.[3]) == ["invalid_character"])
    }
}
