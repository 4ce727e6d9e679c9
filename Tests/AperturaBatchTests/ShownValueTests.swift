@testable import AperturaBatch
import Testing

/// report.html cuts a value to its unit's decimals away from its goal, so that no value reads as reaching a goal
/// it missed.
@Suite struct ShownValueTests {
    /// A share of 0.6996 (6,996 of 10,000) beside a goal of 70 %: rounded it read «70.0 %», cut it reads «69.9 %».
    @Test func aShareShortOfItsGoalIsNotShownAsReachingIt() {
        #expect(ShownValue.text(0.6996, unit: "ratio") == "69.9\u{00A0}%")
        #expect(ShownValue.text(6_996.0 / 10_000, unit: "boolean") == "69.9\u{00A0}%")
    }

    /// A mean on 0–100 of 74.996 beside a goal of 75: «74.99», not «75.00»; the 2017 baseline 62.74 stays whole.
    @Test func aHundredPointScoreHasTwoDecimals() {
        #expect(ShownValue.text(74.996, unit: "score_100") == "74.99")
        #expect(ShownValue.text(62.74, unit: "score_100") == "62.74")
        #expect(ShownValue.text(75, unit: "percent") == "75.00")
    }

    /// A goal that asks for less (at most 30): 30.004 is cut up to «30.01», not down to «30.00», which would read as met.
    @Test func aValueOfAGoalThatAsksForLessIsCutUp() {
        #expect(ShownValue.text(30.004, unit: "count", direction: .decrease) == "30.01")
        #expect(ShownValue.text(0.30004, unit: "ratio", direction: .decrease) == "30.1\u{00A0}%")
    }

    /// Binary arithmetic leaves 0.7 × 100 and 0.29 × 100 a hair off 70 and 29: they are still shown as 70.0 % and 29.0 %
    /// (0.29 × 100 = 28.999999999999996 in doubles), either way.
    @Test func aFigureAHairOffIsThatFigure() {
        #expect(ShownValue.text(0.29, unit: "ratio") == "29.0\u{00A0}%")
        #expect(ShownValue.text(0.29, unit: "ratio", direction: .decrease) == "29.0\u{00A0}%")
        #expect(ShownValue.text(0.7, unit: "ratio") == "70.0\u{00A0}%")
    }

    /// An index keeps four decimals; a negative value and no value.
    @Test func otherUnitsAndEdges() {
        #expect(ShownValue.text(0.38699, unit: "index") == "0.3869")
        #expect(ShownValue.text(-0.55, unit: "count") == "-0.55")
        #expect(ShownValue.text(nil, unit: "ratio") == "—")
    }
}
