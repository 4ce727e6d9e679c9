@testable import AperturaBatch
import AperturaSource
import Testing

/// `choices` and `evidence` cells are lists separated by `;` (docs/BATCH.md): a comma belongs to an entry (a
/// document's name may hold one), and the spaces around each entry and empty entries are not entries.
@Suite struct CSVListCellTests {
    static let range = SourceRange(at: SourceLocation(file: "t.csv", line: 2, column: 1))

    @Test func aSemicolonSeparatesTheEntries() {
        let node = CSVRowConverter.node("accesible; veraz;;oportuna", type: .choices, range: Self.range)
        #expect(node.sequence?.map { $0.scalar?.value } == ["accesible", "veraz", "oportuna"])
    }

    @Test func aCommaIsPartOfAnEntry() {
        let node = CSVRowConverter.node("Acta, versión pública.pdf; https://x.example/minuta.pdf", type: .evidence, range: Self.range)
        #expect(node.sequence?.map { $0.scalar?.value } == ["Acta, versión pública.pdf", "https://x.example/minuta.pdf"])
    }
}
