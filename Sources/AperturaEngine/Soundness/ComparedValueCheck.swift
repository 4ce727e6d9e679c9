import AperturaExpressions
public import AperturaModel
public import AperturaSource

/// A string compared with a value of a closed set (`institution.kind`, `institution.order`,
/// `institution.state`, a `choice` or `choices` field, also of a list's items) must be one of its values:
/// the checker sees only strings, so `institution.kind == "municipios"` compiles and is silently never true,
/// and a rule that applies `when` it applies to no one. The compiler finds the comparisons
/// (`CELProgram.comparedLiterals`), with comprehension variables resolved to the list they range over.
public struct ComparedValueCheck {
    /// The values each path may take; a list's items as `seccion.lista[].campo`.
    let allowed: [String: [String]]
    let environment: ExpressionEnvironment

    public init(ruleSet: RuleSet) {
        self.init(allowedFrom: ruleSet.form, indicators: ruleSet.indicators)
    }

    /// The closed sets of the institution, and those of the `choice` and `choices` fields of `form`.
    public init(allowedFrom form: [FormSection], indicators: [Indicator] = []) {
        var allowed: [String: [String]] = [
            "institution.kind": InstitutionKind.allCases.map(\.rawValue),
            "institution.order": GovernmentOrder.allCases.map(\.rawValue),
            "institution.state": MexicanState.all.map(\.id),
        ]
        func add(_ fields: [FormField], under prefix: String) {
            for field in fields {
                if field.type == .choice || field.type == .choices { allowed["\(prefix).\(field.id)"] = field.options.map(\.id) }
                if field.type == .list { add(field.items, under: "\(prefix).\(field.id)[]") }
            }
        }
        for section in form { add(section.fields, under: section.id.rawValue) }
        self.allowed = allowed
        environment = ExpressionEnvironment(form: form, indicators: indicators)
    }

    /// Every expression of a rule set: indicator values, checks, and `applies_to.when` of rules and sections.
    public static func expressions(of ruleSet: RuleSet) -> [ExpressionSource] {
        var found: [ExpressionSource] = ruleSet.indicators.map(\.value)
        for rule in ruleSet.rules {
            if case .check(let check, _, _) = rule.body { found.append(check) }
            if let when = rule.appliesTo.when { found.append(when) }
        }
        found += ruleSet.form.compactMap(\.appliesTo.when)
        return found
    }

    public func run(_ expressions: [ExpressionSource]) -> [Diagnostic] {
        expressions.flatMap(check)
    }

    /// An expression that does not compile has its own error elsewhere; unchecked, so that a type mismatch
    /// somewhere else in it does not hide its comparisons.
    private func check(_ expression: ExpressionSource) -> [Diagnostic] {
        guard let program = try? CELProgram.compile(expression.text, declarations: environment.declarations, checked: false) else { return [] }
        return program.comparedLiterals.compactMap { compared in
            guard let values = allowed[compared.path], !values.contains(compared.value) else { return nil }
            let help = Suggestion.closest(to: compared.value, in: values).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                ?? LocalizedText(es: "valores: \(values.joined(separator: ", "))", en: "values: \(values.joined(separator: ", "))")
            let path = compared.path.replacingOccurrences(of: "[]", with: "")
            return .error(
                "unknown_value",
                // The operator is not known here: the wording holds for ==, != and in alike.
                LocalizedText(es: "«\(compared.value)» no es un valor de \(path): ningún valor lo iguala, así que == nunca se cumple y != siempre",
                              en: "'\(compared.value)' is not a value of \(path): no value equals it, so == never holds and != always does"),
                at: SourceRange(at: expression.location(ofOffset: compared.offset)), help: help)
        }
    }
}
