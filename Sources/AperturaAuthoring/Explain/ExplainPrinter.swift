public import AperturaEngine
public import AperturaModel
public import AperturaSource
import AperturaReports

/// Turns a stream of trace events into the explanation a person reads, Spanish by default.
public struct ExplainPrinter: Sendable {
    public let ruleSet: RuleSet
    public let language: Language
    /// False when the policy's score is an indicator's value: a rule's gain is then added to the rules'
    /// weighted score, not to the score, and is named so.
    public let scoreIsWeighted: Bool
    /// The bundle folder (`Workspace.bundleFolder()`): a place in a bundled rule is said relative to it, as the reports say it.
    public let bundle: String?

    public init(ruleSet: RuleSet, language: Language, scoreIsWeighted: Bool = true, bundle: String? = nil) {
        self.ruleSet = ruleSet
        self.language = language
        self.scoreIsWeighted = scoreIsWeighted
        self.bundle = bundle
    }

    private func t(_ es: String, _ en: String) -> String { language == .es ? es : en }

    /// `answered`: the sections the rule reads in which the institution answered (`Evaluator.answeredSections`);
    /// when the policy exempts it from the rule, a line says those answers are not judged.
    public func render(_ events: [TraceEvent], answered: [SectionID] = []) -> String {
        // The indicator of the rule being explained: its goal and distance are also said as the report says them.
        var indicator: Indicator?
        return events.map { event in
            if case .rule(let rule) = event { indicator = rule.indicator.flatMap { ruleSet.indicator($0) } }
            if case .outcome(let outcome, _) = event, case .notApplicable(.policyExemption(_, let phase, _)) = outcome.outcome, !answered.isEmpty {
                return setAside(answered, inPhase: phase != nil) + line(for: event, indicator: indicator)
            }
            return line(for: event, indicator: indicator)
        }.joined()
    }

    /// Answers the exemption leaves unjudged: written in, read, and set aside.
    func setAside(_ sections: [SectionID], inPhase: Bool) -> String {
        let names = sections.map(\.rawValue).joined(separator: ", ")
        return inPhase ? t("  Sus respuestas de \(names) no se juzgan en esta fase.\n", "  The institution's answers in \(names) are not judged in this phase.\n")
            : t("  Sus respuestas de \(names) no se juzgan.\n", "  The institution's answers in \(names) are not judged.\n")
    }

