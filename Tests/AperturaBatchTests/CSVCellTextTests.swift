@testable import AperturaBatch
import Testing

/// Spreadsheet column letters, and the numbers whose point is a thousands separator.
@Suite struct CSVCellTextTests {
    @Test(arguments: [(0, "A"), (17, "R"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnsAreLetteredAsSpreadsheetsDo(index: Int, letters: String) {
        #expect(SpreadsheetColumn.letters(index) == letters)
    }

    @Test func thousandsPointsAreToldFromDecimals() {
        #expect(CSVRowConverter.hasPointThousands("1.200"))
        #expect(CSVRowConverter.hasPointThousands("1.200,50"))
        #expect(CSVRowConverter.hasPointThousands("-12.345.678"))
        #expect(!CSVRowConverter.hasPointThousands("1.5"))
        #expect(!CSVRowConverter.hasPointThousands("0.500"))
        #expect(!CSVRowConverter.hasPointThousands("1200"))
        #expect(!CSVRowConverter.hasPointThousands("1,200.50"))
    }
}
