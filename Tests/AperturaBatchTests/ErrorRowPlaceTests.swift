import AperturaBatch
import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// errors.csv's `file,line,column`: a diagnostic's own place, or, for one that has none, the file and line of
/// the input it belongs to (the column then empty).
@Suite struct ErrorRowPlaceTests {
    @Test func aDiagnosticWithoutAPlaceStandsAtItsInput() throws {
        let evaluator = try #require(Workspace.load(rules: Fixtures.paiRules, policy: Fixtures.paiPolicy).0)
        let table = ResultsTable(layout: BatchLayout(evaluator: evaluator), language: .en)
        let failure = BatchFailure(file: "lote.yaml", line: 42, diagnostics: [
            .error("no_phase", LocalizedText(es: "sin fase", en: "no phase"), at: nil),
            .error("type_mismatch", LocalizedText(es: "tipo", en: "type"), at: SourceRange(at: SourceLocation(file: "otro.yaml", line: 7, column: 3))),
        ])
        #expect(table.errorRows(failure) == [["lote.yaml", "42", "", "no_phase", "no phase"], ["otro.yaml", "7", "3", "type_mismatch", "type"]])
        let unplaced = BatchFailure(file: "lote.yaml", line: nil, diagnostics: [.error("no_phase", LocalizedText(es: "sin fase", en: "no phase"), at: nil)])
        #expect(table.errorRows(unplaced) == [["lote.yaml", "", "", "no_phase", "no phase"]])
    }
}