    func line(for event: TraceEvent, indicator: Indicator? = nil) -> String {
        switch event {
        case .phase(let asOf, let entry):
            let name = phaseName(entry.phase)
            return t("Fecha de corte \(asOf): fase «\(name)» (\(entry.start) a \(entry.end)).\n",
                     "As-of date \(asOf): phase '\(name)' (\(entry.start) to \(entry.end)).\n")
        case .rule(let rule):
            return t("Regla «\(rule.id)» — \(rule.name.text(language)) (\(at(rule.range)), peso \(IndicatorValue.format(rule.weight)))\n",
                     "Rule '\(rule.id)' — \(rule.name.text(language)) (\(at(rule.range)), weight \(IndicatorValue.format(rule.weight)))\n")
        case .waiver(let waiver):
            let source = waiver.source.map { t(" (fuente: ", " (source: ") + citation($0) + ")" } ?? ""
            return t("  Dispensada hasta \(waiver.until): \(waiver.reason.text(language))\(source)\n",
                     "  Waived until \(waiver.until): \(waiver.reason.text(language))\(source)\n")
        case .scope(let applicability, let order, let kind, let matches, let fromPolicy):
            let who = fromPolicy ? t("la política", "the policy") : t("la regla", "the rule")
            let scope = scope(applicability)
            let conditional = applicability.when != nil
            let verdict = !matches ? t("no aplica", "does not apply") : conditional ? t("aplica si se cumple la condición", "applies if the condition holds") : t("aplica", "applies")
            // Kind and order by name, as the reports give them: their ids are Spanish words in an English sentence.
            let (kindName, orderName) = (kind.name.text(language), order.name.text(language))
            return t("  Alcance según \(who): \(scope). La institución es de tipo \(kindName), orden \(orderName): \(verdict).\n",
                     "  Scope per \(who): \(scope). The institution is of kind \(kindName), order \(orderName): \(verdict).\n")
        case .condition(let source, let result, let fromPolicy):
            let who = fromPolicy ? t(" (de la política)", " (from the policy)") : ""
            return t("  Condición\(who) \(source.text) (\(at(source.range))) = \(show(result))\n",
                     "  Condition\(who) \(source.text) (\(at(source.range))) = \(show(result))\n")
        case .phaseFilter(let phases, let current, let included):
            let (names, now) = (phaseNames(phases), phaseName(current))
            return t("  Fases en que se comprueba: \(names); la actual («\(now)») \(included ? "está" : "no está").\n",
                     "  Phases it is checked in: \(names); the current one ('\(now)') \(included ? "is" : "is not") among them.\n")
        case .goal(let goal, let id):
            let phase = phaseName(id)
            guard let goal else {
                return t("  Sin meta para la fase «\(phase)»: no aplica en esta fase.\n", "  No goal for phase '\(phase)': it does not apply in this phase.\n")
            }
            // A yes/no goal in words ("que sí"): `true` is the formula's spelling, not the reader's.
            let target: String
            if case .bool(let b) = goal.target {
                target = b ? t("que sí", "yes") : t("que no", "no")
            } else {
                target = show(goal.target) + (asReported(goal, indicator).map { " [\($0)]" } ?? "")
            }
            var text = t("  Meta de la fase «\(phase)»: \(target) (\(at(goal.range)))",
                         "  Goal of phase '\(phase)': \(target) (\(at(goal.range)))")
            switch goal.status {
            case .official:
                if let source = goal.source {
                    text += t(", oficial: \(citation(source))", ", official: \(citation(source))")
                }
            case .proposed:
                text += t(", propuesta", ", proposed")
                if let rationale = goal.rationale { text += ": " + rationale.text(language).split(separator: "\n").joined(separator: " ") }
                if let source = goal.source { text += t(" (fuente: \(citation(source)))", " (source: \(citation(source)))") }
            }
            return text + "\n"
        case .read(let path, let range, let value):
            guard let value, let range else { return t("  Lee \(path): sin respuesta\n", "  Reads \(path): not answered\n") }
            return t("  Lee \(path) = \(value) (\(at(range)))\n", "  Reads \(path) = \(value) (\(at(range)))\n")
        case .indicator(let indicator, let result):
            let expression = oneLine(indicator.value.text)
            let value: String = switch result {
            // A ratio also as the report shows it, so that "0.7692" here is seen to be its "76.92 %".
            case .value(.number(let x)) where indicator.unit == .ratio: "\(IndicatorValue.format(x)) (\(ReportText.percentOfRatio(x)) %)"
            case .value(let v): v.description
            case .notReported(let missing): t("no reportado (faltan \(missing.joined(separator: ", ")))", "not reported (missing \(missing.joined(separator: ", ")))")
            case .error(let message): t("error: ", "error: ") + message.text(language)
            }
            // The condition its value must meet, before the value: an error may be that it does not hold.
            let validity = indicator.validWhen.map { v in
                t(", válido si \(oneLine(v.text)) (\(at(v.range)))", ", valid when \(oneLine(v.text)) (\(at(v.range)))")
            } ?? ""
            return t("  Indicador «\(indicator.id)» = \(expression)\n    (\(at(indicator.value.range)))\(validity) → \(value)\n",
                     "  Indicator '\(indicator.id)' = \(expression)\n    (\(at(indicator.value.range)))\(validity) → \(value)\n")
        case .comparison(let actual, let target, let direction, let strict, let reached):
            // A yes/no answer against a yes/no goal, in words: "true == true" says nothing a reader needs.
            if case .bool(let wanted) = target, case .bool(let answer) = actual {
                let (said, asked) = (answer ? t("sí", "yes") : t("no", "no"), wanted ? t("sí", "yes") : t("no", "no"))
                return reached
                    ? t("  Comparación: se alcanza: la respuesta es \(said).\n", "  Comparison: reached: the answer is \(said).\n")
                    : t("  Comparación: no se alcanza: la respuesta es \(said) y la meta pide \(asked).\n",
                        "  Comparison: not reached: the answer is \(said) and the goal asks for \(asked).\n")
            }
            let op = switch target {
            case .bool: "=="
            case .number: direction == .increase ? (strict ? ">" : ">=") : (strict ? "<" : "<=")
            }
            return t("  Comparación: \(actual) \(op) \(show(target)): \(reached ? "se alcanza" : "no se alcanza").\n",
                     "  Comparison: \(actual) \(op) \(show(target)): \(reached ? "reached" : "not reached").\n")
        case .evidence(let path, let range, let present):
            let place = range.map { " (\(at($0)))" } ?? ""
            return t("  Evidencia \(path)\(place): \(present ? "presente" : "falta").\n", "  Evidence \(path)\(place): \(present ? "present" : "missing").\n")
        case .check(let source, let result):
            return t("  Comprobación \(source.text) (\(at(source.range))) = \(show(result))\n",
                     "  Check \(source.text) (\(at(source.range))) = \(show(result))\n")
        case .outcome(let outcome, _):
            let yesNo: Bool = if case .bool? = outcome.value { true } else { false }
            let name = outcomeName(outcome.outcome, indicator, yesNo: yesNo)
            var text = outcome.failedCondition.map(failedConditionLine) ?? ""
            text += t("Resultado: \(name)", "Outcome: \(name)")
            if let credit = outcome.credit {
                text += t(" (crédito \(IndicatorValue.format(credit))", " (credit \(IndicatorValue.format(credit))")
                let score = scoreIsWeighted ? t("al puntaje", "the score") : t("al puntaje ponderado de reglas", "the weighted rule score")
                // Rounded as the reports' gaps give it ("aporta +0.03"), not to four figures (0.025): the same rule, the same figure.
                let gain = ScoreFormat.gain(outcome.gain)
                if outcome.gain > 0 { text += t("; cumplirla sumaría \(gain) \(score)", "; meeting it would add \(gain) to \(score)") }
                text += ")"
            }
            return text + ".\n"
        }
    }

