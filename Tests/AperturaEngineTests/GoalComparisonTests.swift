@testable import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// How a value is compared with its goal: reached, passed (strict), and for falling indicators.
@Suite struct GoalComparisonTests {
    @Test func reachingAGoalMeetsIt() {
        #expect(Evaluator.shortfall(.number(0.6), .number(0.6), .increase) == nil)
        #expect(Evaluator.shortfall(.number(0.1 + 0.2), .number(0.3), .increase) == nil)
        #expect(Evaluator.shortfall(.number(0.5), .number(0.6), .increase).map { abs($0 - 0.1) < 1e-12 } == true)
    }

    @Test func aStrictGoalMustBePassed() {
        // The Métrica reads "above 0.6": exactly 0.6 is not passing.
        #expect(Evaluator.shortfall(.number(0.6), .number(0.6), .increase, strict: true) == 0)
        #expect(Evaluator.shortfall(.number(0.6001), .number(0.6), .increase, strict: true) == nil)
    }

    /// Levels and quadrants read thresholds as goals do: a score that is the threshold by its formula but off by
    /// binary noise (0.1 + 0.2 is 0.30000000000000004, 0.7 - 0.4 is 0.29999999999999993) is the threshold itself.
    @Test func levelAndQuadrantThresholdsTolerateBinaryNoise() {
        let above = ComplianceLevel.Threshold.above(0.3), atLeast = ComplianceLevel.Threshold.atLeast(0.3)
        #expect(!above.admits(0.1 + 0.2))
        #expect(above.admits(0.3001))
        #expect(atLeast.admits(0.7 - 0.4))
        #expect(!atLeast.admits(0.2999))
        let quadrants = Quadrants(x: "x", y: "y", threshold: 0.3, names: [:])
        #expect(quadrants.quadrant(x: 0.1 + 0.2, y: 0.3001) == .lowHigh)
    }

    @Test func fallingIndicators() {
        #expect(Evaluator.shortfall(.number(12), .number(10), .decrease) == 2)
        #expect(Evaluator.shortfall(.number(10), .number(10), .decrease) == nil)
        #expect(Evaluator.shortfall(.number(10), .number(10), .decrease, strict: true) == 0)
    }

    @Test func booleans() {
        #expect(Evaluator.shortfall(.bool(true), .bool(true), .increase) == nil)
        #expect(Evaluator.shortfall(.bool(false), .bool(true), .increase) == 1)
    }

    /// Rules/pai's `comite_con_fecha` reads the reporting period: an installation after the period's end fails.
    @Test func installationAfterThePeriodFailsTheCheck() throws {
        try #require(FileManager.default.changeCurrentDirectoryPath(Fixtures.root))
        let evaluator = try Fixtures.evaluator(rules: "Rules/pai", policy: "Policies/pai-inicio.yaml")
        let original = try String(contentsOfFile: "Examples/municipio-zapopan.yaml", encoding: .utf8)
        #expect(original.contains("fecha_instalacion: 2025-03-05"))
        func outcome(_ text: String) throws -> String? {
            let path = try Fixtures.temporaryDirectory() + "/z.yaml"
            try Fixtures.write(text, to: path)
            let assessment = try Fixtures.assessment(path, ruleSet: evaluator.compiled.ruleSet)
            return try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30")).outcomes.first { $0.rule == "comite_con_fecha" }?.outcome.code
        }
        #expect(try outcome(original) == "met")
        #expect(try outcome(original.replacingOccurrences(of: "fecha_instalacion: 2025-03-05", with: "fecha_instalacion: 2026-02-01")) == "not_met")
        // Without a period, the check cannot be decided: not reported.
        let noPeriod = original.replacingOccurrences(of: "period: {start: 2025-01-01, end: 2025-12-31}\n", with: "")
        #expect(noPeriod != original)
        #expect(try outcome(noPeriod) == "not_reported")
    }

    /// FORMAT.md: a value within 10⁻⁹ of its goal counts as the goal itself. 0.7 - 0.4 is 0.29999999999999993,
    /// a hair below 0.3, and 0.1 + 0.2 is 0.30000000000000004, a hair above: both reach a goal of 0.3 in their
    /// direction; 0.2999 (10⁻⁴ short) does not.
    @Test func binaryNoiseOnTheWrongSideOfTheGoalStillReachesIt() {
        #expect(Evaluator.shortfall(.number(0.7 - 0.4), .number(0.3), .increase) == nil)
        #expect(Evaluator.shortfall(.number(0.1 + 0.2), .number(0.3), .decrease) == nil)
        #expect(Evaluator.shortfall(.number(0.2999), .number(0.3), .increase).map { abs($0 - 0.0001) < 1e-12 } == true)
    }

    /// 0.1 + 0.2 (0.30000000000000004) is 0.3 itself to a strict goal of 0.3: not passed, and short by 0, never by
    /// a negative distance.
    @Test func aStrictGoalReachedOnlyByBinaryNoiseIsShortByZero() {
        #expect(Evaluator.shortfall(.number(0.1 + 0.2), .number(0.3), .increase, strict: true) == 0)
    }
}
