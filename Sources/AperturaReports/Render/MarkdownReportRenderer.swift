import AperturaSource

/// The report as Markdown: tables for objectives, findings and gaps, with `|` escaped in cells.
public struct MarkdownReportRenderer: Sendable {
    let language: Language

    public init(language: Language) { self.language = language }

    func t(_ es: String, _ en: String) -> String { language == .es ? es : en }

    /// A goal's target, marked when the goal is proposed.
    func goal(_ goal: GoalLine) -> String {
        goal.target + (goal.status == "proposed" ? " (" + t("propuesta", "proposed") + ")" : "")
    }

    /// Table cells: `|` escaped, line breaks folded.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Text on a heading or list line: a line break (a name written as a YAML block keeps one) would end
    /// the heading or the item there.
    static func inline(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Text a self-assessment supplies (the institution's name), shown as written: its `<`, `&`, `*`, `_`, `[`,
    /// ... escaped, so that a name is never read as HTML (`<script>`) or as emphasis or a link by a Markdown viewer.
    static func literal(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>&".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// A code span holding `text` as written: fenced by more backticks than any run inside it (an id such as
    /// ``SO`1`` would end a single-backtick span early), with a space inside the fence when the text touches one.
    static func code(_ text: String) -> String {
        var longest = 0, run = 0
        for ch in text {
            run = ch == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }

    public func render(_ report: ComplianceReport, view: ReportView = .all) -> String {
        let c = Self.cell
        let i = report.institution
        let name = Self.literal(Self.inline(i.name))
        var out: [String] = []
        out.append("# " + t("Reporte de cumplimiento", "Compliance report") + ": \(name)")
        out.append("")
        if let draft = report.draft { out += ["> **\(draft)**", ""] }
        out.append("- " + t("Institución", "Institution") + ": \(name) (\(Self.code(Self.inline(i.id)))), " + [i.kind.name, i.order.name, i.state?.name].compactMap { $0 }.joined(separator: ", "))
        out.append("- " + t("Autoevaluación", "Self-assessment") + ": " + Self.code(Self.inline(HiddenCharacters.shownName(report.file))))
        out.append("- " + t("Reglas", "Rules") + ": \(report.ruleSet.name) (`\(report.ruleSet.id)` \(report.ruleSet.version))")
        out.append("- " + t("Política", "Policy") + ": \(report.policy.name) (`\(report.policy.id)` \(report.policy.version)); " + t("evalúa", "evaluator") + ": \(report.policy.authority)")
        let words = ReportText(language)
        out.append("- " + words.periodLabel + ": " + words.period(report.period))
        out.append("- " + t("Fecha de corte", "As of") + ": \(report.asOf); " + t("fase", "phase") + ": \(report.phase.name) (\(report.phase.start) – \(report.phase.end)"
                   + (report.phase.status == "proposed" ? t(", fechas propuestas", ", proposed dates") : "") + ")")
        out.append("- **" + t("Puntaje", "Score") + ": \(ScoreFormat.score(report.score))**" + (report.level.map { " · " + t("nivel", "level") + ": **\($0.name)**" + (words.levelMark($0.status).map { " (\($0))" } ?? "") } ?? "")
                   + (report.quadrant.map { " · " + t("cuadrante", "quadrant") + ": \($0.name)" } ?? ""))
        for warning in report.warnings { out.append("- **" + words.attention + ":** " + words.warning(warning)) }
        if let warning = words.notReportedWarning(report.rulesNotReported, scored: report.score != nil) { out.append("- **" + words.attention + ":** " + warning) }
        out.append("- " + t("Razón simple", "Plain ratio") + ": \(report.rulesMet)/\(report.rulesApplicable) (\(ScoreFormat.score(report.ratio)))"
                   + (report.weightedScore != report.score ? " · " + t("puntaje ponderado de reglas", "weighted rule score") + ": \(ScoreFormat.score(report.weightedScore))" : "")
                   + (words.waivedCount(report.rulesWaived).map { " · " + $0 } ?? ""))
        out.append("- " + t("Fórmula", "Formula") + ": \(report.policy.formula)")
        if view.showsCompliance {
            out += ["", "## " + t("Objetivos", "Objectives"), "",
                    "| " + t("Objetivo", "Objective") + " | " + t("Puntaje", "Score") + " | " + t("Reglas cumplidas", "Rules met") + " |", "|---|---:|---:|"]
            for o in report.objectives { out.append("| \(c(o.name)) | \(ScoreFormat.score(o.score)) | \(o.rulesMet)/\(o.rulesApplicable) |") }
            out += ["", "## " + t("Cumplimiento por regla", "Compliance by rule"), "",
                    "| " + t("Regla", "Rule") + " | " + t("Resultado", "Outcome") + " | " + t("Valor", "Value") + " | " + t("Meta", "Goal") + " | " + t("Detalle", "Detail") + " | " + t("Definida en", "Defined at") + " |",
                    "|---|---|---|---|---|---|"]
            let proportional = report.policy.credit == "proportional"
            for f in report.findings {
                // A rule that does not apply judged nothing: its goal would read as one set for this institution.
                let goal = f.judged ? f.goal.map(goal) ?? "" : ""
                // Under proportional credit, what the rule counts for beside its outcome: "no cumple" may still earn 0.74.
                let outcome = f.outcomeLabel + (proportional ? f.credit.map { " (" + words.credit($0) + ")" } ?? "" : "")
                out.append("| \(c(f.name)) (`\(f.rule)`) | \(c(outcome)) | \(c(f.value ?? "")) | \(c(goal)) | \(c(f.detail ?? "")) | `\(f.ruleLocation)` |")
            }
        }
        if view.showsGaps {
            out += ["", "## " + t("Brechas", "Gaps"), ""]
            if report.gaps.isEmpty { out.append(t("Ninguna: se cumplen todas las reglas que aplican.", "None: every rule that applies is met.")) }
            for (n, g) in report.gaps.enumerated() {
                // A check has no goal to name: what it asks is that it hold, as the text view says ("debe cumplirse").
                let by = g.goal == nil && g.actual != nil ? t("debe cumplirse a más tardar el", "must hold by") : t("a más tardar el", "by")
                out.append("\(n + 1). **\(g.name)** (`\(g.rule)`): \(g.outcomeLabel)" + (g.actual.map { "; " + t("actual", "actual") + " \($0)" } ?? "")
                           + (g.goal.map { "; " + t("meta", "goal") + " " + goal($0) } ?? "")
                           + (g.distanceText.map { "; " + t("distancia", "distance") + " " + $0 } ?? "")
                           + "; \(by) \(g.deadline); " + t("aporta", "adds") + " \(ScoreFormat.gain(g.gain))"
                           + (report.policy.model == "weighted_rules" ? "" : " " + t("al puntaje ponderado de reglas", "to the weighted rule score")))
                if let detail = g.detail { out.append("   - " + detail) }
                if let next = g.nextGoal, let deadline = g.nextDeadline {
                    out.append("   - " + t("Siguiente fase", "Next phase") + ": \(goal(next)) " + t("a más tardar el", "by") + " \(deadline)")
                }
                // Where to fix it, as the text and HTML views say: the answer the failing condition reads.
                if let location = g.location { out.append("   - " + t("Respuesta en", "Answer at") + " " + Self.code(location)) }
                if !g.remediation.isEmpty { out.append("   - " + t("Qué hacer", "What to do") + ": \(g.remediation)") }
            }
            if !report.waived.isEmpty {
                out += ["", "## " + words.waivedHeading, "", words.waivedNote, ""]
                for w in report.waived {
                    out.append("- **\(w.name)** (`\(w.rule)`): " + words.resumption(w.waiver, goal: w.waiver.goal.map(goal)))
                    out.append("   - " + t("Motivo", "Reason") + ": " + Self.inline(w.waiver.reason))
                    if let source = w.waiver.source { out.append("   - " + t("Fuente", "Source") + ": " + Self.inline(source)) }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
