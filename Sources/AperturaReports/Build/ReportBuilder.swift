public import AperturaEngine
public import AperturaModel
public import AperturaSource

/// Builds the report value of one evaluation, in one language. Pure: the renderers only lay it out.
public struct ReportBuilder: Sendable {
    public let ruleSet: RuleSet
    public let policy: Policy
    public let language: Language
    /// The bundle folder: a rule file inside it is named relative to it (see `BundlePath`); nil names it as read.
    public let bundle: String?
    let text: ReportText

    public init(ruleSet: RuleSet, policy: Policy, language: Language, bundle: String? = nil) {
        self.ruleSet = ruleSet
        self.policy = policy
        self.language = language
        self.bundle = bundle
        self.text = ReportText(language)
    }

    /// `answerWarnings`: what loading the self-assessment warned of (a fraction on a percent scale, placeholder
    /// evidence), shown after the evaluation's own warnings: the printed report is what is handed in, and must not
    /// hide a likely mistake that only the terminal said.
    public func build(_ evaluation: Evaluation, answerWarnings: [Diagnostic] = []) -> ComplianceReport {
        let institution = evaluation.institution
        let findings = evaluation.outcomes.map(finding)
        let applicable = evaluation.outcomes.filter(\.outcome.isApplicable)
        return ComplianceReport(
            language: language.rawValue,
            file: evaluation.file,
            institution: InstitutionSummary(
                id: institution.id.rawValue, name: institution.name,
                kind: NamedValue(id: institution.kind.rawValue, name: institution.kind.name.text(language)),
                order: NamedValue(id: institution.order.rawValue, name: institution.order.name.text(language)),
                state: institution.state.map { NamedValue(id: $0, name: MexicanState.name(of: $0) ?? $0) },
                population: institution.population),
            ruleSet: RuleSetSummary(
                id: ruleSet.info.id, version: ruleSet.info.version, name: ruleSet.info.name.text(language),
                instrument: ruleSet.info.instrument.text(language), issuer: ruleSet.info.issuer.text(language),
                status: ruleSet.info.status.rawValue),
            policy: PolicySummary(
                id: policy.id, version: policy.version, name: policy.name.text(language), authority: policy.authority.text(language),
                model: modelName, credit: policy.scoring.credit.rawValue, formula: formula, status: policy.status.rawValue),
            draft: text.draftNotice(ruleSet: ruleSet.info.status.rawValue, policy: policy.status.rawValue),
            asOf: evaluation.asOf.description,
            period: evaluation.periodStart.flatMap { start in evaluation.periodEnd.map { PeriodSummary(start: start.description, end: $0.description) } },
            phase: phase(evaluation.phase),
            nextPhase: evaluation.nextPhase.map(phase),
            score: evaluation.score.map(floor4), weightedScore: evaluation.weightedScore.map(floor4), ratio: evaluation.ratio.map(floor4),
            rulesApplicable: applicable.count, rulesMet: applicable.count(where: \.outcome.isMet),
            rulesNotReported: applicable.count { $0.outcome.code == "not_reported" },
            rulesWaived: evaluation.outcomes.count { $0.outcome.isWaived },
            level: evaluation.level.flatMap { id in policy.levels.first(where: { $0.id == id }) }
                .map { LevelSummary(id: $0.id.rawValue, name: $0.name.text(language), status: $0.status.rawValue) },
            quadrant: evaluation.quadrant.map { NamedValue(id: $0.rawValue, name: policy.quadrants?.names[$0]?.text(language) ?? $0.rawValue) },
            warnings: evaluation.warnings.map { WarningLine(code: $0.code, message: $0.message.text(language)) }
                + answerWarnings.filter { $0.severity == .warning }.map(answerWarning),
            objectives: evaluation.objectives.map { score in
                ObjectiveLine(id: score.objective.rawValue, name: ruleSet.objective(score.objective)?.name.text(language) ?? score.objective.rawValue,
                              score: score.score.map(floor4), weight: score.weight, rulesApplicable: score.rulesApplicable, rulesMet: score.rulesMet)
            },
            findings: findings,
            gaps: evaluation.gaps.map { gapLine($0, phaseEnd: evaluation.phase.end, next: evaluation.nextPhase) },
            waived: evaluation.outcomes.compactMap { outcome in
                waiverLine(outcome.outcome, rule: outcome.rule).map {
                    WaivedLine(rule: outcome.rule.rawValue, name: ruleSet.rule(outcome.rule)?.name.text(language) ?? outcome.rule.rawValue, waiver: $0)
                }
            },
            indicators: ruleSet.indicators.map { indicator in
                let result = evaluation.indicators[indicator.id]
                let status: String = switch result {
                case .value?: "value"
                case .notReported?: "not_reported"
                case .error?: "error"
                case nil: "not_computed"
                }
                return IndicatorLine(
                    id: indicator.id.rawValue, name: indicator.name.text(language), unit: indicator.unit.rawValue,
                    value: result?.value.map { text.value($0, unit: indicator.unit) }, number: result?.value?.number.map(round4), status: status,
                    baseline: indicator.baseline?.value.map { "\(text.value(.number($0), unit: indicator.unit)) (\(indicator.baseline?.year.map(String.init) ?? "?"))" })
            })
    }

