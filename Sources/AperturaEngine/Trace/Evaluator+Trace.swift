public import AperturaModel
import AperturaSource
import AperturaExpressions

extension Evaluator {
    /// Evaluates `assessment` and reports to `tracer`, step by step, how `rule` judged it: the same steps
    /// `judge` takes (waiver, scope, conditions, phase, goal or check), then the evaluation's own outcome.
    /// Nil when the rule set has no such rule.
    public func trace(
        _ assessment: Assessment, asOf: Day, rule id: RuleID, to tracer: (TraceEvent) -> Void
    ) throws(Failure) -> RuleOutcome? {
        guard let ruleIndex = compiled.rules.firstIndex(where: { $0.rule.id == id }) else { return nil }
        let item = compiled.rules[ruleIndex]
        let evaluation = try evaluate(assessment, asOf: asOf)
        guard let final = evaluation.outcomes.first(where: { $0.rule == id }) else { return nil }
        let rule = item.rule
        let phase = evaluation.phase
        tracer(.phase(asOf: asOf, entry: phase))
        tracer(.rule(rule))
        var activation = compiled.environment.activation(for: assessment)
        for (indicatorID, result) in evaluation.indicators {
            guard let value = result.value, let slot = compiled.environment.indicatorIndex(indicatorID) else { continue }
            let cel: CELValue = switch value {
            case .bool(let b): .bool(b)
            case .number(let x): .double(x)
            }
            compiled.environment.setIndicator(slot, to: cel, in: &activation)
        }
        func finish() -> RuleOutcome {
            tracer(.outcome(final, score: evaluation.score))
            return final
        }

        if let waiver = policy.waivers.first(where: { $0.institution == assessment.institution.id && $0.rules.contains(rule.id) && asOf <= $0.until }) {
            tracer(.waiver(waiver))
            return finish()
        }
        let institution = assessment.institution
        let ruleScope = rule.appliesTo.matchesIdentity(order: institution.order, kind: institution.kind)
        tracer(.scope(applicability: rule.appliesTo, order: institution.order, kind: institution.kind, matches: ruleScope, fromPolicy: false))
        if !ruleScope { return finish() }
        let entries = policyEntries[ruleIndex]
        for entry in entries {
            let appliesTo = policy.applicability[entry].appliesTo
            let matches = appliesTo.matchesIdentity(order: institution.order, kind: institution.kind)
            tracer(.scope(applicability: appliesTo, order: institution.order, kind: institution.kind, matches: matches, fromPolicy: true))
            if !matches { return finish() }
        }
        var conditions: [(ExpressionSource, CELProgram, Bool)] = []
        if let when = rule.appliesTo.when, let program = item.condition { conditions.append((when, program, false)) }
        for entry in entries {
            if let when = policy.applicability[entry].appliesTo.when, let program = policyConditions[entry] { conditions.append((when, program, true)) }
        }
        for (source, program, fromPolicy) in conditions {
            let result = traceResult(program.evaluate(activation), evaluation.indicators)
            tracer(.condition(source, result: result, fromPolicy: fromPolicy))
            if result != .value("true") { return finish() }
        }

        // What the rule reads, then what the indicators it depends on read (through `indicators.x`).
        var reads = final.reads.map(\.path)
        if let indicator = rule.indicator.flatMap(compiled.ruleSet.indicator) {
            for dependency in dependencies(of: indicator) {
                for reference in compiled.indicator(dependency.id)?.reads ?? [] where !reads.contains("\(reference.section).\(reference.field)") {
                    reads.append("\(reference.section).\(reference.field)")
                }
            }
        }
        func emitReads() {
            for path in reads {
                let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
                let answer = parts.count == 2 ? assessment.sections[SectionID(parts[0])]?[parts[1]] : nil
                tracer(.read(path: path, range: answer?.range, value: answer.map { Self.describe($0.value) }))
            }
        }
        switch rule.body {
        case .check(let source, let phases):
            if let phases {
                tracer(.phaseFilter(phases: phases, current: phase.phase, included: phases.contains(phase.phase)))
                if !phases.contains(phase.phase) { return finish() }
            }
            emitReads()
            if let program = item.check { tracer(.check(source, result: traceResult(program.evaluate(activation), evaluation.indicators))) }
        case .goal(let indicatorID, _, let evidence):
            let goal = rule.goal(for: phase.phase)
            tracer(.goal(goal, phase: phase.phase))
            guard let goal else { return finish() }
            emitReads()
            if let indicator = compiled.ruleSet.indicator(indicatorID) {
                for dependency in dependencies(of: indicator) {
                    if let result = evaluation.indicators[dependency.id] { tracer(.indicator(dependency, result: result)) }
                }
                guard let result = evaluation.indicators[indicatorID] else { return finish() }
                tracer(.indicator(indicator, result: result))
                guard let actual = result.value else { return finish() }
                let reached = Self.shortfall(actual, goal.target, indicator.direction, strict: goal.strict) == nil
                tracer(.comparison(actual: actual, target: goal.target, direction: indicator.direction, strict: goal.strict, reached: reached))
                guard reached else { return finish() }
            }
            for path in evidence {
                let answer = assessment.sections[path.section]?[path.field]
                var present = false
                if case .texts(let items)? = answer?.value { present = !items.isEmpty }
                tracer(.evidence(path: path.description, range: answer?.range, present: present))
            }
        }
        return finish()
    }

    /// The indicators an indicator reads through `indicators.x`, deepest first.
    func dependencies(of indicator: Indicator) -> [Indicator] {
        var found: [Indicator] = []
        func visit(_ current: Indicator) {
            for other in compiled.ruleSet.indicators where other.id != current.id && current.value.text.contains("indicators.\(other.id)") {
                guard !found.contains(where: { $0.id == other.id }), other.id != indicator.id else { continue }
                visit(other)
                found.append(other)
            }
        }
        visit(indicator)
        return found
    }

    func traceResult(_ result: Result<CELValue, CELEvaluationError>, _ indicators: [IndicatorID: IndicatorResult]) -> TraceEvent.Result {
        switch result {
        case .success(.bool(let b)): return .value(b ? "true" : "false")
        case .success(let other): return .value(other.typeName)
        case .failure(let error):
            return error.isMissingValue ? .missing(missingPaths(error, indicators)) : .error(error.message)
        }
    }

    /// An answer as a short text: what `explain` prints beside its place.
    static func describe(_ value: AnswerValue.Value) -> String {
        switch value {
        case .bool(let b): b ? "true" : "false"
        case .integer(let n): String(n)
        case .number(let x): IndicatorValue.format(x)
        case .date(let day): day.description
        case .text(let text): "\"\(text)\""
        case .texts(let items): "[\(items.map { "\"\($0)\"" }.joined(separator: ", "))]"
        case .items(let items): "[\(items.count)]"
        }
    }
}
