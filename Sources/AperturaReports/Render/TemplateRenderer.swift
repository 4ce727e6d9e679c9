public import AperturaModel
public import AperturaSource

/// A blank self-assessment for a rule set: every field left empty (so "not reported" until filled),
/// with a comment above it saying what it asks, what type it takes and what evidence backs it.
public struct TemplateRenderer: Sendable {
    let ruleSet: RuleSet
    let language: Language

    public init(ruleSet: RuleSet, language: Language) {
        self.ruleSet = ruleSet
        self.language = language
    }

    func t(_ es: String, _ en: String) -> String { language == .es ? es : en }

    /// `notAsked`: sections no rule that applies to such an institution reads (`Evaluator.sectionsNotAsked`), left
    /// out and named in a closing comment, so that the person filling it in knows they were not forgotten.
    /// `inPhase`: those of `notAsked` left out only in the phase of the as-of date, named in a note of their own.
    public func render(kind: InstitutionKind?, order: GovernmentOrder?, schemaPath: String? = nil, notAsked: Set<SectionID> = [],
                       inPhase: SectionsNotAskedInPhase? = nil) -> String {
        var out: [String] = []
        if let schemaPath { out.append("# yaml-language-server: $schema=\(schemaPath)") }
        out.append("# " + t("Autoevaluación", "Self-assessment") + ": \(ruleSet.info.name.text(language)) (\(ruleSet.info.id) \(ruleSet.info.version))")
        out.append("# " + t("Llene cada campo; un campo vacío cuenta como «no reportado», nunca como cumplido.",
                            "Fill in every field; an empty field counts as \"not reported\", never as met."))
        out.append("apertura: 1")
        out.append("rule_set: \(ruleSet.info.id)")
        out.append("institution:")
        out.append("  # " + t("Clave de registro del sujeto obligado", "The obligated subject's register id"))
        out.append("  id: \"\"")
        out.append("  name: \"\"")
        out.append("  # " + t("Uno de", "One of") + ": " + InstitutionKind.allCases.map(\.rawValue).joined(separator: ", "))
        // No trailing space after a key left blank, as `state:` and every answer are.
        out.append("  kind:" + (kind.map { " " + $0.rawValue } ?? ""))
        out.append("  # federal, estatal, municipal")
        out.append("  order:" + (order.map { " " + $0.rawValue } ?? ""))
        if order != .federal {
            out.append("  # " + t("Entidad federativa (omitir si es federal)", "State (leave out if federal)") + ": aguascalientes, baja_california, …, zacatecas")
            out.append("  state:")
        }
        out.append("  # " + t("Población (municipios); número entero", "Population (municipalities); whole number"))
        out.append("  population:")
        // Left blank like every answer: a date written in advance would be reported unchanged by whoever forgets it.
        out.append("# " + t("Periodo que se informa: primer y último día (AAAA-MM-DD)", "Period reported: first and last day (YYYY-MM-DD)"))
        out.append("period:")
        out.append("  start:")
        out.append("  end:")
        out.append("answers:")
        for section in ruleSet.form where applies(section.appliesTo, kind: kind, order: order) && !notAsked.contains(section.id) {
            out.append("")
            out.append("  # == \(section.name.text(language)) ==")
            if let description = section.description { out.append("  # \(description.text(language))") }
            if let when = section.appliesTo.when { out.append("  # " + t("Sólo si", "Only if") + ": \(when.text)") }
            out.append("  \(section.id):")
            for field in section.fields { out += lines(field, indent: "    ") }
        }
        let temporary = inPhase?.askedFrom ?? [:]
        let left = ruleSet.form.filter { notAsked.contains($0.id) && temporary[$0.id] == nil && applies($0.appliesTo, kind: kind, order: order) }
        if let inPhase {
            out += notes(ruleSet.form.filter { notAsked.contains($0.id) && temporary[$0.id] != nil }, inPhase)
        }
        if !left.isEmpty {
            out.append("")
            out.append("  # " + t("No se piden a este tipo de institución (ninguna regla que le aplica las lee)",
                                  "Not asked of this kind of institution (no rule that applies to it reads them)")
                       + ": " + left.map { "\($0.name.text(language)) (\($0.id))" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One note per date from which sections are asked again: «No se piden a este tipo de institución en la fase
    /// «Inicio» (exención temporal propuesta por la política; se piden desde el 2028-01-01): Datos abiertos (datos_abiertos)».
    func notes(_ sections: [FormSection], _ inPhase: SectionsNotAskedInPhase) -> [String] {
        let phase = ruleSet.phase(inPhase.phase)?.name.text(language) ?? inPhase.phase.rawValue
        let exemption = inPhase.proposed ? t("exención temporal propuesta por la política", "temporary exemption proposed by the policy")
            : t("exención temporal de la política", "temporary exemption of the policy")
        var dates: [Day?] = []
        for section in sections where !dates.contains(inPhase.askedFrom[section.id] ?? nil) { dates.append(inPhase.askedFrom[section.id] ?? nil) }
        return dates.flatMap { date -> [String] in
            let when = date.map { t("; se piden desde el \($0)", "; asked from \($0)") } ?? ""
            let named = sections.filter { (inPhase.askedFrom[$0.id] ?? nil) == date }.map { "\($0.name.text(language)) (\($0.id))" }
            return ["", "  # " + t("No se piden a este tipo de institución en la fase «\(phase)» (\(exemption)\(when))",
                                    "Not asked of this kind of institution in phase '\(phase)' (\(exemption)\(when))")
                    + ": " + named.joined(separator: ", ")]
        }
    }

    func applies(_ applicability: Applicability, kind: InstitutionKind?, order: GovernmentOrder?) -> Bool {
        (kind.map { applicability.kinds?.contains($0) ?? true } ?? true) && (order.map { applicability.orders?.contains($0) ?? true } ?? true)
    }

    func lines(_ field: FormField, indent: String) -> [String] {
        var out = ["\(indent)# \(field.prompt.text(language)) (\(typeHint(field))" + requirement(field) + ")"]
        if let evidence = field.evidenceHint { out.append("\(indent)# " + t("Evidencia", "Evidence") + ": \(evidence.text(language))") }
        out.append("\(indent)\(field.id):")
        if field.type == .list {
            out.append("\(indent)  # " + t("Un elemento por renglón, así:", "One item per entry, like this:"))
            for (n, item) in field.items.enumerated() {
                let itemLines = lines(item, indent: "\(indent)  ")
                for (m, line) in itemLines.enumerated() {
                    let body = String(line.dropFirst(indent.count + 2))
                    let prefix = n == 0 && m == itemLines.count - 1 ? "- " : "  "
                    out.append("\(indent)  # \(prefix)\(body.hasPrefix("# ") ? String(body.dropFirst(2)) : body)")
                }
            }
        }
        return out
    }

    /// An empty evidence field is no pass: the answer it backs is "missing evidence", which "optional" hid.
    func requirement(_ field: FormField) -> String {
        if field.required { return "" }
        return field.type == .evidence
            ? t("; si la deja vacía, la respuesta que respalda cuenta como «falta evidencia», no como cumplida",
                "; left empty, the answer it backs counts as 'missing evidence', not as met")
            : t("; opcional", "; optional")
    }

    func typeHint(_ field: FormField) -> String {
        let bounds = field.effectiveBounds
        let range = [bounds.min, bounds.max].contains(where: { $0 != nil })
            ? " " + t("de", "from") + " \(bounds.min.map(IndicatorTextFormat.number) ?? "…") " + t("a", "to") + " \(bounds.max.map(IndicatorTextFormat.number) ?? "…")" : ""
        switch field.type {
        case .boolean: return "true | false"
        case .integer: return t("número entero", "whole number") + range
        case .number: return t("número", "number") + range
        case .ratio: return t("razón", "ratio") + range
        case .percent: return t("porcentaje", "percent") + range
        case .date: return t("fecha AAAA-MM-DD", "date YYYY-MM-DD")
        case .text: return t("texto", "text")
        case .choice: return t("una de", "one of") + ": " + field.options.map(\.id).joined(separator: ", ")
        case .choices: return t("lista de", "list of") + ": " + field.options.map(\.id).joined(separator: ", ")
        case .evidence: return t("lista de enlaces o documentos", "list of links or documents")
        case .list: return t("lista", "list")
        }
    }
}

/// Numbers in templates: no trailing zeros.
enum IndicatorTextFormat {
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