    /// A warning about an answer, with its place and help as the terminal shows them.
    func answerWarning(_ warning: Diagnostic) -> WarningLine {
        WarningLine(code: warning.code, message: warning.message.text(language), location: warning.range?.start.description,
                    help: warning.help?.text(language))
    }

    /// The policy's formula; under proportional credit, followed by how a rule not met is credited.
    var formula: String {
        let written = policy.scoring.formula.text(language)
        guard policy.scoring.credit == .proportional, policy.scoring.model == .weightedRules else { return written }
        return written + " " + text.proportionalCredit
    }

    var modelName: String {
        switch policy.scoring.model {
        case .weightedRules: "weighted_rules"
        case .indicator(let id): "indicator:\(id)"
        }
    }

    func phase(_ entry: CalendarEntry) -> PhaseSummary {
        PhaseSummary(id: entry.phase.rawValue, name: ruleSet.phase(entry.phase)?.name.text(language) ?? entry.phase.rawValue,
                     start: entry.start.description, end: entry.end.description, status: entry.status.rawValue)
    }

    /// A citation as reports show it: the source's title, and the section that says it.
    func citation(_ citation: Citation) -> String {
        let title = ruleSet.source(citation.ref)?.title ?? citation.ref.rawValue
        return "\(title), «\(citation.section)»"
    }

    func goalLine(_ goal: Goal, rule: RuleID) -> GoalLine {
        let indicator = ruleSet.rule(rule)?.indicator.flatMap(ruleSet.indicator)
        let citation = goal.source.map(citation)
        return GoalLine(phase: goal.phase.rawValue, target: text.target(goal.target, unit: indicator?.unit, direction: indicator?.direction ?? .increase, strict: goal.strict),
                        status: goal.status.rawValue, source: citation, sourceNote: goal.source?.note?.text(language),
                        rationale: goal.rationale?.text(language))
    }

