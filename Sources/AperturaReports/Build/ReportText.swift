import AperturaEngine
import AperturaModel
import AperturaSource

/// The fixed words of reports, in both languages. One place, so the two languages stay in step.
public struct ReportText: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    func t(_ es: String, _ en: String) -> String { language == .es ? es : en }

    public func outcome(_ code: String) -> String {
        switch code {
        case "met": t("cumple", "met")
        case "not_met": t("no cumple", "not met")
        case "not_reported": t("no reportado", "not reported")
        case "not_applicable": t("no aplica", "not applicable")
        case "waived": t("dispensada", "waived")
        case "missing_evidence": t("falta evidencia", "missing evidence")
        case "error": t("error", "error")
        default: code
        }
    }

    /// Why a rule does not apply, or is waived; `phaseName` names a phase as the rule set does, in the report's
    /// language, and `citation` a source as reports cite it. What a policy leaves out is said as the policy's
    /// decision, with its reason: "not for this kind of institution" would read as the law's own scope.
    public func reason(_ reason: NotApplicableReason, phaseName: (PhaseID) -> String, citation: (Citation) -> String) -> String {
        func cited(_ source: Citation?) -> String { source.map { t(" (fuente: ", " (source: ") + citation($0) + ")" } ?? "" }
        switch reason {
        case .outOfScope: return t("no corresponde a este orden de gobierno o tipo de institución", "not for this order of government or kind of institution")
        case .conditionFalse: return t("la condición de aplicación no se cumple", "its applicability condition does not hold")
        case .noGoalInPhase(let phase): return t("sin meta en la fase «\(phaseName(phase))»", "no goal in phase '\(phaseName(phase))'")
        case .policyExemption(let why, let phase, let source):
            let decision = phase.map { t("la política de evaluación no la evalúa en la fase «\(phaseName($0))»", "the evaluation policy does not evaluate it in phase '\(phaseName($0))'") }
                ?? t("la política de evaluación no la evalúa a esta institución", "the evaluation policy does not evaluate it for this institution")
            return decision + (why.map { ": " + $0.text(language) } ?? "") + cited(source)
        case .waived(let until, let why, let source):
            return t("dispensada hasta \(until): ", "waived until \(until): ") + why.text(language) + cited(source)
        }
    }

    /// When a waived rule counts again ("vuelve a evaluarse a partir del 2027-01-01, con la meta ≥ 80 %"); `goal`
    /// as the format shows a goal, nil when none is known for that day.
    public func resumption(_ waiver: WaiverLine, goal: String?) -> String {
        t("dispensada hasta el \(waiver.until): vuelve a evaluarse a partir del \(waiver.resumes)", "waived until \(waiver.until): evaluated again from \(waiver.resumes)")
            + (goal.map { t(", con la meta ", ", against the goal ") + $0 } ?? "")
    }

    /// The heading of the waived rules, after the gaps.
    public var waivedHeading: String { t("Dispensas", "Waivers") }

    /// What the list of waived rules is.
    public var waivedNote: String {
        t("Reglas que la política de evaluación dispensa a esta institución: quedan fuera del puntaje hasta la fecha indicada y después vuelven a exigirse.",
          "Rules the evaluation policy waives for this institution: they are left out of the score until the date given, and are required again after it.")
    }

    /// The words before a waiver's reason and its source.
    public var reasonLabel: String { t("motivo", "reason") }
    public var sourceLabel: String { t("fuente", "source") }

    /// Beside the plain ratio: how many rules are waived, and that the score leaves them out.
    public func waivedCount(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return count == 1 ? t("1 regla dispensada (fuera del puntaje)", "1 rule waived (left out of the score)")
            : t("\(count) reglas dispensadas (fuera del puntaje)", "\(count) rules waived (left out of the score)")
    }

    func missing(_ paths: [String]) -> String {
        t("sin respuesta: \(paths.joined(separator: ", "))", "not answered: \(paths.joined(separator: ", "))")
    }

    func missingEvidence(_ paths: [String]) -> String {
        t("el valor alcanza la meta pero falta la evidencia: \(paths.joined(separator: ", "))",
          "the value reaches the goal but the evidence is missing: \(paths.joined(separator: ", "))")
    }

    /// What to do about missing evidence: the rule's own remediation tells how to reach the goal, which the
    /// answer already does (a Comité already installed was told to install it).
    func evidenceRemediation(_ paths: [String]) -> String {
        let fields = paths.map { "`\($0)`" }.joined(separator: ", ")
        return t("Publique el documento que respalda su respuesta y registre su enlace o su nombre en \(fields).",
                 "Publish the document that backs your answer and record its link or name in \(fields).")
    }

    /// The header's warning when rules could not be judged for want of answers: the score alone would read as
    /// that of a finished self-assessment, which the subjects' guide says is not ready to be delivered. With no
    /// score at all (`scored` false: a formula that needs every sub-index), there is none to count them in.
    public func notReportedWarning(_ count: Int, scored: Bool) -> String? {
        guard count > 0 else { return nil }
        let complete = t("Complete las respuestas antes de entregar.", "Complete the answers before delivering.")
        let unscored = t("sin esas respuestas no hay puntaje", "without those answers there is no score")
        return count == 1
            ? t("1 regla no se pudo juzgar porque faltan respuestas (no reportado); ", "1 rule could not be judged because answers are missing (not reported); ")
                + (scored ? t("el puntaje la cuenta como no cumplida", "the score counts it as not met") : unscored) + ". " + complete
            : t("\(count) reglas no se pudieron juzgar porque faltan respuestas (no reportado); ",
                "\(count) rules could not be judged because answers are missing (not reported); ")
                + (scored ? t("el puntaje las cuenta como no cumplidas", "the score counts them as not met") : unscored) + ". " + complete
    }

    /// The header's line when the rule set or the policy (`in_force`, `superseded` or `draft`) is a draft: its figures
    /// are a trial of rules still under review, which no authority has adopted. Nil when neither is a draft.
    public func draftNotice(ruleSet: String, policy: String) -> String? {
        let what: String
        switch (ruleSet == "draft", policy == "draft") {
        case (true, true): what = t("las reglas y la política de evaluación están en revisión", "the rules and the evaluation policy are under review")
        case (true, false): what = t("las reglas están en revisión", "the rules are under review")
        case (false, true): what = t("la política de evaluación está en revisión", "the evaluation policy is under review")
        case (false, false): return nil
        }
        return t("Borrador: \(what); no es una evaluación oficial.", "Draft: \(what); this is not an official evaluation.")
    }

    /// The word that opens the draft line.
    public var draftLabel: String { t("Borrador", "Draft") }

    /// A level whose thresholds no authority set: the mark after its name.
    public func levelMark(_ status: String) -> String? {
        status == "proposed" ? t("umbrales propuestos", "proposed thresholds") : nil
    }

    /// How `credit: proportional` scores a rule not met, after the policy's own formula: a formula written for binary
    /// credit ("0 si no se cumple") would otherwise be printed beside scores that count part of it.
    public var proportionalCredit: String {
        t("Crédito proporcional: una regla no cumplida cuya meta es un número que el indicador debe alcanzar (más es mejor) recibe c_r = valor / meta, hasta 1, en lugar de 0; las demás reglas no cumplidas reciben 0.",
          "Proportional credit: a rule not met whose goal is a number the indicator must reach (higher is better) earns c_r = value / goal, up to 1, instead of 0; other rules not met earn 0.")
    }

    /// A rule's credit under proportional credit ("crédito 0.74").
    public func credit(_ credit: Double) -> String {
        t("crédito ", "credit ") + IndicatorValue.format(credit)
    }

    /// The label of the period the self-assessment reports.
    public var periodLabel: String { t("Periodo informado", "Period reported") }

    /// The period as every format gives it ("2025-01-01 – 2025-12-31"), or that the file gives none.
    public func period(_ period: PeriodSummary?) -> String {
        period.map { "\($0.start) – \($0.end)" } ?? t("sin indicar", "not given")
    }

    /// A report's warning with its code, after `attention`.
    public func warning(_ warning: WarningLine) -> String {
        let place = warning.location.map { " (\($0))" } ?? ""
        let help = warning.help.map { " " + $0.prefix(1).uppercased() + $0.dropFirst() + "." } ?? ""
        return "\(warning.message)\(place) [\(warning.code)].\(help)"
    }

    /// The word that opens the warning.
    public var attention: String { t("Atención", "Attention") }

    /// What to do about a rule in error: check the answers it is computed from (`section.field`).
    func correctReads(_ paths: [String]) -> String {
        let fields = paths.map { "`\($0)`" }.joined(separator: ", ")
        return t("Revise y corrija las respuestas de las que se calcula, que se contradicen o salen de su rango: \(fields). Si son correctas, avise a la autoridad que publica las reglas: la fórmula estaría mal.",
                 "Check and correct the answers it is computed from, which contradict one another or leave their range: \(fields). If they are right, tell the authority that publishes the rules: the formula would be wrong.")
    }

    /// The first thing to do about a rule not reported: give the answers it lacks (`section.field`).
    func answerFirst(_ paths: [String]) -> String {
        let fields = paths.map { "`\($0)`" }.joined(separator: ", ")
        return t("Primero responda en la autoevaluación lo que falta: \(fields).", "First answer what is missing in the self-assessment: \(fields).")
    }

    public func status(_ status: Goal.Status) -> String {
        switch status {
        case .official: t("oficial", "official")
        case .proposed: t("propuesta", "proposed")
        }
    }

    /// A ratio is shown as a percentage ("76.92 %", not "0.7692"): the share of requests answered on time
    /// reads as a percentage to whoever answered them. Four decimals of the ratio, as before, so nothing is lost.
    public func value(_ value: IndicatorValue, unit: Indicator.Unit?) -> String {
        switch value {
        case .bool(let b): return b ? t("sí", "yes") : t("no", "no")
        case .number(let x):
            switch unit {
            case .ratio?: return "\(Self.percentOfRatio(x)) %"
            case .percent?: return "\(IndicatorValue.format(x)) %"
            case .score100?: return "\(IndicatorValue.format(x)) / 100"
            default: return IndicatorValue.format(x)
            }
        }
    }

    /// How far a value is from its goal, in the unit its value is shown in: percentage points for a ratio
    /// or a percentage ("3.08 puntos porcentuales" between 76.92 % and 80 %), points on a 0-100 score.
    /// None for a yes/no indicator: "distance 1" between "no" and "yes" says nothing the two do not.
    public func distance(_ x: Double, unit: Indicator.Unit?) -> String? {
        switch unit {
        case .boolean?: nil
        case .ratio?: points(Self.percentOfRatio(x), percentage: true)
        case .percent?: points(IndicatorValue.format(x), percentage: true)
        case .score100?: points(IndicatorValue.format(x), percentage: false)
        default: IndicatorValue.format(x)
        }
    }

    func points(_ shown: String, percentage: Bool) -> String {
        let one = shown == "1"
        return percentage
            ? shown + t(one ? " punto porcentual" : " puntos porcentuales", one ? " percentage point" : " percentage points")
            : shown + t(one ? " punto" : " puntos", one ? " point" : " points")
    }

    /// A ratio as a percentage: rounded to four decimals first (0.33333 is 33.33, not 33.333), as ratios are shown.
    public static func percentOfRatio(_ x: Double) -> String {
        guard abs(x) < 1e11 else { return IndicatorValue.format(x * 100) }
        return IndicatorValue.format((x * 10_000).rounded() / 100)
    }

    public func target(_ target: Goal.Target, unit: Indicator.Unit?, direction: Indicator.Direction, strict: Bool) -> String {
        switch target {
        case .bool(let b): return b ? t("sí", "yes") : t("no", "no")
        case .number(let x):
            let shown = value(.number(x), unit: unit)
            switch (direction, strict) {
            case (.increase, false): return "≥ \(shown)"
            case (.increase, true): return "> \(shown)"
            case (.decrease, false): return "≤ \(shown)"
            case (.decrease, true): return "< \(shown)"
            }
        }
    }
}
