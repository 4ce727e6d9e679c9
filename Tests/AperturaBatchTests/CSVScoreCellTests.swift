@testable import AperturaBatch
import Testing

/// results.csv writes scores, objective scores and ratios to four decimals cut down, as the reports print theirs to
/// two: 0.59996 is below a 0.6 threshold, and rounded to the nearest it read 0.6000 beside the level below.
/// Indicator values keep the nearest rounding: no level compares them.
@Suite struct CSVScoreCellTests {
    func cell(_ write: (inout CSVLine) -> Void) -> String {
        var line = CSVLine()
        write(&line)
        return line.fieldText
    }

    @Test func scoresAreCutDown() {
        #expect(cell { $0.score(0.59996) } == "0.5999")
        #expect(cell { $0.number(0.59996) } == "0.6000")
        // 0.6 by its formula, 0.59999999999 in binary: the levels take it as 0.6, and so does the cell.
        #expect(cell { $0.score(0.59999999999) } == "0.6000")
        #expect(cell { $0.score(0.29) } == "0.2900")
        #expect(cell { $0.score(1) } == "1.0000")
        #expect(cell { $0.score(nil) } == "")
    }
}
