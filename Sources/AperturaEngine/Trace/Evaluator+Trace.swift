public import AperturaModel
import AperturaSource
import AperturaExpressions

extension Evaluator {
    /// Evaluates `assessment` and reports to `tracer`, as the judge takes them, the steps by which `rule`
    /// was judged (waiver, scope, conditions, phase, goal or check), then the evaluation's own outcome with
    /// its credit and gain. Nil when the rule set has no such rule.
    public func trace(
        _ assessment: Assessment, asOf: Day, rule id: RuleID, to tracer: (TraceEvent) -> Void
    ) throws(Failure) -> RuleOutcome? {
        guard let ruleIndex = compiled.rules.firstIndex(where: { $0.rule.id == id }) else { return nil }
        let evaluation = try withoutActuallyEscaping(tracer) { tracer throws(Failure) in
            try evaluate(assessment, asOf: asOf, detail: .full, traced: (ruleIndex, tracer))
        }
        let final = evaluation.outcomes[ruleIndex]
        tracer(.outcome(final, score: evaluation.score))
        return final
    }

    /// The answers a traced rule reads, then those that the indicators it depends on read.
    func emitReads(of item: CompiledRuleSet.CompiledRule, reads: [AnswerRead], in assessment: Assessment, to emit: (TraceEvent) -> Void) {
        var paths = reads.map(\.path)
        if let indicator = item.rule.indicator {
            for dependency in dependencies(of: indicator) {
                for read in compiled.indicator(dependency.id)?.reads ?? [] where !paths.contains(read.path) { paths.append(read.path) }
            }
        }
        for path in item.periodReads + (item.rule.indicator.map { dependencies(of: $0) } ?? []).flatMap({ compiled.indicator($0.id)?.periodReads ?? [] })
        where !paths.contains(path) {
            paths.append(path)
        }
        for path in paths {
            if let day = assessment.periodDay(of: path) {
                emit(.read(path: path, range: assessment.periodRange(of: path), value: day.description))
                continue
            }
            let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
            let answer = parts.count == 2 ? assessment.sections[SectionID(parts[0])]?[parts[1]] : nil
            emit(.read(path: path, range: answer?.range, value: answer.map { Self.describe($0.value) }))
        }
    }

    /// The indicators a traced rule's indicator depends on, then the indicator itself, with their results.
    func emitIndicators(_ id: IndicatorID, _ results: IndicatorResults, to emit: (TraceEvent) -> Void) {
        guard let indicator = compiled.ruleSet.indicator(id) else { return }
        for dependency in dependencies(of: id) {
            if let result = results[dependency.id] { emit(.indicator(dependency, result: result)) }
        }
        if let result = results[id] { emit(.indicator(indicator, result: result)) }
    }

    /// The indicators an indicator reads through `indicators.x`, deepest first, in rule-set order.
    func dependencies(of id: IndicatorID) -> [Indicator] {
        var found: [Indicator] = []
        func visit(_ current: IndicatorID) {
            let direct = Set(compiled.indicator(current)?.dependencies ?? [])
            for other in compiled.ruleSet.indicators where direct.contains(other.id) && other.id != id {
                guard !found.contains(where: { $0.id == other.id }) else { continue }
                visit(other.id)
                found.append(other)
            }
        }
        visit(id)
        return found
    }

    func traceResult(_ result: Result<CELValue, CELEvaluationError>, _ indicators: IndicatorResults) -> TraceEvent.Result {
        switch result {
        case .success(.bool(let b)): return .value(b ? "true" : "false")
        case .success(let other): return .value(other.typeName)
        case .failure(let error):
            switch failure(error, indicators) {
            case .notReported(let missing): return .missing(missing)
            case .error(let message): return .error(message)
            case .value: return .error(error.message)
            }
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
        // One `{…}` per item: `[2]` read as a list holding the number 2. A long list gives its count.
        case .items(let items): items.count > 3 ? "[{…} ×\(items.count)]" : "[" + Array(repeating: "{…}", count: items.count).joined(separator: ", ") + "]"
        }
    }
}
