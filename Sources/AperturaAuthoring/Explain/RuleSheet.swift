public import AperturaModel
public import AperturaSource
import AperturaEngine
import AperturaReports
import Foundation

/// What a rule asks, with no self-assessment (`apertura explain --rule ID`): its scope, what it measures and
/// how, its goal in each phase of the policy's calendar with whether the goal is official or proposed and
/// where it comes from, the evidence it asks for, and what to do when it is not met.
public struct RuleSheet: Sendable {
    public let ruleSet: RuleSet
    public let policy: Policy
    public let language: Language
    /// The institution the sheets are for, when `--kind` or `--order` names it: a sheet then says whether the
    /// rule applies to it, and the catalogue keeps only the rules that may.
    public var kind: InstitutionKind?
    public var order: GovernmentOrder?
    /// The bundle folder (`Workspace.bundleFolder()`): places in bundled rules are said relative to it, as in the reports.
    public var bundle: String?

    public init(ruleSet: RuleSet, policy: Policy, language: Language) {
        self.ruleSet = ruleSet
        self.policy = policy
        self.language = language
    }

    private func t(_ es: String, _ en: String) -> String { language == .es ? es : en }
    private var printer: ExplainPrinter { ExplainPrinter(ruleSet: ruleSet, language: language, bundle: bundle) }
    private var text: ReportText { ReportText(language) }

