public import AperturaModel
public import AperturaSource
public import AperturaExpressions
public import AperturaLoader

/// Compiles every expression of a rule set once. A broken expression, an unknown variable or field,
/// a wrong result type or a cycle between indicators is a diagnostic at its place in the YAML file.
public enum RuleSetCompiler {
    public static func compile(_ ruleSet: RuleSet, limits: CELLimits = .default) -> (CompiledRuleSet?, [Diagnostic]) {
        compile(ruleSet, environment: ExpressionEnvironment(ruleSet: ruleSet), limits: limits)
    }

    /// The expression diagnostics of a rule set read despite load errors (`lint`): each expression is checked
    /// against what could be declared, the names the errors left `unread` being of unknown type, so that an
    /// expression is not blamed for an error its declaration already has. When some section was lost without
    /// its id, an unknown variable may be that section: `expr_undeclared_reference` is then not said, and a note
    /// says so once.
    public static func check(_ partial: PartialRuleSet, limits: CELLimits = .default) -> [Diagnostic] {
        let ruleSet = partial.ruleSet
        let environment = ExpressionEnvironment(form: ruleSet.form, indicators: ruleSet.indicators, unread: partial.unread)
        var diagnostics = compile(ruleSet, environment: environment, limits: limits).1
        guard partial.unread.someSection else { return diagnostics }
        let unsure = diagnostics.filter { $0.code == CELCompileError.undeclaredReference }
        guard let first = unsure.first else { return diagnostics }
        diagnostics.removeAll { $0.code == CELCompileError.undeclaredReference }
        diagnostics.append(Diagnostic(
            .note, code: "names_not_checked",
            LocalizedText(es: "\(CountText.of(unsure.count, "expresión nombra", "expresiones nombran")) variables desconocidas que pueden ser secciones del formulario que no se pudieron leer: se revisarán cuando se corrijan los errores de carga",
                          en: "\(CountText.of(unsure.count, "expression names", "expressions name")) unknown variables that may be form sections that could not be read: they are checked once the load errors are fixed"),
            at: first.range))
        return diagnostics
    }

    static func compile(_ ruleSet: RuleSet, environment: ExpressionEnvironment, limits: CELLimits) -> (CompiledRuleSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let form = FormOrder(ruleSet.form)

        func compile(_ source: ExpressionSource, expecting expected: ExpectedType) -> CELProgram? {
            let (program, diagnostic) = compileChecked(source, environment: environment, limits: limits, expecting: expected)
            if let diagnostic { diagnostics.append(diagnostic) }
            return program
        }

        var compiledIndicators: [IndicatorID: CompiledRuleSet.CompiledIndicator] = [:]
        for indicator in ruleSet.indicators {
            let expected: ExpectedType = indicator.unit == .boolean ? .bool : .number
            let program = compile(indicator.value, expecting: expected)
            // Compiled only when written: an indicator without `valid_when` costs nothing more to evaluate.
            var validity: CELProgram?
            if let validWhen = indicator.validWhen {
                validity = compile(validWhen, expecting: .bool)
                if validity == nil { continue }
            }
            guard let program, let slot = environment.indicatorIndex(indicator.id) else { continue }
            // Only a yes/no indicator is judged false, and only then is the condition that made it so looked for.
            let conjuncts = indicator.unit == .boolean ? CompiledConjunct.split(indicator.value, environment: environment, limits: limits, form: form) : []
            // What `valid_when` reads is read by the indicator too: its answers are needed, and listed, like the value's.
            let programs = [program] + (validity.map { [$0] } ?? [])
            let compiledIndicator = CompiledRuleSet.CompiledIndicator(
                indicator: indicator, program: program, validity: validity,
                validityConjuncts: validityConditions(indicator.validWhen, validity, environment: environment, limits: limits, form: form),
                slotIndex: slot,
                reads: ReadPaths.unique(programs.flatMap { ReadPaths.answers($0, form: form) }).sorted { form.position($0) < form.position($1) },
                optionalReads: programs.reduce(into: []) { $0.formUnion(ReadPaths.presenceTested($1, form: form)) },
                periodReads: ReadPaths.period(programs),
                itemReads: ItemReads.of(programs, form: form),
                dependencies: ReadPaths.indicators(programs.flatMap(\.referencedPaths)).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                conjuncts: conjuncts)
            compiledIndicators[indicator.id] = compiledIndicator
        }
        let dependencies = compiledIndicators.mapValues(\.dependencies)
        let order = IndicatorOrder.sort(ruleSet.indicators, dependencies: dependencies, reference: { reader, read in
            guard let compiled = compiledIndicators[reader], let offset = compiled.program.referencedPathOffsets["indicators.\(read)"] else { return nil }
            return SourceRange(at: compiled.indicator.value.location(ofOffset: offset))
        }, diagnostics: &diagnostics)
        var rules: [CompiledRuleSet.CompiledRule] = []
        for rule in ruleSet.rules {
            let condition = rule.appliesTo.when.flatMap { compile($0, expecting: .bool) }
            var check: CELProgram?
            var checkConjuncts: [CompiledConjunct] = []
            var reads = condition.map { ReadPaths.answers($0, form: form) } ?? []
            var evidenceReads: [ReadPath] = []
            var optionalReads = condition.map { ReadPaths.presenceTested($0, form: form) } ?? []
            var itemReads = ItemReads.of([condition].compactMap { $0 }, form: form)
            switch rule.body {
            case .check(let source, _, _):
                check = compile(source, expecting: .bool)
                reads += check.map { ReadPaths.answers($0, form: form) } ?? []
                optionalReads.formUnion(check.map { ReadPaths.presenceTested($0, form: form) } ?? [])
                itemReads = ItemReads.of([condition, check].compactMap { $0 }, form: form)
                if check != nil { checkConjuncts = CompiledConjunct.split(source, environment: environment, limits: limits, form: form) }
            case .goal(let indicator, _, let evidence):
                reads += compiledIndicators[indicator]?.reads ?? []
                optionalReads.formUnion(compiledIndicators[indicator]?.optionalReads ?? [])
                itemReads = ItemReads.union(itemReads, compiledIndicators[indicator]?.itemReads ?? [], form: form)
                evidenceReads = evidence.map { ReadPath(section: $0.section, field: $0.field) }
            }
            let periodReads = Set(ReadPaths.period([condition, check].compactMap { $0 }) + (rule.indicator.flatMap { compiledIndicators[$0]?.periodReads } ?? []))
            rules.append(.init(rule: rule, condition: condition, check: check, reads: ReadPaths.unique(reads + evidenceReads),
                               neededReads: ReadPaths.unique(reads), optionalReads: optionalReads, neededItemReads: itemReads,
                               checkConjuncts: checkConjuncts, periodReads: ["period.start", "period.end"].filter(periodReads.contains)))
        }
        var sectionConditions: [SectionID: CELProgram] = [:]
        for section in ruleSet.form {
            if let when = section.appliesTo.when { sectionConditions[section.id] = compile(when, expecting: .bool) }
        }
        guard !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
        let compiled = CompiledRuleSet(
            ruleSet: ruleSet, environment: environment,
            indicatorOrder: order.compactMap { compiledIndicators[$0] }, rules: rules, sectionConditions: sectionConditions, form: form)
        return (compiled, diagnostics)
    }

