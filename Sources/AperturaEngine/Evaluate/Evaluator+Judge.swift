import AperturaExpressions
import AperturaLoader
import AperturaModel
import AperturaSource

/// How one rule judges one self-assessment, in this order: waived, out of scope, condition,
/// phase, then the goal or the check itself. When the rule is traced, each step is reported as it is taken:
/// `explain` shows exactly the path the evaluation took.
extension Evaluator {
    func judge(_ item: CompiledRuleSet.CompiledRule, at ruleIndex: Int, _ context: JudgeContext) -> RuleOutcome {
        // The rule is read through `item` (a class) field by field, never copied out whole: a copy
        // would retain every string it holds, for every rule of every self-assessment.
        let assessment = context.assessment, scope = context.scope, indicators = context.indicators
        let phase = context.phase, next = context.next, asOf = context.asOf
        // The period's dates after the form's answers: where a gap is placed (the first answer written) stays in the form.
        let reads = context.readRanges.map {
            readTable.reads(ofRule: ruleIndex, ranges: $0) + item.periodReads.map { AnswerRead(path: $0, range: assessment.periodRange(of: $0)) }
        } ?? []
        let goal = context.goals[ruleIndex]
        let indicatorResult = ruleIndicatorPositions[ruleIndex].map { context.indicators.ordered[$0] }
        let facts = item.facts, id = facts.rule
        var value = indicatorResult?.value
        let emit = context.traced.flatMap { $0.rule == ruleIndex ? $0.tracer : nil }
        emit?(.phase(asOf: asOf, entry: phase))
        emit?(.rule(item.rule))
        func outcome(_ outcome: Outcome, failedCondition: FailedCondition? = nil) -> RuleOutcome {
            RuleOutcome(facts: facts, outcome: outcome, value: value, goal: goal, reads: reads, failedCondition: failedCondition)
        }
        /// Not reported: the answers the evaluation found missing, with every other answer the rule needs that is.
        func notReported(_ named: [String]) -> Outcome {
            var named = named
            if case .notReported(let lacking)? = indicatorResult { named += lacking }
            return .notReported(missing: UnreportedAnswers.list(named, reads: item.neededReads, items: item.neededItemReads,
                                                                optional: item.optionalReads, in: assessment, form: compiled.form))
        }
        /// What a condition or check that could not be evaluated stands for.
        func failed(_ error: CELEvaluationError) -> Outcome {
            let result = failure(error, indicators)
            if case .notReported(let missing) = result { return notReported(missing) }
            return Self.outcome(result)
        }
        /// The first of `conjuncts` that is false, for a report to place the gap at the answers it reads; looked
        /// for only when reads are wanted, as only reports show it.
        func firstFalse(_ conjuncts: [CompiledConjunct]) -> FailedCondition? {
            guard context.readRanges != nil else { return nil }
            return failedCondition(conjuncts, scope: scope, indicators: indicators, in: assessment)
        }

        if let waiver = policy.waivers.first(where: { $0.institution == assessment.institution.id && $0.rules.contains(id) && asOf <= $0.until }) {
            emit?(.waiver(waiver))
            return outcome(.notApplicable(.waived(until: waiver.until, reason: waiver.reason, source: waiver.source)))
        }
        let institution = assessment.institution
        func inScope(_ applicability: Applicability, fromPolicy: Bool) -> Bool {
            let matches = applicability.matchesIdentity(order: institution.order, kind: institution.kind)
            emit?(.scope(applicability: applicability, order: institution.order, kind: institution.kind, matches: matches, fromPolicy: fromPolicy))
            return matches
        }
        /// A policy entry that leaves the rule out says why, and in which phase when it holds only in some.
        func exemption(_ entry: Int) -> Outcome {
            let entry = policy.applicability[entry]
            return .notApplicable(.policyExemption(reason: entry.reason, phase: entry.phases == nil ? nil : phase.phase, source: entry.source))
        }
        // The policy's entries that hold in the current phase (an exemption of the first phase does not hold after it).
        func holds(_ entry: Int) -> Bool { policy.applicability[entry].holds(in: phase.phase) }
        guard inScope(item.rule.appliesTo, fromPolicy: false) else { return outcome(.notApplicable(.outOfScope)) }
        for entry in policyEntries[ruleIndex] where holds(entry) && !inScope(policy.applicability[entry].appliesTo, fromPolicy: true) {
            return outcome(exemption(entry))
        }
        for condition in ruleConditions[ruleIndex] where condition.entry.map(holds) ?? true {
            let result = condition.program.evaluate(in: scope)
            if let emit { emit(.condition(condition.source, result: traceResult(result, indicators), fromPolicy: condition.fromPolicy)) }
            switch result {
            case .success(.bool(true)): continue
            case .success(.bool(false)): return outcome(condition.entry.map(exemption) ?? .notApplicable(.conditionFalse))
            case .success(let other):
                return outcome(.error(LocalizedText(es: "la condición de aplicación dio \(other.typeName), no bool",
                                                    en: "the applicability condition yielded \(other.typeName), not bool")))
            case .failure(let error):
                return outcome(failed(error))
            }
        }

        switch item.rule.body {
        case .check(let source, let phases, let evidence):
            if let phases {
                emit?(.phaseFilter(phases: phases, current: phase.phase, included: phases.contains(phase.phase)))
                if !phases.contains(phase.phase) { return outcome(.notApplicable(.noGoalInPhase(phase.phase))) }
            }
            if let emit { emitReads(of: item, reads: reads, in: assessment, to: emit) }
            guard let check = item.check else { return outcome(.error(LocalizedText(es: "regla sin condición compilada", en: "rule has no compiled check"))) }
            let result = check.evaluate(in: scope)
            let failedOutcome: Outcome? = if case .failure(let error) = result { failed(error) } else { nil }
            // Missing answers as the outcome lists them: all of them, not only the one the check stopped at.
            if let emit { emit(.check(source, result: failedOutcome.map(Self.traceResult) ?? traceResult(result, indicators))) }
            if case .success(.bool(let b)) = result { value = .bool(b) }
            switch result {
            case .success(.bool(true)): return outcome(missingEvidence(evidence, in: assessment, emit: emit))
            case .success(.bool(false)):
                return outcome(.notMet(Gap(actual: .bool(false), target: .bool(true), distance: 1, goal: nil, deadline: phase.end,
                                           nextGoal: nil, nextDeadline: nil)),
                               failedCondition: firstFalse(item.checkConjuncts))
            case .success(let other):
                return outcome(.error(LocalizedText(es: "la comprobación dio \(other.typeName), no bool", en: "the check yielded \(other.typeName), not bool")))
            case .failure(let error):
                return outcome(failedOutcome ?? failed(error))
            }
        case .goal(let indicatorID, _, let evidence):
            emit?(.goal(goal, phase: phase.phase))
            guard let goal else { return outcome(.notApplicable(.noGoalInPhase(phase.phase))) }
            if let emit {
                emitReads(of: item, reads: reads, in: assessment, to: emit)
                emitIndicators(indicatorID, indicators, to: emit)
            }
            switch indicatorResult {
            case .notReported?: return outcome(notReported([]))
            case .error(let message)?:
                // An indicator whose `valid_when` fails: the gap goes to the answer of its condition that is false.
                let validity = ruleIndicatorPositions[ruleIndex].map { compiled.indicatorOrder[$0].validityConjuncts }
                return outcome(.error(message), failedCondition: validity.flatMap(firstFalse))
            case nil: return outcome(.error(LocalizedText(es: "el indicador no se calculó", en: "the indicator was not computed")))
            case .value(let actual)?:
                let direction = scorer.ruleDirections[ruleIndex] ?? .increase
                let distance = Self.shortfall(actual, goal.target, direction, strict: goal.strict)
                emit?(.comparison(actual: actual, target: goal.target, direction: direction, strict: goal.strict, reached: distance == nil))
                if let distance {
                    let nextGoal = context.nextGoals?[ruleIndex]
                    // A yes/no indicator that is false: which of its conditions made it so.
                    let conjuncts = actual == .bool(false) ? ruleIndicatorPositions[ruleIndex].map { compiled.indicatorOrder[$0].conjuncts } : nil
                    return outcome(.notMet(Gap(actual: actual, target: goal.target, distance: distance, goal: goal, deadline: phase.end,
                                               nextGoal: nextGoal, nextDeadline: nextGoal == nil ? nil : next?.end)),
                                   failedCondition: conjuncts.flatMap(firstFalse))
                }
                return outcome(missingEvidence(evidence, in: assessment, emit: emit))
            }
        }
    }

