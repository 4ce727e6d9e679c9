public import AperturaModel
public import AperturaSource
public import AperturaExpressions

/// Compiles every expression of a rule set once. A broken expression, an unknown variable or field,
/// a wrong result type or a cycle between indicators is a diagnostic at its place in the YAML file.
public enum RuleSetCompiler {
    public static func compile(_ ruleSet: RuleSet, limits: CELLimits = .default) -> (CompiledRuleSet?, [Diagnostic]) {
        let environment = ExpressionEnvironment(ruleSet: ruleSet)
        var diagnostics: [Diagnostic] = []
        let sectionRoots = Set(ruleSet.form.map(\.id.rawValue))

        func compile(_ source: ExpressionSource, expecting expected: ExpectedType) -> CELProgram? {
            do {
                let program = try CELProgram.compile(source.text, declarations: environment.declarations, limits: limits)
                if !expected.admits(program.resultType) {
                    diagnostics.append(.error(
                        "expr_type_mismatch",
                        LocalizedText(es: "la expresión da \(program.resultType), se esperaba \(expected.name(.es))",
                                      en: "the expression yields \(program.resultType), expected \(expected.name(.en))"),
                        at: source.range))
                    return nil
                }
                return program
            } catch {
                let location = source.location(ofOffset: error.offset)
                diagnostics.append(.error(error.code, error.message, at: SourceRange(at: location),
                                          help: LocalizedText(es: "en la expresión: \(source.text)", en: "in the expression: \(source.text)")))
                return nil
            }
        }
        func reads(_ source: ExpressionSource?) -> [FieldReference] {
            guard let source else { return [] }
            return FieldReference.find(in: source.text, roots: sectionRoots).map { FieldReference(section: SectionID($0.root), field: $0.field) }
        }

        var compiledIndicators: [IndicatorID: CompiledRuleSet.CompiledIndicator] = [:]
        for indicator in ruleSet.indicators {
            let expected: ExpectedType = indicator.unit == .boolean ? .bool : .number
            guard let program = compile(indicator.value, expecting: expected),
                let slot = environment.indicatorIndex(indicator.id) else { continue }
            compiledIndicators[indicator.id] = .init(indicator: indicator, program: program, slotIndex: slot, reads: reads(indicator.value))
        }
        let order = IndicatorOrder.sort(ruleSet.indicators, diagnostics: &diagnostics)
        var rules: [CompiledRuleSet.CompiledRule] = []
        for rule in ruleSet.rules {
            let condition = rule.appliesTo.when.flatMap { compile($0, expecting: .bool) }
            var check: CELProgram?
            var ruleReads: [FieldReference] = reads(rule.appliesTo.when)
            switch rule.body {
            case .check(let source, _):
                check = compile(source, expecting: .bool)
                ruleReads += reads(source)
            case .goal(let indicator, _, let evidence):
                ruleReads += compiledIndicators[indicator]?.reads ?? []
                ruleReads += evidence.map { FieldReference(section: $0.section, field: $0.field) }
            }
            var paths: [CompiledRuleSet.ReadPath] = []
            for reference in ruleReads where !paths.contains(where: { $0.section == reference.section && $0.field == reference.field }) {
                paths.append(.init(section: reference.section, field: reference.field, path: "\(reference.section).\(reference.field)"))
            }
            rules.append(.init(rule: rule, condition: condition, check: check, reads: paths))
        }
        var sectionConditions: [SectionID: CELProgram] = [:]
        for section in ruleSet.form {
            if let when = section.appliesTo.when { sectionConditions[section.id] = compile(when, expecting: .bool) }
        }
        guard !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
        let compiled = CompiledRuleSet(
            ruleSet: ruleSet, environment: environment,
            indicatorOrder: order.compactMap { compiledIndicators[$0] }, rules: rules, sectionConditions: sectionConditions)
        return (compiled, diagnostics)
    }

    /// Compiles one condition of a policy's applicability entry against a compiled rule set's variables.
    static func compileCondition(_ source: ExpressionSource, environment: ExpressionEnvironment, limits: CELLimits) -> (CELProgram?, Diagnostic?) {
        do {
            return (try CELProgram.compile(source.text, declarations: environment.declarations, limits: limits), nil)
        } catch {
            return (nil, .error(error.code, error.message, at: SourceRange(at: source.location(ofOffset: error.offset))))
        }
    }

    enum ExpectedType {
        case bool, number

        func admits(_ type: CELType) -> Bool {
            switch (self, type) {
            case (_, .dyn), (.bool, .bool), (.number, .int), (.number, .double), (.number, .uint): true
            default: false
            }
        }

        func name(_ language: Language) -> String {
            switch self {
            case .bool: "bool"
            case .number: language == .es ? "un número (int o double)" : "a number (int or double)"
            }
        }
    }
}
