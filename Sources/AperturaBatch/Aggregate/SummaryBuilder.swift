public import AperturaModel
public import AperturaSource
import AperturaReports

/// Turns the running aggregates into the summary value: names in the run's language, groups in a
/// stable order, population goals evaluated, numbers rounded to six decimals.
public struct SummaryBuilder: Sendable {
    public let ruleSet: RuleSet
    public let policy: Policy
    public let phase: CalendarEntry
    public let asOf: Day
    public let language: Language

    public init(ruleSet: RuleSet, policy: Policy, phase: CalendarEntry, asOf: Day, language: Language) {
        self.ruleSet = ruleSet
        self.policy = policy
        self.phase = phase
        self.asOf = asOf
        self.language = language
    }

    public func build(_ aggregate: BatchAggregate) -> BatchSummary {
        let layout = aggregate.layout
        let bins = BatchAggregate.histogramBins
        let histogram = (0..<bins).map { i in
            BatchSummary.Bin(from: round6(Double(i) / Double(bins)), to: round6(Double(i + 1) / Double(bins)), count: aggregate.histogram[i])
        }
        var levels = layout.levels.map {
            BatchSummary.Count(id: $0.id.rawValue, name: $0.name.text(language), count: aggregate.all.levels[$0.id.rawValue] ?? 0, status: $0.status.rawValue)
        }
        if let none = aggregate.all.levels[""], none > 0 {
            levels.append(BatchSummary.Count(id: "", name: language == .es ? "Sin nivel" : "No level", count: none))
        }
        let quadrants: [BatchSummary.Count] = policy.quadrants.map { q in
            Quadrants.Quadrant.allCases.map { BatchSummary.Count(id: $0.rawValue, name: q.names[$0]?.text(language) ?? $0.rawValue, count: aggregate.quadrants[$0.rawValue] ?? 0) }
        } ?? []
        let stateNames = Dictionary(uniqueKeysWithValues: MexicanState.all.map { ($0.id, $0.name) })
        let byState = groups(aggregate.byState, order: MexicanState.ids + [BatchAggregate.federalKey]) { id in
            id == BatchAggregate.federalKey ? (language == .es ? "Federal (sin entidad)" : "Federal (no state)") : stateNames[id] ?? id
        }
        let byOrder = groups(aggregate.byOrder, order: GovernmentOrder.allCases.map(\.rawValue)) {
            GovernmentOrder(rawValue: $0)?.name.text(language) ?? $0
        }
        let byKind = groups(aggregate.byKind, order: InstitutionKind.allCases.map(\.rawValue)) {
            InstitutionKind(rawValue: $0)?.name.text(language) ?? $0
        }
        let objectives = layout.objectives.enumerated().map { i, o in
            BatchSummary.Mean(id: o.id.rawValue, name: o.name.text(language), unit: nil, mean: mean(aggregate.objectiveSums[i], aggregate.objectiveCounts[i]), count: aggregate.objectiveCounts[i])
        }
        let indicators = layout.indicators.enumerated().map { i, ind in
            BatchSummary.Mean(id: ind.id.rawValue, name: ind.name.text(language), unit: ind.unit.rawValue, mean: mean(aggregate.indicatorSums[i], aggregate.indicatorCounts[i]), count: aggregate.indicatorCounts[i])
        }
        let rules = layout.rules.enumerated().map { i, rule in
            let t = aggregate.rules[i]
            return BatchSummary.RuleStats(
                id: rule.id.rawValue, name: rule.name.text(language), objective: rule.objective.rawValue, applicable: t.applicable,
                met: t.count(.met), notMet: t.count(.notMet), notReported: t.count(.notReported), missingEvidence: t.count(.missingEvidence),
                error: t.count(.error), waived: t.count(.waived), passRate: t.passRate.map(round6))
        }
        let gaps = topGaps(aggregate)
        let all = aggregate.all
        return BatchSummary(
            language: language.rawValue, asOf: asOf.description, phase: phase.phase.rawValue,
            phaseName: ruleSet.phase(phase.phase)?.name.text(language) ?? phase.phase.rawValue,
            phaseStart: phase.start.description, phaseEnd: phase.end.description, phaseStatus: phase.status.rawValue,
            draft: ReportText(language).draftNotice(ruleSet: ruleSet.info.status.rawValue, policy: policy.status.rawValue),
            ruleSet: .init(id: ruleSet.info.id, version: ruleSet.info.version, name: ruleSet.info.name.text(language), status: ruleSet.info.status.rawValue),
            policy: .init(id: policy.id, version: policy.version, name: policy.name.text(language), status: policy.status.rawValue),
            counts: .init(inputs: aggregate.evaluated + aggregate.invalid, evaluated: aggregate.evaluated, invalid: aggregate.invalid,
                          errorRows: aggregate.errorRows, notScored: all.count - all.scored,
                          notReported: aggregate.scoredWithUnreported,
                          warningRows: aggregate.warningRows, withWarnings: aggregate.evaluatedWithWarnings,
                          unreadLines: aggregate.unreadLines),
            score: .init(mean: all.meanScore.map(round6), min: aggregate.minScore.map(round6), max: aggregate.maxScore.map(round6),
                         scored: all.scored, histogram: histogram),
            levels: levels, quadrants: quadrants, byState: byState, byOrder: byOrder, byKind: byKind,
            objectives: objectives, indicators: indicators, rules: rules, topGaps: Array(gaps),
            populationGoals: populationGoals(aggregate), errorCodes: aggregate.errorCodes)
    }