    func finding(_ outcome: RuleOutcome) -> Finding {
        let rule = ruleSet.rule(outcome.rule)
        let indicator = outcome.indicator.flatMap(ruleSet.indicator)
        var detail: String?
        switch outcome.outcome {
        case .notApplicable(let reason):
            detail = text.reason(reason, phaseName: { id in ruleSet.phases.first { $0.id == id }?.name.text(language) ?? id.rawValue }, citation: citation)
        case .notReported(let missing): detail = text.missing(missing)
        case .missingEvidence(let fields): detail = text.missingEvidence(fields)
        case .error(let message): detail = message.text(language)
        case .met, .notMet: detail = nil
        }
        return Finding(
            rule: outcome.rule.rawValue, name: rule?.name.text(language) ?? outcome.rule.rawValue, objective: outcome.objective.rawValue,
            indicator: outcome.indicator?.rawValue, outcome: outcome.outcome.code, outcomeLabel: text.outcome(outcome.outcome.code),
            // A rule that does not apply judged nothing: its indicator's value would only mislead.
            value: outcome.outcome.isApplicable ? outcome.value.map { text.value($0, unit: indicator?.unit) } : nil,
            goal: outcome.goal.map { goalLine($0, rule: outcome.rule) },
            distance: outcome.outcome.gap.map { round4($0.distance) },
            distanceText: distanceText(outcome, unit: indicator?.unit), detail: detail, weight: outcome.weight,
            credit: outcome.credit.map(round4), gain: round4(outcome.gain),
            reads: outcome.reads.map { ReadLine(path: $0.path, location: $0.range.map { $0.start.description }) },
            ruleLocation: ruleLocation(outcome.ruleRange.start),
            remediation: outcome.outcome.isApplicable && !outcome.outcome.isMet ? remediation(outcome, rule) : nil,
            waiver: waiverLine(outcome.outcome, rule: outcome.rule))
    }

    /// The waiver of a waived rule: it is evaluated again the day after `until`, against the goal of the phase that
    /// day falls in (none past the calendar's end, or in a phase where the rule sets none).
    func waiverLine(_ outcome: Outcome, rule: RuleID) -> WaiverLine? {
        guard case .notApplicable(.waived(let until, let reason, let source)) = outcome, let resumes = until.next else { return nil }
        let goal = policy.phase(on: resumes).flatMap { entry in ruleSet.rule(rule)?.goal(for: entry.phase) }
        return WaiverLine(until: until.description, resumes: resumes.description, reason: reason.text(language),
                          source: source.map(citation), goal: goal.map { goalLine($0, rule: rule) })
    }

    /// Where the rule is defined, relative to the bundle when it is a bundled rule.
    func ruleLocation(_ start: SourceLocation) -> String {
        SourceLocation(file: BundlePath.relative(start.file, to: bundle), line: start.line, column: start.column).description
    }

    /// A gap is due by the end of the current phase; the next phase's goal shows what follows. The engine
    /// attaches the next goal only to a value short of its goal, so for the other gaps (not reported, missing
    /// evidence, error) it is looked up in the rule: what follows does not depend on why the gap is open.
    func gapLine(_ outcome: RuleOutcome, phaseEnd: Day, next: CalendarEntry?) -> GapLine {
        let rule = ruleSet.rule(outcome.rule)
        let indicator = outcome.indicator.flatMap(ruleSet.indicator)
        let gap = outcome.outcome.gap
        let nextGoal = gap?.nextGoal ?? next.flatMap { entry in rule?.goal(for: entry.phase) }
        let nextDeadline = gap?.nextDeadline ?? (nextGoal == nil ? nil : next?.end)
        let location = Self.gapRange(outcome)?.start.description
        return GapLine(
            rule: outcome.rule.rawValue, name: rule?.name.text(language) ?? outcome.rule.rawValue, outcome: outcome.outcome.code,
            outcomeLabel: text.outcome(outcome.outcome.code), actual: outcome.value.map { text.value($0, unit: indicator?.unit) },
            goal: outcome.goal.map { goalLine($0, rule: outcome.rule) }, distance: gap.map { round4($0.distance) },
            distanceText: distanceText(outcome, unit: indicator?.unit),
            deadline: (gap?.deadline ?? phaseEnd).description,
            nextGoal: nextGoal.map { goalLine($0, rule: outcome.rule) }, nextDeadline: nextDeadline?.description,
            gain: round4(outcome.gain), remediation: remediation(outcome, rule) ?? "", location: location,
            detail: gapDetail(outcome.outcome))
    }