    /// The condition of a `&&` chain that made the rule not met, and the answers it reads: what the report's gap points at.
    /// One reached through another indicator is shown after the references followed:
    /// `indicators.comite_integrado: comite.integrantes_publico >= 1`.
    func failedConditionLine(_ failed: FailedCondition) -> String {
        let reads = failed.reads.map { read in read.range.map { "\(read.path) (\(at($0)))" } ?? t("\(read.path) (sin respuesta)", "\(read.path) (not answered)") }
        let reading = reads.isEmpty ? "" : t("; lee ", "; reads ") + reads.joined(separator: ", ")
        let condition = (failed.through + [failed.text]).map(oneLine).joined(separator: ": ")
        return t("  No se cumple la condición \(condition)\(reading).\n", "  The condition that fails: \(condition)\(reading).\n")
    }

    /// The orders and kinds `applicability` admits ("toda institución" when it names none), in the order the batch's
    /// report and summary list them (orders from federal down, kinds as the Métrica classifies them), the same in either
    /// language: sorted by name they read "Estatal, Federal, Municipal", and in another order in English.
    func scope(_ applicability: Applicability) -> String {
        var wanted: [String] = []
        if let orders = applicability.orders {
            wanted.append(t("órdenes ", "orders ") + GovernmentOrder.allCases.filter(orders.contains).map { $0.name.text(language) }.joined(separator: ", "))
        }
        if let kinds = applicability.kinds {
            wanted.append(t("tipos ", "kinds ") + InstitutionKind.allCases.filter(kinds.contains).map { $0.name.text(language) }.joined(separator: ", "))
        }
        let scope = wanted.isEmpty ? t("toda institución", "every institution") : wanted.joined(separator: "; ")
        // With a `when`, orders and kinds are not the whole scope: the condition decides too.
        return applicability.when == nil ? scope : scope + t(", con una condición", ", with a condition")
    }

    /// A phase by its name, as the header and the reports name it; its id when the rule set does not name it.
    func phaseName(_ id: PhaseID) -> String { ruleSet.phase(id)?.name.text(language) ?? id.rawValue }

    func phaseNames(_ ids: [PhaseID]) -> String { ids.map(phaseName).joined(separator: ", ") }