    /// One expression against the rule set's variables: the program, or the diagnostic at its place in the YAML.
    static func compileChecked(
        _ source: ExpressionSource, environment: ExpressionEnvironment, limits: CELLimits, expecting expected: ExpectedType
    ) -> (CELProgram?, Diagnostic?) {
        do {
            let program = try CELProgram.compile(source.text, declarations: environment.declarations, limits: limits)
            guard expected.admits(program.resultType) else {
                return (nil, .error(
                    "expr_type_mismatch",
                    LocalizedText(es: "la expresión da \(program.resultType), se esperaba \(expected.name(.es))",
                                  en: "the expression yields \(program.resultType), expected \(expected.name(.en))"),
                    at: source.range, help: expected.help(for: program.resultType)))
            }
            return (program, nil)
        } catch {
            // An expression over the length limit may be megabytes long: its start is enough to find it.
            let shown = error.code == CELCompileError.tooLong ? String(source.text.prefix(80)) + "…" : source.text
            return (nil, .error(error.code, error.message, at: SourceRange(at: source.location(ofOffset: error.offset)),
                                help: error.help ?? LocalizedText(es: "en la expresión: \(shown)", en: "in the expression: \(shown)")))
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

        /// What to write instead of an expression that yields `actual`. A list (a `list` or `choices` field
        /// used whole) is counted or tested, not compared: the general advice would not fit it.
        func help(for actual: CELType) -> LocalizedText {
            switch (self, actual) {
            case (.number, .list):
                ListAsNumberHelp.text
            case (.bool, .list):
                LocalizedText(
                    es: "una lista no es true ni false: pregunte si algún elemento cumple con `lista.exists(x, cond)`, si todos con `lista.all(x, cond)`, o si tiene alguno con `size(lista) > 0`",
                    en: "a list is neither true nor false: ask whether some item holds with `list.exists(x, cond)`, whether all do with `list.all(x, cond)`, or whether it has any with `size(list) > 0`")
            case (.bool, _):
                LocalizedText(
                    es: "una condición, un check o un indicador boolean da true o false: compare el valor (`... > 0`, `... == 'x'`)",
                    en: "a condition, a check or a boolean indicator yields true or false: compare the value (`... > 0`, `... == 'x'`)")
            case (.number, _):
                LocalizedText(
                    es: "un indicador numérico da un número: para un sí/no use `cond ? 1.0 : 0.0`, o la unidad boolean",
                    en: "a numeric indicator yields a number: for a yes/no use `cond ? 1.0 : 0.0`, or the boolean unit")
            }
        }

        func name(_ language: Language) -> String {
            switch self {
            case .bool: "bool"
            case .number: language == .es ? "un número (int o double)" : "a number (int or double)"
            }
        }
    }

    /// The conditions of a `valid_when`: those of its `&&` chain, or the whole as one when it is no chain, so that
    /// an error always names the condition that fails and is placed at its answer.
    static func validityConditions(_ source: ExpressionSource?, _ program: CELProgram?, environment: ExpressionEnvironment,
                                   limits: CELLimits, form: FormOrder) -> [CompiledConjunct] {
        guard let source, let program else { return [] }
        let chain = CompiledConjunct.split(source, environment: environment, limits: limits, form: form)
        guard chain.isEmpty else { return chain }
        return [CompiledConjunct(program: program, text: Evaluator.oneLine(source.text), reads: ReadPaths.answers(program, form: form), indicators: ReadPaths.indicators(program))]
    }
}
