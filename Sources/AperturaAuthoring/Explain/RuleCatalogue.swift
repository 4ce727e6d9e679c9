public import AperturaModel
import AperturaSource
import AperturaEngine

/// Every rule's sheet, in the rule set's order, under a heading that names the rule set, the policy and the
/// phase in force (`apertura explain` with neither a self-assessment nor `--rule`). For an institution named by
/// `--kind` or `--order`, only the rules that may apply to it, and a count of those that do, may and do not.
public struct RuleCatalogue: Sendable {
    public let sheet: RuleSheet

    public init(_ sheet: RuleSheet) { self.sheet = sheet }

    private var language: Language { sheet.language }
    private func t(_ es: String, _ en: String) -> String { language == .es ? es : en }

    public func render(asOf: Day) -> String {
        let (ruleSet, policy) = (sheet.ruleSet, sheet.policy)
        let current = policy.phase(on: asOf)
        let info = ruleSet.info
        let count = language == .es ? CountText.of(ruleSet.rules.count, "regla", "reglas") : CountText.of(ruleSet.rules.count, "rule", "rules")
        var heading = [
            t("Fichas de las reglas: \(info.name.text(language)) (\(info.id) \(info.version)), \(count)",
              "Rule sheets: \(info.name.text(language)) (\(info.id) \(info.version)), \(count)"),
            t("Política: \(policy.name.text(language)) (\(policy.id) \(policy.version))", "Policy: \(policy.name.text(language)) (\(policy.id) \(policy.version))"),
        ]
        if let current {
            heading.append(t("Fecha de corte: \(asOf) · Fase vigente: ", "As-of date: \(asOf) · Current phase: ") + sheet.span(of: current))
        } else {
            // Between two phases, the gap is named, as evaluate names it.
            let gap = CalendarGap(around: asOf, in: policy, ruleSet: ruleSet).map { ": " + $0.message.text(language) } ?? ""
            heading.append(t("Fecha de corte: \(asOf) · no cae en ninguna fase del calendario de la política",
                             "As-of date: \(asOf) · it falls in no phase of the policy's calendar") + gap)
        }
        var rules = ruleSet.rules
        if sheet.kind != nil || sheet.order != nil {
            let (line, kept) = forInstitution(current: current)
            heading.append(line)
            rules = kept
        }
        let sheets = rules.map { sheet.render($0, current: current) }
        return ([heading.joined(separator: "\n") + "\n"] + sheets).joined(separator: "\n")
    }

    /// The heading's count for the institution, and the rules kept: all but those whose scope leaves it out. A
    /// rule with nothing to judge in the current phase is counted apart (an evaluation gives it as not applying),
    /// and kept: its sheet shows the goals of the phases to come.
    func forInstitution(current: CalendarEntry?) -> (line: String, kept: [Rule]) {
        var (applying, open, resting, excluded) = (0, [IdentityScope](), [String](), [String]())
        var kept: [Rule] = []
        for rule in sheet.ruleSet.rules {
            let scope = IdentityScope.of(rule, in: sheet.policy, kind: sheet.kind, order: sheet.order, phase: current?.phase)
            if scope == .doesNotApply {
                excluded.append(rule.id.rawValue)
                continue
            }
            kept.append(rule)
            if let current, !rule.isJudged(in: current.phase) {
                resting.append(rule.id.rawValue)
            } else if scope == .applies {
                applying += 1
            } else {
                open.append(scope)
            }
        }
        let list = { (ids: [String]) in ids.isEmpty ? "" : " (" + ids.joined(separator: ", ") + ")" }
        var parts = [t("reglas que aplican: \(applying)", "rules that apply: \(applying)")]
        if !open.isEmpty {
            let deciders = IdentityScope.deciders(of: open, language)
            parts.append(t("que dependen \(deciders): \(open.count)", "that depend \(deciders): \(open.count)"))
        }
        if !resting.isEmpty {
            parts.append(t("que no se juzgan en la fase vigente: \(resting.count)", "not judged in the current phase: \(resting.count)") + list(resting))
        }
        parts.append(t("que no aplican: \(excluded.count)", "that do not apply: \(excluded.count)") + list(excluded))
        return (t("Para \(sheet.identity) — ", "For \(sheet.identity) — ") + parts.joined(separator: "; "), kept)
    }
}
