import AperturaModel
import AperturaSource
import Testing

/// Two goals are the same goal only if a score meets both alike: "above 1" (`strict`) is not "at least 1".
@Suite struct GoalEqualityTests {
    func goal(_ target: Double, strict: Bool) -> Goal {
        Goal(phase: "inicio", target: .number(target), strict: strict, status: .proposed, source: nil,
             rationale: LocalizedText(es: "r", en: "r"), range: SourceRange(at: SourceLocation(file: "rules.yaml", line: 5, column: 9)))
    }

    @Test func strictnessIsPartOfAGoal() {
        #expect(goal(1, strict: false) == goal(1, strict: false))
        #expect(goal(1, strict: true) != goal(1, strict: false))
        #expect(goal(1, strict: false) != goal(2, strict: false))
        #expect(Set([goal(1, strict: true), goal(1, strict: false)]).count == 2)
    }
}
