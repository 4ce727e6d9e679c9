import AperturaEngine
import AperturaModel
import Testing

/// Outcomes, scores and gaps of the mini rule set, every expected value worked out by hand
/// from Tests/Fixtures/mini (see the comments).
@Suite struct EvaluatorTests {
    func evaluate(_ file: String, asOf: String = "2026-06-30", policy: String? = nil) throws -> Evaluation {
        let evaluator = try Fixtures.evaluator(policy: policy ?? "\(Fixtures.mini)/policy.yaml")
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/\(file)", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day(asOf))
    }

    func outcome(_ evaluation: Evaluation, _ rule: String) -> Outcome? {
        evaluation.outcomes.first(where: { $0.rule.rawValue == rule })?.outcome
    }

    @Test func municipalityInPhaseOne() throws {
        let e = try evaluate("municipio.yaml")
        #expect(e.phase.phase == "p1")
        // flag is true and reaches its goal, but the required evidence a.acta is an empty list.
        #expect(outcome(e, "r_flag") == .missingEvidence(fields: ["a.acta"]))
        // 2 of 4 items ok: 0.5 reaches the goal 0.5.
        #expect(outcome(e, "r_share") == .met)
        // b.r = 0.4 against 0.6: short by 0.2, due by the end of p1, no goal in p2.
        let gap = try #require(outcome(e, "r_r")?.gap)
        #expect(abs(gap.distance - 0.2) < 1e-12)
        #expect(gap.deadline == Fixtures.day("2027-12-31"))
        #expect(gap.nextGoal == nil)
        // population 100000 >= 70000, and 0.4 reaches 0.3.
        #expect(outcome(e, "r_when") == .met)
        #expect(outcome(e, "r_p2only") == .notApplicable(.noGoalInPhase("p1")))
        #expect(outcome(e, "r_check") == .met)
        // a.n / 0 is an integer division by zero: an error, never a pass.
        #expect(outcome(e, "r_err")?.code == "error")
    }

    @Test func municipalityScores() throws {
        let e = try evaluate("municipio.yaml")
        // o1: r_flag (w 2, credit 0) and r_share (w 1, credit 1): 1/3.
        // o2: r_r 0, r_when 1, r_check 1, r_err 0: 2/4.
        #expect(abs((e.objectives.first { $0.objective == "o1" }?.score ?? -1) - 1.0 / 3.0) < 1e-12)
        #expect(abs((e.objectives.first { $0.objective == "o2" }?.score ?? -1) - 0.5) < 1e-12)
        // Overall: (1/3 + 1/2) / 2 = 5/12; below 0.5, so level "bajo".
        #expect(abs((e.score ?? -1) - 5.0 / 12.0) < 1e-12)
        #expect(e.level == "bajo")
        // Plain ratio: 3 met (r_share, r_when, r_check) of 6 that apply.
        #expect(e.ratio == 0.5)
    }

    @Test func gapsAreOrderedByGainThenShortfallThenDeadlineThenRule() throws {
        let e = try evaluate("municipio.yaml")
        // Gains: r_flag 1/2 · 2·1/3 = 1/3; r_r and r_err 1/2 · 1/4 = 1/8 each. Of those two, r_r falls 0.2 short of
        // its goal 0.6 (a third of it missing); r_err, an error, has no shortfall and comes after.
        #expect(e.gaps.map(\.rule.rawValue) == ["r_flag", "r_r", "r_err"])
        #expect(abs((e.gaps[1].outcome.gap?.shortfall ?? -1) - 0.2 / 0.6) < 1e-12)
        let gains = e.gaps.map(\.gain)
        #expect(abs(gains[0] - 1.0 / 3.0) < 1e-12)
        #expect(abs(gains[1] - 0.125) < 1e-12)
        #expect(abs(gains[2] - 0.125) < 1e-12)
    }

    @Test func partyOutOfScopeAndMissingPopulation() throws {
        let e = try evaluate("partido.yaml")
        // A party is not a municipality: r_r does not apply.
        #expect(outcome(e, "r_r") == .notApplicable(.outOfScope))
        // The party gives no population: the condition cannot be decided, so "not reported". Its indicator `r`
        // reads `b.r`, which the party leaves out too: the rule lacks both, the header's field first.
        #expect(outcome(e, "r_when") == .notReported(missing: ["institution.population", "b.r"]))
        // Flag false against true: not met.
        #expect(outcome(e, "r_flag")?.code == "not_met")
        // No items: the guarded share is 0.0 against 0.5.
        #expect(abs((outcome(e, "r_share")?.gap?.distance ?? -1) - 0.5) < 1e-12)
        // Section b is not answered at all: derived indicators are not reported either.
        #expect(e.indicators["r"] == .notReported(missing: ["b.r"]))
        #expect(e.indicators["doubled"] == .notReported(missing: ["b.r"]))
    }

