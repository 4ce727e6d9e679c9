public import AperturaModel
public import AperturaSource
public import AperturaExpressions
import AperturaLoader

/// Evaluates self-assessments against a compiled rule set under a policy.
///
/// `evaluate` is a pure function of its inputs: the as-of date is an argument, there is no clock
/// inside, so the same inputs always give the same evaluation.
public struct Evaluator: Sendable {
    public let compiled: CompiledRuleSet
    public let policy: Policy
    /// Compiled `when` conditions of the policy's applicability entries, in order.
    let policyConditions: [CELProgram?]
    /// For each rule (in compiled order), the indexes of the policy's applicability entries that cover it.
    let policyEntries: [[Int]]
    /// For each rule: its `when` condition, then those of the policy entries that cover it, absent ones
    /// left out; worked out once rather than for every rule of every self-assessment.
    let ruleConditions: [[RuleCondition]]
    /// The scoring tables, built once.
    let scorer: Scorer
    /// The answers the rules read, built once.
    let readTable: ReadTable
    /// The rules' goals by phase, built once.
    let goalTable: GoalTable
    /// For each rule: the position in `compiled.indicatorOrder` of its indicator (nil for checks).
    let ruleIndicatorPositions: [Int?]

    /// Nil, with diagnostics, when the policy does not fit the rule set or its conditions do not compile.
    public static func make(_ compiled: CompiledRuleSet, policy: Policy, limits: CELLimits = .default) -> (Evaluator?, [Diagnostic]) {
        var diagnostics = PolicyValidator.check(policy, against: compiled.ruleSet)
        var conditions: [CELProgram?] = []
        for entry in policy.applicability {
            guard let when = entry.appliesTo.when else {
                conditions.append(nil)
                continue
            }
            let (program, diagnostic) = RuleSetCompiler.compileChecked(when, environment: compiled.environment, limits: limits, expecting: .bool)
            conditions.append(program)
            if let diagnostic { diagnostics.append(diagnostic) }
        }
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }
        let entries = compiled.rules.map { item in policy.applicability.indices.filter { policy.applicability[$0].covers(rule: item.rule) } }
        let ruleConditions = compiled.rules.indices.map { index in
            let rule = compiled.rules[index]
            let own = zip(rule.rule.appliesTo.when, rule.condition).map { RuleCondition(program: $1, source: $0, entry: nil) }
            let fromPolicy = entries[index].compactMap { entry in
                zip(policy.applicability[entry].appliesTo.when, conditions[entry]).map { RuleCondition(program: $1, source: $0, entry: entry) }
            }
            return (own.map { [$0] } ?? []) + fromPolicy
        }
        let rules = compiled.rules.map(\.rule)
        let scorer = Scorer(policy: policy, ruleSet: compiled.ruleSet, rules: rules)
        // The last match, as the results dictionary keeps the last indicator of an id.
        let positions = rules.map { rule in rule.indicator.flatMap { id in compiled.indicatorOrder.lastIndex(where: { $0.indicator.id == id }) } }
        return (Evaluator(compiled: compiled, policy: policy, policyConditions: conditions, policyEntries: entries,
                          ruleConditions: ruleConditions, scorer: scorer, readTable: ReadTable(rules: compiled.rules.map(\.reads)),
                          goalTable: GoalTable(rules: rules, calendar: policy.calendar), ruleIndicatorPositions: positions), diagnostics)
    }

    public enum Failure: Error, Hashable, Sendable {
        /// The as-of date falls in no phase of the policy's calendar, which runs over `calendar` (nil when empty).
        case noPhase(Day, calendar: ClosedRange<Day>?)
        /// The as-of date falls between two phases: inside the calendar's span, in a gap no phase covers.
        case inGap(Day, CalendarGap)

        /// The failure for `day`, which falls in no phase of `policy`: the gap it falls in, when it falls between phases.
        public static func outOfCalendar(_ day: Day, policy: Policy, ruleSet: RuleSet) -> Failure {
            CalendarGap(around: day, in: policy, ruleSet: ruleSet).map { .inGap(day, $0) } ?? .noPhase(day, calendar: policy.calendarSpan)
        }

        /// The stable code of this failure, wherever it is said (`errors.csv` of a batch, a command's usage error).
        public static let code = "no_phase"

        /// The usage error a command gives: the message with its code, as the other refusals end (`[output_is_input]`).
        public func usageText(_ language: Language) -> String {
            message.text(language) + " [\(Self.code)]"
        }

        /// What to tell the user: one wording for every command that evaluates, with the dates the calendar covers.
        public var message: LocalizedText {
            switch self {
            case .noPhase(let day, let calendar):
                let es = calendar.map { " (el calendario va del \($0.lowerBound) al \($0.upperBound))" } ?? ""
                let en = calendar.map { " (the calendar runs from \($0.lowerBound) to \($0.upperBound))" } ?? ""
                return LocalizedText(es: "la fecha de corte \(day) no cae en ninguna fase del calendario de la política" + es,
                                     en: "the as-of date \(day) falls in no phase of the policy's calendar" + en)
            case .inGap(let day, let gap):
                return LocalizedText(es: "la fecha de corte \(day) no cae en ninguna fase del calendario de la política: " + gap.message.es,
                                     en: "the as-of date \(day) falls in no phase of the policy's calendar: " + gap.message.text(.en))
            }
        }
    }

    /// How much of an evaluation to build.
    public enum Detail: Hashable, Sendable {
        /// Everything.
        case full
        /// Everything but what each rule read (`RuleOutcome.reads` left empty): only reports show it,
        /// and finding every answer's place is a good part of judging the rules.
        case withoutReads
    }

    public func evaluate(_ assessment: Assessment, asOf: Day, detail: Detail = .full) throws(Failure) -> Evaluation {
        try evaluate(assessment, asOf: asOf, detail: detail, traced: nil)
    }

    /// The evaluation; when `traced` names a rule, the steps of its judgement go to the tracer as they are taken.
    func evaluate(
        _ assessment: Assessment, asOf: Day, detail: Detail, traced: (rule: Int, tracer: (TraceEvent) -> Void)?
    ) throws(Failure) -> Evaluation {
        guard let phase = policy.phase(on: asOf) else { throw .outOfCalendar(asOf, policy: policy, ruleSet: compiled.ruleSet) }
        let nextPhase = policy.phase(after: phase)
        // One scope for every expression judged here: one evaluation context instead of one per expression.
        let scope = CELScope(compiled.environment.activation(for: assessment), locals: compiled.maxLocals)
        let indicators = computeIndicators(scope, assessment)
        let context = JudgeContext(
            assessment: assessment, scope: scope, indicators: indicators,
            readRanges: detail == .full ? readTable.ranges(in: assessment) : nil, goals: goalTable.goals(in: phase.phase),
            nextGoals: nextPhase.map { goalTable.goals(in: $0.phase) }, phase: phase, next: nextPhase, asOf: asOf,
            traced: traced)
        var outcomes = compiled.rules.indices.map { index in judge(compiled.rules[index], at: index, context) }
        let objectives = scorer.apply(to: &outcomes)
        let weighted = scorer.overall(objectives)
        // Counted in place: filtering would copy every outcome.
        let applicable = outcomes.count(where: \.outcome.isApplicable)
        let ratio = applicable == 0 ? nil : Double(outcomes.count(where: \.outcome.isMet)) / Double(applicable)
        let score: Double?
        switch policy.scoring.model {
        case .weightedRules: score = weighted
        case .indicator(let id): score = indicators[id]?.value?.number
        }
        var quadrant: Quadrants.Quadrant?
        if let quadrants = policy.quadrants, let x = indicators[quadrants.x]?.value?.number, let y = indicators[quadrants.y]?.value?.number {
            quadrant = quadrants.quadrant(x: x, y: y)
        }
        var evaluation = Evaluation(
            institution: assessment.institution, file: assessment.file, asOf: asOf, phase: phase, nextPhase: nextPhase,
            outcomes: outcomes, indicators: indicators, objectives: objectives, score: score, weightedScore: weighted,
            ratio: ratio, level: score.flatMap { policy.level(for: $0)?.id }, quadrant: quadrant)
        evaluation.periodStart = assessment.periodStart
        evaluation.periodEnd = assessment.periodEnd
        if let end = assessment.periodEnd, end < phase.start {
            evaluation.periodBeforePhase = PeriodBeforePhase.warning(end: end, asOf: asOf, phase: phase, policy: policy,
                                                                    ruleSet: compiled.ruleSet, at: nil)
        }
        return evaluation
    }

    /// Every indicator, in dependency order; each value is made visible to the indicators after it.
    private func computeIndicators(_ scope: CELScope, _ assessment: Assessment) -> IndicatorResults {
        var ordered: [IndicatorResult] = []
        ordered.reserveCapacity(compiled.indicatorOrder.count)
        for item in compiled.indicatorOrder {
            var result: IndicatorResult
            switch item.program.evaluate(in: scope) {
            case .success(let value):
                switch (value, item.indicator.unit) {
                case (.bool(let b), .boolean): result = .value(.bool(b))
                case (.int(let n), let unit) where unit != .boolean: result = .value(.number(Double(n)))
                case (.uint(let n), let unit) where unit != .boolean: result = .value(.number(Double(n)))
                case (.double(let x), let unit) where unit != .boolean && x.isFinite: result = .value(.number(x))
                case (.double(let x), let unit) where unit != .boolean:
                    // A double divided by zero is infinite (or NaN) in CEL, not an error: said as what it is.
                    let (es, en) = x.isNaN ? ("NaN", "NaN") : x > 0 ? ("infinito", "infinity") : ("menos infinito", "minus infinity")
                    result = .error(LocalizedText(es: "el indicador dio \(es), no un número: revise si su fórmula divide entre cero",
                                                  en: "the indicator yielded \(en), not a number: check whether its formula divides by zero"))
                default:
                    result = .error(LocalizedText(es: "el indicador dio un valor de tipo \(value.typeName) que no corresponde a su unidad",
                                                  en: "the indicator yielded a \(value.typeName) value that does not fit its unit"))
                }
            case .failure(let error):
                let sofar = IndicatorResults(index: compiled.indicatorIndex, ordered: ordered)
                result = failure(error, sofar)
                result = unreported(result, of: item, sofar, assessment)
            }
            if case .value = result, let validity = item.validity {
                result = checkValidity(validity, of: item, scope, assessment, sofar: ordered) ?? result
            }
            if case .value(.number(let x)) = result, let outside = Self.outsideUnit(x, item.indicator.unit) { result = outside }
            if case .value(let value) = result {
                let cel: CELValue = switch value {
                case .bool(let b): .bool(b)
                case .number(let x): .double(x)
                }
                compiled.environment.setIndicator(item.slotIndex, to: cel, in: scope)
            }
            ordered.append(result)
        }
        return IndicatorResults(index: compiled.indicatorIndex, ordered: ordered)
    }

    /// A `notReported` result with every answer the indicator lacks: its own, and those of the indicators it reads
    /// that lack some, as the form lists them. Any other result as it is.
    private func unreported(
        _ result: IndicatorResult, of item: CompiledRuleSet.CompiledIndicator, _ sofar: IndicatorResults, _ assessment: Assessment
    ) -> IndicatorResult {
        guard case .notReported(var named) = result else { return result }
        for dependency in item.dependencies { if case .notReported(let lacking)? = sofar[dependency] { named += lacking } }
        return .notReported(missing: UnreportedAnswers.list(named, reads: item.reads, items: item.itemReads,
                                                             optional: item.optionalReads, in: assessment, form: compiled.form))
    }

    /// What an indicator's `valid_when` says of its value: nil when it holds; an error naming the condition that
    /// fails (the first false one of an `&&` chain) when the answers contradict one another; not reported, like
    /// the value, when it reads an answer that is missing. Evaluated only for a value, and only when written.
    private func checkValidity(
        _ validity: CELProgram, of item: CompiledRuleSet.CompiledIndicator, _ scope: CELScope, _ assessment: Assessment,
        sofar ordered: [IndicatorResult]
    ) -> IndicatorResult? {
        switch validity.evaluate(in: scope) {
        case .success(.bool(true)): return nil
        case .success(.bool(false)):
            let failed = item.validityConjuncts.first { if case .success(.bool(false)) = $0.program.evaluate(in: scope) { true } else { false } }
            let condition = failed?.text ?? item.indicator.validWhen.map { Self.oneLine($0.text) } ?? ""
            return .error(LocalizedText(es: "las respuestas de las que se calcula se contradicen: no se cumple \(condition)",
                                        en: "the answers it is computed from contradict one another: \(condition) does not hold"))
        case .success(let other):
            return .error(LocalizedText(es: "la condición valid_when dio \(other.typeName), no bool", en: "the valid_when condition yielded \(other.typeName), not bool"))
        case .failure(let error):
            let sofar = IndicatorResults(index: compiled.indicatorIndex, ordered: ordered)
            return unreported(failure(error, sofar), of: item, sofar, assessment)
        }
    }

    /// Folded YAML text (a condition, a formula or a rationale written over several lines) on one line, as messages
    /// and `explain` show it.
    public static func oneLine(_ text: String) -> String {
        text.split(separator: "\n").map { line in line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed() }
            .map { String($0) }.joined(separator: " ")
    }

    /// A value its unit cannot take (a ratio of 1.4, a negative count) comes from answers that contradict one
    /// another (more requests answered on time than received) or from a wrong formula (a count with `unit: ratio`):
    /// an error, never a value that could meet a goal. The subject cannot tell which, so it is told both: check the
    /// answers, and if they are right, tell the authority, whose formula it then is.
    /// Past a bound by rounding alone (a sum of weighted ratios at 1.0000000000000002), it is that bound.
    static func outsideUnit(_ x: Double, _ unit: Indicator.Unit) -> IndicatorResult? {
        guard let range = UnitRange(unit), !range.contains(x) else { return nil }
        let tolerance = 1e-9 * max(1, range.high ?? 1)
        if x < range.low, x >= range.low - tolerance { return .value(.number(range.low)) }
        if let high = range.high, x > high, x <= high + tolerance { return .value(.number(high)) }
        let shown = IndicatorValue.format(x)
        return .error(LocalizedText(
            es: "el indicador dio \(shown), fuera del rango de su unidad (\(range.text.text(.es))): o las respuestas de las que se calcula se contradicen, o la fórmula de la regla está mal; revise las respuestas y, si son correctas, avise a la autoridad que publica las reglas",
            en: "the indicator yielded \(shown), outside the range of its unit (\(range.text.text(.en))): either the answers it is computed from contradict one another or the rule's formula is wrong; check the answers and, if they are right, tell the authority that publishes the rules"))
    }

    /// What a failed expression stands for: answers not reported (through `indicators.x`, those x lacked), or
    /// an error (its own, or that of an indicator it reads: a failure is never passed on as a missing answer).
    func failure(_ error: CELEvaluationError, _ results: IndicatorResults) -> IndicatorResult {
        let path: String
        switch error.kind {
        case .noSuchField(let p), .noSuchKey(let p): path = p
        default: return .error(error.message)
        }
        if path.hasPrefix("indicators.") {
            let id = IndicatorID(String(path.dropFirst("indicators.".count)))
            switch results[id] {
            case .notReported(let missing)?: return .notReported(missing: missing)
            case .error(let message)?:
                return .error(LocalizedText(es: "el indicador «\(id)», del que depende, no se pudo calcular: \(message.es)",
                                            en: "indicator '\(id)', which it depends on, could not be computed: \(message.en ?? message.es)"))
            default: break
            }
        }
        return .notReported(missing: [path])
    }
}


/// A `when` condition a rule must meet: its own, or one of a policy entry that covers it.
struct RuleCondition: Sendable {
    let program: CELProgram
    let source: ExpressionSource
    /// The index of the policy's applicability entry it comes from; nil for the rule's own.
    let entry: Int?

    var fromPolicy: Bool { entry != nil }
}

/// Both values, or nil.
func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