    /// The sheet; `current` marks the phase in force on the as-of date, if any.
    public func render(_ rule: Rule, current: CalendarEntry?) -> String {
        var lines = [printer.line(for: .rule(rule)).trimmingCharacters(in: .newlines)]
        let objective = ruleSet.objective(rule.objective)?.name.text(language) ?? rule.objective.rawValue
        lines.append(t("  Objetivo «\(rule.objective)»: \(objective)", "  Objective '\(rule.objective)': \(objective)"))
        lines += scope(of: rule, current: current)
        if kind != nil || order != nil { lines.append(verdict(on: rule, current: current)) }
        switch rule.body {
        case .goal(let id, let goals, let evidence):
            if let indicator = ruleSet.indicator(id) { lines += measure(indicator) }
            lines += phaseGoals(goals, indicator: ruleSet.indicator(id), current: current)
            lines += evidenceAsked(evidence)
        case .check(let condition, let phases, let evidence):
            let when = phases.map { t("en las fases ", "in phases ") + printer.phaseNames($0) } ?? t("en todas las fases", "in every phase")
            lines.append(t("  Comprobación, \(when): \(oneLine(condition.text)) (\(printer.at(condition.range)))",
                           "  Check, \(when): \(oneLine(condition.text)) (\(printer.at(condition.range)))"))
            lines += evidenceAsked(evidence)
        }
        lines.append(t("  Si no se cumple: ", "  When not met: ") + oneLine(rule.remediation.text(language)))
        lines.append(t("  Fuente: ", "  Source: ") + printer.citation(rule.source))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The evidence fields a rule asks for to be met, as a line (none when it asks for none).
    func evidenceAsked(_ evidence: [FieldPath]) -> [String] {
        guard !evidence.isEmpty else { return [] }
        let paths = evidence.map { "\($0.section).\($0.field)" }.joined(separator: ", ")
        return [t("  Evidencia que pide para cumplir: \(paths)", "  Evidence it asks for to be met: \(paths)")]
    }

    /// Who the rule is for: by its own `applies_to`, then by every policy entry that covers it (all must admit
    /// an institution for the rule to apply to it). An entry limited to some phases says which, and that it does
    /// not hold in the phase of the as-of date when it does not.
    func scope(of rule: Rule, current: CalendarEntry?) -> [String] {
        var lines = [t("  Alcance según la regla: ", "  Scope per the rule: ") + printer.scope(rule.appliesTo)]
        if let when = rule.appliesTo.when { lines.append(condition(when)) }
        let entries = policy.applicability.filter { $0.covers(rule: rule) }
        if entries.isEmpty {
            lines.append(t("  Alcance según la política «\(policy.id)»: no lo restringe", "  Scope per policy '\(policy.id)': it does not restrict it"))
        }
        for entry in entries {
            let phases = entry.phases.map { t(", sólo en la fase \(printer.phaseNames($0))", ", only in phase \(printer.phaseNames($0))") } ?? ""
            var line = t("  Alcance según la política «\(policy.id)»\(phases): ", "  Scope per policy '\(policy.id)'\(phases): ")
                + printer.scope(entry.appliesTo) + " (\(printer.at(entry.range)))"
            if let current, !entry.holds(in: current.phase) {
                let now = printer.phaseName(current.phase)
                line += t("; no rige en la fase vigente («\(now)»)", "; not in force in the current phase ('\(now)')")
            }
            lines.append(line)
            if let when = entry.appliesTo.when { lines.append(condition(when)) }
        }
        return lines
    }

    /// Whether the rule applies to the institution of `--kind`/`--order` in the phase of the as-of date; when a
    /// policy entry leaves it out, why, as the report says it («la política de evaluación no la evalúa en la fase
    /// «Inicio»: …»).
    func verdict(on rule: Rule, current: CalendarEntry?) -> String {
        let phase = current?.phase
        var verdict = IdentityScope.of(rule, in: policy, kind: kind, order: order, phase: phase).text(language)
        if let entry = IdentityScope.exemption(of: rule, in: policy, kind: kind, order: order, phase: phase) {
            // A date in no phase: the entry counts as if it held, and is said of its own phases.
            let exemption = NotApplicableReason.policyExemption(reason: entry.reason, phase: entry.phases.map { phase ?? $0[0] },
                                                               source: entry.source)
            verdict += " (" + text.reason(exemption, phaseName: printer.phaseName, citation: printer.citation) + ")"
        }
        return t("  Para \(identity): ", "  For \(identity): ") + verdict
    }

    /// The indicator the rule judges: its unit and direction, formula and baseline.
    func measure(_ indicator: Indicator) -> [String] {
        let better = indicator.direction == .increase ? t("más es mejor", "higher is better") : t("menos es mejor", "lower is better")
        var lines = [
            t("  Indicador «\(indicator.id)»: \(indicator.name.text(language)) (\(unitName(indicator.unit)); \(better))",
              "  Indicator '\(indicator.id)': \(indicator.name.text(language)) (\(unitName(indicator.unit)); \(better))"),
        ]
        // What it measures in words, before the formula that computes it: the formula is for who maintains the rules.
        if let description = indicator.description {
            lines.append(t("    Qué mide: ", "    What it measures: ") + oneLine(description.text(language)))
        }
        lines.append(t("    Fórmula: ", "    Formula: ") + oneLine(indicator.value.text) + " (\(printer.at(indicator.value.range)))")
        if let validWhen = indicator.validWhen {
            lines.append(t("    Válido si: ", "    Valid when: ") + oneLine(validWhen.text) + " (\(printer.at(validWhen.range)))")
        }
        if let baseline = indicator.baseline {
            if let value = baseline.value {
                var line = t("    Línea base: ", "    Baseline: ") + text.value(.number(value), unit: indicator.unit)
                if let year = baseline.year { line += " (\(year))" }
                if let source = baseline.source { line += t(", fuente: ", ", source: ") + printer.citation(source) }
                lines.append(line)
            } else {
                let reason = baseline.unavailableReason.map { ": " + oneLine($0.text(language)) } ?? ""
                lines.append(t("    Línea base: no disponible", "    Baseline: not available") + reason)
            }
        }
        lines.append(t("    Fuente del indicador: ", "    Indicator's source: ") + printer.citation(indicator.source))
        return lines
    }

    /// The goal of each phase of the policy's calendar, in calendar order.
    func phaseGoals(_ goals: [Goal], indicator: Indicator?, current: CalendarEntry?) -> [String] {
        var lines = [t("  Metas por fase (calendario de la política «\(policy.id)»):", "  Goals by phase (calendar of policy '\(policy.id)'):")]
        for entry in policy.calendar {
            let now = entry == current ? t(" [fase vigente]", " [current phase]") : ""
            var line = "    \(span(of: entry))\(now): "
            if let goal = goals.first(where: { $0.phase == entry.phase }) {
                line += text.target(goal.target, unit: indicator?.unit, direction: indicator?.direction ?? .increase, strict: goal.strict)
                line += ", " + text.status(goal.status)
                if let rationale = goal.rationale { line += ": " + oneLine(rationale.text(language)) }
                if let source = goal.source { line += t(" (fuente: ", " (source: ") + printer.citation(source) + ")" }
            } else {
                line += t("sin meta: no aplica en esta fase", "no goal: it does not apply in this phase")
            }
            lines.append(line)
        }
        return lines
    }

    /// "Inicio (2025-01-01 – 2027-12-31, fechas propuestas)", as the reports name a phase.
    func span(of entry: CalendarEntry) -> String {
        let name = printer.phaseName(entry.phase)
        let dates = entry.status == .proposed ? t(", fechas propuestas", ", proposed dates") : ""
        return "\(name) (\(entry.start) – \(entry.end)\(dates))"
    }

    func unitName(_ unit: Indicator.Unit) -> String {
        switch unit {
        case .ratio: t("razón, que se muestra en %", "ratio, shown as %")
        case .percent: t("porcentaje", "percentage")
        case .score100: t("puntaje de 0 a 100", "score from 0 to 100")
        case .count: t("conteo", "count")
        case .boolean: t("sí o no", "yes or no")
        case .index: t("índice", "index")
        }
    }

    private func oneLine(_ text: String) -> String { printer.oneLine(text) }

    /// "tipo Fideicomiso o fondo público, orden Federal", from what `--kind` and `--order` gave, named as in the reports.
    var identity: String {
        [kind.map { t("tipo ", "kind ") + $0.name.text(language) }, order.map { t("orden ", "order ") + $0.name.text(language) }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// A condition of scope, under the scope it narrows.
    private func condition(_ when: ExpressionSource) -> String {
        t("    Condición: ", "    Condition: ") + oneLine(when.text) + " (\(printer.at(when.range)))"
    }
}