    /// `.met`, or `.missingEvidence` naming the `evidence` fields with no real entry ("N/A" or "pendiente" in an
    /// evidence list is no evidence: `validate` warns of it).
    func missingEvidence(_ evidence: [FieldPath], in assessment: Assessment, emit: ((TraceEvent) -> Void)?) -> Outcome {
        let lacking = evidence.filter { path in
            let answer = assessment.sections[path.section]?[path.field]
            var present = false
            if case .texts(let items)? = answer?.value { present = items.contains { !PlaceholderEvidence.matches($0) } }
            emit?(.evidence(path: path.description, range: answer?.range, present: present))
            return !present
        }
        return lacking.isEmpty ? .met : .missingEvidence(fields: lacking.map(\.description))
    }

    /// An outcome that is not a value, as `explain` shows a check's result.
    static func traceResult(_ outcome: Outcome) -> TraceEvent.Result {
        switch outcome {
        case .notReported(let missing): .missing(missing)
        case .error(let message): .error(message)
        default: .error(LocalizedText(es: "resultado inesperado", en: "unexpected result"))
        }
    }

    /// The outcome of a rule whose condition or check failed.
    static func outcome(_ failure: IndicatorResult) -> Outcome {
        switch failure {
        case .notReported(let missing): .notReported(missing: missing)
        case .error(let message): .error(message)
        case .value: .error(LocalizedText(es: "resultado inesperado", en: "unexpected result"))
        }
    }

    /// How far `actual` falls short of `target`; nil when it reaches it (passes it, for a strict goal).
    static func shortfall(_ actual: IndicatorValue, _ target: Goal.Target, _ direction: Indicator.Direction, strict: Bool = false) -> Double? {
        switch (actual, target) {
        case (.bool(let a), .bool(let t)): return a == t ? nil : 1
        case (.number(let a), .number(let t)):
            let distance = direction == .increase ? t - a : a - t
            // Tolerate the last bits of floating-point noise: 0.1 + 0.2 reaches a goal of 0.3.
            if strict { return distance > -NumericTolerance.epsilon ? max(distance, 0) : nil }
            return distance > NumericTolerance.epsilon ? distance : nil
        default: return 1
        }
    }
}