    /// Where something is written: inside the bundle, relative to it (`Rules/pai/rules/x.yaml:4:5`), as in the reports.
    func at(_ range: SourceRange) -> String {
        let start = range.start
        return SourceLocation(file: BundlePath.relative(start.file, to: bundle), line: start.line, column: start.column).description
    }

    /// Folded YAML text (a formula or a rationale written over several lines) on one line.
    func oneLine(_ text: String) -> String { Evaluator.oneLine(text) }

    func show(_ result: TraceEvent.Result) -> String {
        switch result {
        case .value(let v): v
        case .missing(let paths): t("no reportado (faltan \(paths.joined(separator: ", ")))", "not reported (missing \(paths.joined(separator: ", ")))")
        case .error(let message): "error: " + message.text(language)
        }
    }

    func show(_ target: Goal.Target) -> String {
        switch target {
        case .bool(let b): b ? "true" : "false"
        case .number(let x): IndicatorValue.format(x)
        }
    }

    /// A citation, with its note when it has one: the note says what the citation cannot (a law whose text is not
    /// among the sources at hand, a section only described), and a reader who signs off the rules must see it.
    func citation(_ citation: Citation) -> String {
        let title = ruleSet.source(citation.ref)?.title ?? citation.ref.rawValue
        let note = citation.note.map { t(" [nota: ", " [note: ") + oneLine($0.text(language)) + "]" } ?? ""
        return "\(title), «\(citation.section)»\(note)"
    }

    /// A goal as the report shows it ("≥ 80 %" for 0.8 of a ratio, "sí" for true), when that says more than the value.
    func asReported(_ goal: Goal, _ indicator: Indicator?) -> String? {
        if case .bool(let b) = goal.target { return b ? t("sí", "yes") : t("no", "no") }
        guard let indicator, case .number = goal.target else { return nil }
        return ReportText(language).target(goal.target, unit: indicator.unit, direction: indicator.direction, strict: goal.strict)
    }

    /// `indicator`: the rule's, whose unit says the distance as the report does ("0.0308 [3.08 puntos porcentuales]").
    /// `yesNo`: the value is yes or no (a check rule's, a yes/no indicator's), which has no distance to show.
    func outcomeName(_ outcome: Outcome, _ indicator: Indicator? = nil, yesNo: Bool = false) -> String {
        switch outcome {
        case .met: return t("cumple", "met")
        case .notMet(let gap) where yesNo:
            return t("no cumple (plazo \(gap.deadline))", "not met (deadline \(gap.deadline))")
        case .notMet(let gap):
            let distance = IndicatorValue.format(gap.distance)
            let shown = indicator.flatMap { ReportText(language).distance(gap.distance, unit: $0.unit) }.flatMap { $0 == distance ? nil : " [\($0)]" } ?? ""
            return t("no cumple (distancia \(distance)\(shown), plazo \(gap.deadline))",
                     "not met (distance \(distance)\(shown), deadline \(gap.deadline))")
        case .notReported(let missing):
            return t("no reportado (faltan \(missing.joined(separator: ", ")))", "not reported (missing \(missing.joined(separator: ", ")))")
        // Waived is not "does not apply": the rule applies, and is only set aside until a date.
        case .notApplicable(.waived(let until, _, _)):
            return t("dispensada hasta \(until)", "waived until \(until)")
        case .notApplicable(let reason):
            let why: String = switch reason {
            case .outOfScope: t("fuera de alcance", "out of scope")
            case .conditionFalse: t("la condición es falsa", "the condition is false")
            case .noGoalInPhase(let id): t("sin meta en la fase «\(phaseName(id))»", "no goal in phase '\(phaseName(id))'")
            // As the report says it, with the policy's reason and source: the phase alone reads as the law's scope.
            case .policyExemption: ReportText(language).reason(reason, phaseName: phaseName, citation: citation)
            case .waived(let until, _, _): t("dispensada hasta \(until)", "waived until \(until)")
            }
            return t("no aplica (\(why))", "not applicable (\(why))")
        case .missingEvidence(let fields):
            return t("falta evidencia (\(fields.joined(separator: ", ")))", "missing evidence (\(fields.joined(separator: ", ")))")
        case .error(let message): return "error: " + message.text(language)
        }
    }
}
