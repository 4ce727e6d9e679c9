@testable import AperturaBatch
import AperturaSource
import Testing

/// Numbers in CSV cells as written in Mexico: a comma before a group of three digits separates thousands; any
/// other single comma is a decimal comma; anything else goes to the loader as written, to be reported.
@Suite struct CSVNumberTextTests {
    @Test(arguments: [
        ("1,500", "1500"), ("1,500.25", "1500.25"), ("12,345,678", "12345678"), ("-1,500", "-1500"),
        ("0,5", "0.5"), ("80,5", "80.5"), ("0,500", "0.500"), ("1,5000", "1.5000"), ("2.5", "2.5"), ("76", "76"),
        ("1,50,000", "1,50,000"), ("1,2,3", "1,2,3"), ("1,500,25", "1,500,25"), ("abc", "abc"),
    ])
    func decimalCells(_ cell: String, _ yaml: String) {
        #expect(CSVRowConverter.decimalText(cell) == yaml)
    }

    @Test(arguments: [("1,234", "1234"), ("12,345,678", "12345678"), ("+1,000", "+1000"), ("2,5", "2,5"), ("0,500", "0,500"), ("1,,2", "1,,2")])
    func integerCells(_ cell: String, _ yaml: String) {
        #expect(CSVRowConverter.integerText(cell) == yaml)
    }

    /// A `percent` cell may end in `%` (docs/BATCH.md), with or without a space before it: the number alone goes to
    /// the loader, plain, as YAML reads a number.
    @Test(arguments: [("76%", "76"), ("76 %", "76"), ("80,5%", "80.5"), ("1,500 %", "1500"), ("76", "76")])
    func percentCells(_ cell: String, _ yaml: String) {
        let node = CSVRowConverter.node(cell, type: .percent, range: SourceRange(at: SourceLocation(file: "t.csv", line: 2, column: 1)))
        #expect(node.scalar?.value == yaml)
        #expect(node.scalar?.style == .plain)
    }
}
