import AperturaBatch
import AperturaModel
import Foundation
import Testing
import TestSupport

/// A mapping with several mistakes has them all said in one run: its own keys, its fields against the form, and the
/// columns it names against the tables' headers, although the first mistake already stops the run (nothing is read
/// or written). Before, the unknown column was said only in the run after the key was corrected.
@Suite struct MappingAllMistakesTests {
    static let header = "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\n"
    static let row = "A1,Jalisco,Estatal,Descentralizado,0.5,0.3,0.6,0.5,0.8,0.4,0.2\n"

    /// The places of the setup errors, `line:column code`, file names aside.
    static func places(_ result: BatchRunResult) -> [String] {
        result.setupDiagnostics.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.code)" }
    }

    func run(_ edits: [(String, String)], tables: [String] = ["t.csv"]) throws -> (BatchRunResult, String) {
        let dir = Fixtures.temporaryDirectory("mapping-all-mistakes")
        var mapping = Fixtures.read(Fixtures.mgaMapping)
        for (old, new) in edits {
            #expect(mapping.contains(old))
            mapping = mapping.replacingOccurrences(of: old, with: new)
        }
        Fixtures.write(mapping, dir + "/m.yaml")
        for table in tables { Fixtures.write(Self.header + Self.row, dir + "/" + table) }
        let result = try BatchRunner.run(BatchOptions(inputs: tables.map { dir + "/" + $0 }, outputDirectory: dir + "/out", rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Day("2017-02-01")!, jobs: 1, mapping: dir + "/m.yaml"))
        return (result, dir)
    }

    /// The brief's repro: `nme: SO` (line 12 of Mappings/mga2017.yaml, column 3), so `institution.name` is missing
    /// (said at the mapping's start, 7:1, where `kind:` stands after the comments), and `tg.valor: TGX` (line 35, its
    /// value at column 13), a column the table lacks. All three, nothing written.
    @Test func aKeyMistakeAndAnUnknownColumnAreSaidTogether() throws {
        let (result, dir) = try run([("  tg.valor: TG\n", "  tg.valor: TGX\n"), ("  name: SO\n", "  nme: SO\n")])
        #expect(result.summary == nil)
        #expect(Self.places(result) == ["12:3 unknown_key", "7:1 missing_key", "35:13 unknown_column"])
        #expect(result.setupDiagnostics.last?.message.es == "la tabla \(dir)/t.csv no tiene la columna «TGX»")
        #expect(result.setupDiagnostics.last?.help?.es == "¿quiso decir «TG»?")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
    }

    /// A field the form lacks (`tg.valr`, line 35) beside a column the table lacks (`TCX`, line 36, column 13).
    @Test func aFieldMistakeAndAnUnknownColumnAreSaidTogether() throws {
        let (result, _) = try run([("  tg.valor: TG\n", "  tg.valr: TG\n"), ("  tc.valor: TC\n", "  tc.valor: TCX\n")])
        #expect(result.summary == nil)
        #expect(Self.places(result) == ["35:3 unknown_reference", "36:13 unknown_column"])
    }

    /// Each table is checked: two tables lacking `TGX`, two errors at the same place, each naming its table.
    @Test func everyTableIsChecked() throws {
        let (result, dir) = try run([("  tg.valor: TG\n", "  tg.valor: TGX\n"), ("  name: SO\n", "  nme: SO\n")], tables: ["a.csv", "b.csv"])
        #expect(Self.places(result) == ["12:3 unknown_key", "7:1 missing_key", "35:13 unknown_column", "35:13 unknown_column"])
        #expect(result.setupDiagnostics.suffix(2).map(\.message.es) == ["la tabla \(dir)/a.csv no tiene la columna «TGX»",
                                                                        "la tabla \(dir)/b.csv no tiene la columna «TGX»"])
    }

    /// A delimiter in error (line 9) would misread the header: its columns are not checked against it.
    @Test func aDelimiterInErrorLeavesTheHeaderUnchecked() throws {
        let (result, _) = try run([("delimiter: \",\"", "delimiter: \";;\""), ("  tg.valor: TG\n", "  tg.valor: TGX\n")])
        #expect(Self.places(result) == ["9:12 invalid_value"])
    }

    /// A mapping without mistakes of its own is as before: a column its table lacks makes that table one invalid input,
    /// and the run goes on.
    @Test func anUnknownColumnAloneStillMakesTheTableInvalid() throws {
        let (result, _) = try run([("  tg.valor: TG\n", "  tg.valor: TGX\n")])
        #expect(result.setupDiagnostics.isEmpty)
        #expect(result.summary?.counts.invalid == 1)
        #expect(result.summary?.errorCodes == ["unknown_column": 1])
    }
}