    /// The ten rules most often not met, most frequent first (ties by rule id).
    func topGaps(_ aggregate: BatchAggregate) -> [BatchSummary.Gap] {
        var candidates: [(rule: Rule, tally: RuleTally)] = []
        for (i, rule) in aggregate.layout.rules.enumerated() where aggregate.rules[i].gaps > 0 {
            candidates.append((rule, aggregate.rules[i]))
        }
        candidates.sort { a, b in a.tally.gaps != b.tally.gaps ? a.tally.gaps > b.tally.gaps : a.rule.id < b.rule.id }
        return candidates.prefix(10).map { candidate -> BatchSummary.Gap in
            let t = candidate.tally
            let share: Double? = t.applicable == 0 ? nil : round6(Double(t.gaps) / Double(t.applicable))
            return BatchSummary.Gap(rule: candidate.rule.id.rawValue, name: candidate.rule.name.text(language), count: t.gaps, share: share)
        }
    }

    func populationGoals(_ aggregate: BatchAggregate) -> [BatchSummary.PopulationGoalResult] {
        let layout = aggregate.layout
        return ruleSet.populationGoals.map { goal in
            var actual: Double?
            var population = 0
            let kind: String, of: String
            var unit = Indicator.Unit.ratio.rawValue
            switch goal.aggregate {
            case .mean(let indicator):
                kind = "mean"
                of = indicator.rawValue
                if let i = layout.indicatorIndex[indicator] {
                    unit = layout.indicators[i].unit.rawValue
                    population = aggregate.indicatorCounts[i]
                    actual = mean(aggregate.indicatorSums[i], population)
                }
            case .shareMet(let rule):
                kind = "share_met"
                of = rule.rawValue
                if let i = layout.ruleIndex[rule] {
                    let t = aggregate.rules[i]
                    population = t.applicable
                    actual = t.passRate.map(round6)
                }
            }
            let phaseGoal = goal.goals.first(where: { $0.phase == phase.phase })
            var target: Double?
            if case .number(let x)? = phaseGoal?.target { target = x }
            var met: Bool?
            if let target, let actual {
                met = goal.direction == .increase ? actual >= target : actual <= target
            }
            return BatchSummary.PopulationGoalResult(
                id: goal.id.rawValue, name: goal.name.text(language), aggregate: kind, of: of, direction: goal.direction.rawValue, unit: unit,
                actual: actual, population: population, target: target, status: phaseGoal?.status.rawValue, met: met,
                baseline: goal.baseline?.value, baselineYear: goal.baseline?.year)
        }
    }

    func groups(_ accumulators: [String: GroupAccumulator], order: [String], name: (String) -> String) -> [BatchSummary.Group] {
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return accumulators.keys.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }.map { id in
            let g = accumulators[id]!
            return BatchSummary.Group(id: id, name: name(id), count: g.count, scored: g.scored, meanScore: g.meanScore.map(round6), levels: g.levels)
        }
    }

    func mean(_ sum: Double, _ count: Int) -> Double? { count == 0 ? nil : round6(sum / Double(count)) }
}

/// Six decimals: enough for any index, and stable text in JSON.
/// Six decimals. Past 10^15 a double has no decimals left to round, and scaling it first would take a mean
/// near 1e303 past the range of numbers ("Infinity" in summary.json for a finite mean).
func round6(_ x: Double) -> Double { abs(x) < 1e15 ? (x * 1_000_000).rounded() / 1_000_000 : x }