    @Test func phaseTwoGoals() throws {
        let e = try evaluate("municipio.yaml", asOf: "2029-03-01")
        #expect(e.phase.phase == "p2")
        // 0.5 against the p2 goal 0.8.
        #expect(abs((outcome(e, "r_share")?.gap?.distance ?? -1) - 0.3) < 1e-12)
        // r_p2only now applies: 0.5 against 0.9.
        #expect(abs((outcome(e, "r_p2only")?.gap?.distance ?? -1) - 0.4) < 1e-12)
        // r_flag and r_r set no goal in p2.
        #expect(outcome(e, "r_flag") == .notApplicable(.noGoalInPhase("p2")))
    }

    @Test func asOfOutsideTheCalendarIsRefused() throws {
        // The mini policy's calendar: p1 from 2025-01-01 to 2027-12-31, p2 from 2028-01-01 to 2030-12-31.
        let calendar = Fixtures.day("2025-01-01")...Fixtures.day("2030-12-31")
        #expect(throws: Evaluator.Failure.noPhase(Fixtures.day("2024-12-31"), calendar: calendar)) {
            try evaluate("municipio.yaml", asOf: "2024-12-31")
        }
        #expect(Evaluator.Failure.noPhase(Fixtures.day("2024-12-31"), calendar: calendar).message.es
            == "la fecha de corte 2024-12-31 no cae en ninguna fase del calendario de la política (el calendario va del 2025-01-01 al 2030-12-31)")
    }

    @Test func derivedIndicatorReadsAnother() throws {
        let e = try evaluate("municipio.yaml")
        #expect(e.indicators["doubled"] == .value(.number(0.8)))
    }

    /// An indicator that reads one that failed fails too: its answers are there, so "not reported" would send
    /// the institution looking for answers it gave.
    @Test func anIndicatorReadingAFailedOneIsAnError() throws {
        let e = try evaluate("municipio.yaml")
        guard case .error(let own)? = e.indicators["broken"], case .error(let message)? = e.indicators["after_broken"] else {
            Issue.record("both must be errors: \(String(describing: e.indicators["broken"])), \(String(describing: e.indicators["after_broken"]))")
            return
        }
        #expect(message.es == "el indicador «broken», del que depende, no se pudo calcular: \(own.es)")
        #expect(message.en == "indicator 'broken', which it depends on, could not be computed: \(own.en ?? "")")
    }

    @Test func evaluationIsReproducible() throws {
        #expect(try evaluate("municipio.yaml") == evaluate("municipio.yaml"))
    }

    @Test func aPhaseRunsFromItsStartToItsEndBothIncluded() throws {
        // The mini calendar: p1 from 2025-01-01 to 2027-12-31, p2 from 2028-01-01 (FORMAT.md: each phase
        // starts the day after the previous one ends, so no day falls between them).
        #expect(try evaluate("municipio.yaml", asOf: "2025-01-01").phase.phase == "p1")
        #expect(try evaluate("municipio.yaml", asOf: "2027-12-31").phase.phase == "p1")
        #expect(try evaluate("municipio.yaml", asOf: "2028-01-01").phase.phase == "p2")
    }

    @Test func aGapNamesTheNextDeadlineOnlyWithANextGoal() throws {
        // r_r (municipio, 0.4 against 0.6) sets no goal in p2: neither a next goal nor its deadline.
        let r = try #require(outcome(try evaluate("municipio.yaml"), "r_r")?.gap)
        #expect(r.nextGoal == nil)
        #expect(r.nextDeadline == nil)
        // r_share (partido, 0.0 against 0.5) has 0.8 in p2, due by the end of p2.
        let share = try #require(outcome(try evaluate("partido.yaml"), "r_share")?.gap)
        #expect(share.nextGoal?.target == .number(0.8))
        #expect(share.nextDeadline == Fixtures.day("2030-12-31"))
    }
}
