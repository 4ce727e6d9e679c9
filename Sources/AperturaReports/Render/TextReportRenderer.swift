import AperturaSource

/// The report for a terminal: a header, the score, objectives, every rule's outcome, then the gaps.
public struct TextReportRenderer: Sendable {
    let language: Language
    let paint: Painter

    public init(language: Language, paint: @escaping Painter = plainPainter) {
        self.language = language
        self.paint = paint
    }

    func t(_ es: String, _ en: String) -> String { language == .es ? es : en }

    public func render(_ report: ComplianceReport, view: ReportView = .all) -> String {
        var out: [String] = []
        let i = report.institution
        out.append(paint(t("Reporte de cumplimiento", "Compliance report") + " — \(i.name) (\(i.id))", .heading))
        if let draft = report.draft { out.append(paint(draft, .warning)) }
        out.append([i.kind.name, i.order.name, i.state?.name].compactMap { $0 }.joined(separator: " · "))
        out.append(t("Autoevaluación", "Self-assessment") + ": \(HiddenCharacters.shownName(report.file))")
        out.append(t("Reglas", "Rules") + ": \(report.ruleSet.name) (\(report.ruleSet.id) \(report.ruleSet.version)) · "
                   + t("Política", "Policy") + ": \(report.policy.name) (\(report.policy.id) \(report.policy.version)) · " + t("Evalúa", "Evaluator") + ": \(report.policy.authority)")
        let words = ReportText(language)
        out.append(words.periodLabel + ": " + words.period(report.period))
        out.append(t("Fecha de corte", "As of") + ": \(report.asOf) · " + t("Fase", "Phase") + ": \(phase(report.phase))")
        out.append("")
        var scoreLine = t("Puntaje", "Score") + ": " + paint(ScoreFormat.score(report.score), .heading)
        if let level = report.level {
            scoreLine += " · " + t("Nivel", "Level") + ": " + paint(level.name, .heading) + (words.levelMark(level.status).map { " (\($0))" } ?? "")
        }
        if let quadrant = report.quadrant { scoreLine += " · " + t("Cuadrante", "Quadrant") + ": \(quadrant.name)" }
        out.append(scoreLine)
        for warning in report.warnings { out.append(paint(words.attention + ": " + words.warning(warning), .warning)) }
        if let warning = words.notReportedWarning(report.rulesNotReported, scored: report.score != nil) { out.append(paint(words.attention + ": " + warning, .warning)) }
        out.append(t("Razón simple", "Plain ratio") + ": \(report.rulesMet)/\(report.rulesApplicable) "
                   + t("reglas cumplidas", "rules met") + " (\(ScoreFormat.score(report.ratio)))"
                   + (report.weightedScore != report.score ? " · " + t("puntaje ponderado de reglas", "weighted rule score") + ": \(ScoreFormat.score(report.weightedScore))" : "")
                   + (words.waivedCount(report.rulesWaived).map { " · " + $0 } ?? ""))
        out.append(paint(t("Fórmula", "Formula") + ": \(report.policy.formula)", .muted))
        if view.showsCompliance {
            out.append("")
            out.append(paint(t("Objetivos", "Objectives"), .heading))
            for objective in report.objectives {
                out.append("  \(ScoreFormat.score(objective.score))  \(objective.name) (\(objective.rulesMet)/\(objective.rulesApplicable))")
            }
            out.append("")
            out.append(paint(t("Cumplimiento por regla", "Compliance by rule"), .heading))
            for finding in report.findings { out += lines(for: finding, proportional: report.policy.credit == "proportional") }
        }
        if view.showsGaps {
            out.append("")
            let score = gainScore(report)
            out.append(paint(t("Brechas", "Gaps") + " (" + t("por lo que aportan \(score.es), por lo que falta para la meta y por fecha límite",
                                                                         "by what closing them adds to \(score.en), then by how much of the goal is missing, then deadline") + ")", .heading))
            if report.gaps.isEmpty { out.append("  " + t("Ninguna: se cumplen todas las reglas que aplican.", "None: every rule that applies is met.")) }
            for (n, gap) in report.gaps.enumerated() { out += lines(for: gap, number: n + 1, of: report.gaps.count, adding: score) }
            if !report.waived.isEmpty {
                out += ["", paint(words.waivedHeading, .heading), "  " + paint(words.waivedNote, .muted)]
                for waived in report.waived { out += lines(for: waived, words) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func phase(_ phase: PhaseSummary) -> String {
        "\(phase.name) (\(phase.start) – \(phase.end)" + (phase.status == "proposed" ? t(", fechas propuestas", ", proposed dates") : "") + ")"
    }

    func tone(_ outcome: String) -> Tone { OutcomeMark.tone(outcome) }

    func mark(_ outcome: String) -> String { OutcomeMark.symbol(outcome) }

    func goal(_ goal: GoalLine) -> String {
        goal.target + (goal.status == "proposed" ? " [" + t("meta propuesta", "proposed goal") + "]" : "")
    }

    /// `proportional`: the policy credits part of a rule not met, so each rule's credit is said.
    func lines(for finding: Finding, proportional: Bool = false) -> [String] {
        var head = "  " + paint("\(mark(finding.outcome)) \(finding.outcomeLabel)", tone(finding.outcome)) + "  \(finding.name) [\(finding.rule)]"
        var facts: [String] = []
        if let value = finding.value { facts.append(t("valor", "value") + " \(value)") }
        if let g = finding.goal, finding.judged { facts.append(t("meta", "goal") + " \(goal(g))") }
        if let distance = finding.distanceText { facts.append(t("distancia", "distance") + " \(distance)") }
        if proportional, let credit = finding.credit { facts.append(ReportText(language).credit(credit)) }
        if !facts.isEmpty { head += " — " + facts.joined(separator: " · ") }
        var out = [head]
        if let detail = finding.detail { out.append("      " + paint(detail, tone(finding.outcome))) }
        if finding.judged {
            let read = finding.reads.map { "\($0.path) @ \($0.location ?? t("sin respuesta", "not answered"))" }
            if !read.isEmpty { out.append(paint("      " + t("leído", "read") + ": " + read.joined(separator: ", "), .muted)) }
            out.append(paint("      " + t("regla", "rule") + ": \(finding.ruleLocation)", .muted))
        }
        return out
    }

    /// A waived rule after the gaps: until when, when it counts again and against what goal, why, on what authority.
    func lines(for waived: WaivedLine, _ words: ReportText) -> [String] {
        let w = waived.waiver
        var out = ["  " + paint("\(mark("waived")) \(waived.name) [\(waived.rule)]", tone("waived"))]
        out.append("      " + words.resumption(w, goal: w.goal.map(goal)))
        out.append("      " + words.reasonLabel + ": " + w.reason)
        if let source = w.source { out.append("      " + words.sourceLabel + ": " + source) }
        return out
    }

    /// The score a gap's gain is added to: the rules' weighted score, which is the policy's score only under
    /// `weighted_rules` (under `indicator` the score is an indicator's value, which a rule met moves otherwise).
    func gainScore(_ report: ComplianceReport) -> (es: String, en: String) {
        report.policy.model == "weighted_rules" ? ("al puntaje", "the score") : ("al puntaje ponderado de reglas", "the weighted rule score")
    }

    /// `count`: how many gaps are listed. Numbers are right-aligned to the widest, and the lines below each
    /// are indented to its text, so that "10." does not push its gap out of line with the nine before.
    func lines(for gap: GapLine, number: Int, of count: Int, adding score: (es: String, en: String)) -> [String] {
        let width = String(count).count
        let label = String(repeating: " ", count: width - String(number).count) + "\(number). "
        let indent = String(repeating: " ", count: 2 + width + 2)
        var out = ["  " + label + paint(gap.outcomeLabel, tone(gap.outcome)) + "  \(gap.name) [\(gap.rule)]"]
        var now = ""
        if let actual = gap.actual { now += t("actual", "actual") + " \(actual)" }
        if let g = gap.goal { now += (now.isEmpty ? "" : " → ") + t("meta", "goal") + " \(goal(g))" }
        // A check has no goal to name: what it asks is that it hold ("actual no a más tardar el …" read as nothing).
        else if !now.isEmpty { now += " → " + t("debe cumplirse", "must hold") }
        // By how much: the gap view must say it as the full view does.
        if let distance = gap.distanceText { now += " (" + t("distancia", "distance") + " \(distance))" }
        now += (now.isEmpty ? "" : " ") + t("a más tardar el", "by") + " \(gap.deadline)"
        out.append(indent + now)
        if let detail = gap.detail { out.append(indent + detail) }
        if let next = gap.nextGoal, let deadline = gap.nextDeadline {
            out.append(indent + t("siguiente fase", "next phase") + ": \(goal(next)) " + t("a más tardar el", "by") + " \(deadline)")
        }
        out.append(indent + t("aporta", "adds") + " \(ScoreFormat.gain(gap.gain)) " + t(score.es, "to " + score.en)
                   + (gap.location.map { " · " + t("en", "at") + " \($0)" } ?? ""))
        if !gap.remediation.isEmpty { out.append(indent + t("qué hacer", "what to do") + ": \(gap.remediation)") }
        return out
    }
}
