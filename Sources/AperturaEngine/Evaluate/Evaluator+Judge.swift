import AperturaExpressions
import AperturaModel
import AperturaSource

/// How one rule judges one self-assessment, in this order: waived, out of scope, condition,
/// phase, then the goal or the check itself.
extension Evaluator {
    func judge(_ item: CompiledRuleSet.CompiledRule, at ruleIndex: Int, _ context: JudgeContext) -> RuleOutcome {
        let rule = item.rule
        let assessment = context.assessment, activation = context.activation, indicators = context.indicators
        let phase = context.phase, next = context.next, asOf = context.asOf
        let reads = context.readRanges.map { readTable.reads(ofRule: ruleIndex, ranges: $0) } ?? []
        let goal = context.goals[ruleIndex]
        let indicatorResult = ruleIndicatorPositions[ruleIndex].map { context.indicatorResults[$0] }
        // The fields every outcome repeats, taken out once: the closure below then captures these
        // rather than the whole rule (a copy of its body on every use).
        let id = rule.id, objective = rule.objective, indicator = rule.indicator, weight = rule.weight, ruleRange = rule.range
        var value = indicatorResult?.value
        func outcome(_ outcome: Outcome) -> RuleOutcome {
            RuleOutcome(rule: id, objective: objective, indicator: indicator, outcome: outcome, value: value,
                        goal: goal, weight: weight, credit: nil, gain: 0, reads: reads, ruleRange: ruleRange)
        }

        if let waiver = policy.waivers.first(where: { $0.institution == assessment.institution.id && $0.rules.contains(rule.id) && asOf <= $0.until }) {
            return outcome(.notApplicable(.waived(until: waiver.until, reason: waiver.reason)))
        }
        let institution = assessment.institution
        let entries = policyEntries[ruleIndex]
        guard rule.appliesTo.matchesIdentity(order: institution.order, kind: institution.kind),
            entries.allSatisfy({ policy.applicability[$0].appliesTo.matchesIdentity(order: institution.order, kind: institution.kind) })
        else { return outcome(.notApplicable(.outOfScope)) }
        for condition in ruleConditions[ruleIndex] {
            switch condition.evaluate(activation) {
            case .success(.bool(true)): continue
            case .success(.bool(false)): return outcome(.notApplicable(.conditionFalse))
            case .success(let other):
                return outcome(.error(LocalizedText(es: "la condición de aplicación dio \(other.typeName), no bool",
                                                    en: "the applicability condition yielded \(other.typeName), not bool")))
            case .failure(let error):
                return outcome(error.isMissingValue ? .notReported(missing: missingPaths(error, indicators)) : .error(error.message))
            }
        }

        switch rule.body {
        case .check(_, let phases):
            if let phases, !phases.contains(phase.phase) { return outcome(.notApplicable(.noGoalInPhase(phase.phase))) }
            guard let check = item.check else { return outcome(.error(LocalizedText(es: "regla sin condición compilada", en: "rule has no compiled check"))) }
            let result = check.evaluate(activation)
            if case .success(.bool(let b)) = result { value = .bool(b) }
            switch result {
            case .success(.bool(true)): return outcome(.met)
            case .success(.bool(false)):
                return outcome(.notMet(Gap(actual: .bool(false), target: .bool(true), distance: 1, goal: nil, deadline: phase.end,
                                           nextGoal: nil, nextDeadline: nil)))
            case .success(let other):
                return outcome(.error(LocalizedText(es: "la comprobación dio \(other.typeName), no bool", en: "the check yielded \(other.typeName), not bool")))
            case .failure(let error):
                return outcome(error.isMissingValue ? .notReported(missing: missingPaths(error, indicators)) : .error(error.message))
            }
        case .goal(_, _, let evidence):
            guard let goal else { return outcome(.notApplicable(.noGoalInPhase(phase.phase))) }
            switch indicatorResult {
            case .notReported(let missing)?: return outcome(.notReported(missing: missing))
            case .error(let message)?: return outcome(.error(message))
            case nil: return outcome(.error(LocalizedText(es: "el indicador no se calculó", en: "the indicator was not computed")))
            case .value(let actual)?:
                let direction = scorer.ruleDirections[ruleIndex] ?? .increase
                if let distance = Self.shortfall(actual, goal.target, direction, strict: goal.strict) {
                    let nextGoal = context.nextGoals?[ruleIndex]
                    return outcome(.notMet(Gap(actual: actual, target: goal.target, distance: distance, goal: goal, deadline: phase.end,
                                               nextGoal: nextGoal, nextDeadline: nextGoal == nil ? nil : next?.end)))
                }
                let lacking = evidence.filter { path in
                    guard case .texts(let items)? = assessment.sections[path.section]?[path.field]?.value else { return true }
                    return items.isEmpty
                }
                return outcome(lacking.isEmpty ? .met : .missingEvidence(fields: lacking.map(\.description)))
            }
        }
    }

    /// How far `actual` falls short of `target`; nil when it reaches it (passes it, for a strict goal).
    static func shortfall(_ actual: IndicatorValue, _ target: Goal.Target, _ direction: Indicator.Direction, strict: Bool = false) -> Double? {
        switch (actual, target) {
        case (.bool(let a), .bool(let t)): return a == t ? nil : 1
        case (.number(let a), .number(let t)):
            let distance = direction == .increase ? t - a : a - t
            // Tolerate the last bits of floating-point noise: 0.1 + 0.2 reaches a goal of 0.3.
            if strict { return distance > -1e-9 ? max(distance, 0) : nil }
            return distance > 1e-9 ? distance : nil
        default: return 1
        }
    }
}