    /// The distance as shown, in the unit of its value. None for a yes/no value, whether a yes/no indicator's or
    /// a check rule's (which has no indicator, so no unit says so): "distance 1" between "no" and "yes" says
    /// nothing the two do not.
    func distanceText(_ outcome: RuleOutcome, unit: Indicator.Unit?) -> String? {
        guard let gap = outcome.outcome.gap else { return nil }
        if case .bool? = outcome.value { return nil }
        return text.distance(round4(gap.distance), unit: unit)
    }

    /// The rule's remediation, or for missing evidence the evidence to record. A rule not reported cannot be
    /// judged until it is answered: the answers to give come first, then how to meet the rule. A rule in error
    /// (answers that contradict one another) is set right in the answers it reads: its remediation would be about
    /// meeting a goal it cannot yet be judged against.
    func remediation(_ outcome: RuleOutcome, _ rule: Rule?) -> String? {
        switch outcome.outcome {
        case .missingEvidence(let fields): return text.evidenceRemediation(fields)
        case .notReported(let missing):
            return ([text.answerFirst(missing)] + [rule?.remediation.text(language)].compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: " ")
        case .error where !outcome.reads.isEmpty: return text.correctReads(outcome.reads.map(\.path))
        default: return rule?.remediation.text(language)
        }
    }

    /// Where a gap is to be closed. Missing evidence: the evidence field, when it is written (`acta: []`), not the
    /// claim before it. Not reported: the written answer that holds what is missing (a list whose items lack a
    /// field), or nowhere: the answer read before the missing one is another question's line. A yes/no rule not met
    /// through one condition of its `&&` chain: the first written answer that condition reads (Comité installed
    /// with nobody from the public is fixed at `integrantes_publico`, not at `instalado`), or nowhere when it reads
    /// none: the rule's first answer may be that of a condition that holds. Otherwise the first answer the rule read.
    static func gapRange(_ outcome: RuleOutcome) -> SourceRange? {
        let written = outcome.reads.filter { $0.range != nil }
        switch outcome.outcome {
        case .notMet where outcome.failedCondition != nil, .error where outcome.failedCondition != nil:
            return outcome.failedCondition?.reads.first { $0.range != nil }?.range
        case .missingEvidence(let fields):
            return (written.first { fields.contains($0.path) } ?? written.first)?.range
        case .notReported(let missing):
            return written.first { read in
                missing.contains { $0 == read.path || $0.hasPrefix(read.path + "[") || $0.hasPrefix(read.path + ".") }
            }?.range
        default:
            return written.first?.range
        }
    }

    /// What a gap that is not a value short of its goal lacks: the answers not given, the evidence not
    /// recorded, or the error; the same words as the finding's detail, so the gap view alone says what to fill in.
    func gapDetail(_ outcome: Outcome) -> String? {
        switch outcome {
        case .notReported(let missing): text.missing(missing)
        case .missingEvidence(let fields): text.missingEvidence(fields)
        case .error(let message): message.text(language)
        default: nil
        }
    }
}

/// Four decimals. Past 10^15 a double has no decimals left to round, and scaling it first would take a value
/// near 1e305 past the range of numbers (an infinite distance in the report).
func round4(_ x: Double) -> Double { abs(x) < 1e15 ? (x * 10_000).rounded() / 10_000 : x }

/// A score, objective score or ratio to four decimals cut down, as results.csv writes it and as `ScoreFormat` prints it
/// to two: rounded to the nearest, 0.59996 (a level below 0.6) would be 0.6 in the report. Within
/// `NumericTolerance.epsilon` below a figure it is that figure, as the levels take a score that close to a threshold.
func floor4(_ x: Double) -> Double {
    abs(x) < 1e15 ? (x * 10_000 + NumericTolerance.epsilon * 10_000).rounded(.down) / 10_000 : x
}
