public import AperturaModel
public import AperturaSource
public import AperturaYAML

/// Loads self-assessments against a rule set's form: the form decides each answer's type.
public enum AssessmentLoader {
    enum Key: String, CaseIterable {
        case apertura
        case ruleSet = "rule_set"
        case institution, period, answers
    }

    /// The format versions this build reads.
    public static let supportedVersions: ClosedRange<Int64> = 1...1

    /// Every self-assessment in the file (a file may hold a stream of documents), and the diagnostics.
    /// Documents with errors are left out of the list.
    ///
    /// Each document is read as soon as it is parsed and its tree let go: a stream of many documents never
    /// holds more than one. The YAML layer's diagnostics still come first, as if the whole file had been
    /// parsed before reading.
    public static func load(file: String, ruleSet: RuleSet, limits: YAMLLimits = .default) -> ([Assessment], DiagnosticList) {
        load(SourceInput(file), ruleSet: ruleSet, limits: limits)
    }

    /// `load(file:)` of an input read once (a pipe) or from its path, named `input.name` in diagnostics.
    public static func load(_ input: SourceInput, ruleSet: RuleSet, limits: YAMLLimits = .default) -> ([Assessment], DiagnosticList) {
        let file = input.name
        let reading = LoadContext()
        var assessments: [Assessment] = []
        var documents = 0
        let parseDiagnostics = YAMLParser.forEachDocument(in: input, limits: limits) { document in
            documents += 1
            if let assessment = read(document, file: file, ruleSet: ruleSet, reading) { assessments.append(assessment) }
        }
        let context = LoadContext()
        context.report(contentsOf: parseDiagnostics)
        context.report(contentsOf: reading.diagnostics)
        if documents == 0 && !context.diagnostics.hasErrors {
            context.error("empty_document", es: "el archivo no contiene ninguna autoevaluación", en: "the file holds no self-assessment",
                          at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return (context.diagnostics.hasErrors ? [] : assessments, context.diagnostics)
    }

    /// One document: the assessment, or nil when it has errors (reported into `context`). With `partial`, a
    /// document with errors still gives what could be read, when its version, rule set and the institution's kind
    /// and order could (what applies to it; a blank id or name does not change that): for `validate` to list the
    /// missing answers beside the errors. Never evaluate a partial assessment.
    public static func read(_ document: YAMLDocument, file: String, ruleSet: RuleSet, _ context: LoadContext, partial: Bool = false) -> Assessment? {
        let errorsBefore = context.diagnostics.errorCount
        // An empty document is named at its own start: in a stream, that is not the file's first line.
        guard let root = document.root else {
            context.error("empty_document", es: "el documento está vacío", en: "the document is empty", at: SourceRange(at: document.range.start))
            return nil
        }
        guard var reader = MappingReader<Key>(root, context, what: LocalizedText(es: "una autoevaluación", en: "a self-assessment")) else { return nil }
        let version = reader.required(.apertura).flatMap(context.integer)
        if let version, !supportedVersions.contains(version) {
            context.error("unsupported_version", es: "versión de formato \(version) no soportada (se admite 1)",
                          en: "format version \(version) is not supported (1 is)", at: root["apertura"]?.range)
        }
        let ruleSetID = reader.required(.ruleSet).flatMap(context.string)
        if let ruleSetID, ruleSetID != ruleSet.info.id {
            context.error("rule_set_mismatch", es: "la autoevaluación responde al conjunto de reglas «\(ruleSetID)», no a «\(ruleSet.info.id)»",
                          en: "the self-assessment answers rule set '\(ruleSetID)', not '\(ruleSet.info.id)'", at: root["rule_set"]?.range,
                          // `PAI` or `pai ` is a slip in the file, not another rule set to look for.
                          help: ruleSetID.lowercased().trimmingSpaces == ruleSet.info.id
                              ? LocalizedText(es: "escriba «\(ruleSet.info.id)», en minúsculas y sin espacios", en: "write '\(ruleSet.info.id)', lower-case and without spaces")
                              : LocalizedText(es: "use --rules con la carpeta de «\(ruleSetID)»", en: "pass --rules with the folder of '\(ruleSetID)'"))
        }
        let institution = reader.required(.institution).flatMap { self.institution($0, context, partial: partial) }
        let period = reader.optional(.period).flatMap { self.period($0, context) }
        let answersNode = reader.optional(.answers)
        reader.finish()
        var sections: [SectionID: AnswerGroup] = [:]
        // Answers to another rule set's form would only repeat the mismatch as unknown sections; so would answers
        // written for another form under this rule set's name (`ForeignSections`), said once at `rule_set`.
        var foreign = false
        if let answersNode, ruleSetID == ruleSet.info.id {
            if let names = ForeignSections.names(in: answersNode, form: ruleSet.form) {
                context.report(ForeignSections.error(names, ruleSet: ruleSet, matching: nil, at: root["rule_set"]?.range))
                foreign = true
            } else {
                sections = AnswerReader(form: ruleSet.form, context: context).sections(answersNode)
            }
        }
        guard let version, let ruleSetID, let institution else { return nil }
        let complete = context.diagnostics.errorCount == errorsBefore
        // Nor are its answers listed as missing: what is missing is the rule set they were written for.
        guard complete || (partial && supportedVersions.contains(version) && ruleSetID == ruleSet.info.id && !foreign) else { return nil }
        var assessment = Assessment(
            formatVersion: Int(version), ruleSet: ruleSetID, institution: institution, periodStart: period?.0,
            periodEnd: period?.1, sections: sections, file: file, range: root.range)
        if period != nil {
            assessment.periodStartRange = root["period"]?["start"]?.range
            assessment.periodEndRange = root["period"]?["end"]?.range
        }
        return assessment
    }

    enum InstitutionKey: String, CaseIterable { case id, name, kind, order, state, population }

    /// With `partial`, an id or name that could not be read is left empty rather than losing the institution.
    static func institution(_ node: YAMLNode, _ context: LoadContext, partial: Bool = false) -> Institution? {
        guard var reader = MappingReader<InstitutionKey>(node, context, what: LocalizedText(es: "los datos de la institución", en: "the institution's data")) else { return nil }
        reader.homes = Dictionary(uniqueKeysWithValues: PeriodKey.allCases.map { ($0.rawValue, "period") })
        let id = reader.required(.id).flatMap { filled($0, key: "id", context) }
        let name = reader.required(.name).flatMap { filled($0, key: "name", context) }
        let kind = reader.required(.kind).flatMap { context.oneOf($0, InstitutionKind.self) }
        let order = reader.required(.order).flatMap { context.oneOf($0, GovernmentOrder.self) }
        let stateNode = reader.optional(.state)
        let state = stateNode.flatMap(context.string)
        let population = reader.optional(.population).flatMap(context.integer)
        reader.finish()
        if let state, let stateNode, !MexicanState.ids.contains(state) {
            context.error("invalid_value", es: "«\(state)» no es una entidad federativa", en: "'\(state)' is not a Mexican state", at: stateNode.range,
                          help: (MexicanState.id(forName: state) ?? Suggestion.closest(to: state, in: MexicanState.ids))
                              .map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") })
        }
        if let order, order != .federal, state == nil, stateNode == nil {
            // At `state:` when it is there but left empty (as the template leaves it), else at the institution.
            let stateKey = node.mapping?.first(where: { $0.key.scalar?.value == "state" })?.key.range
            context.error("missing_key", es: "una institución \(order.rawValue) debe indicar su entidad federativa en «state»",
                          en: "an institution of the \(order.rawValue) order must give its state in 'state'", at: stateKey ?? SourceRange(at: node.range.start),
                          help: LocalizedText(
                              es: "escriba la entidad en minúsculas, sin acentos y con «_» entre palabras: por ejemplo, jalisco o nuevo_leon",
                              en: "write the state in lower case, without accents and with '_' between words: for example, jalisco or nuevo_leon"))
        }
        if let kind, let order, let conflict = InstitutionIdentity.orderConflict(kind: kind, order: order) {
            context.report(.error("invalid_value", conflict, at: node["order"]?.range))
        }
        if let order, let conflict = InstitutionIdentity.stateConflict(order: order, state: state) {
            context.report(.error("invalid_value", conflict, at: stateNode?.range))
        }
        if let population, population < 0 {
            context.error("out_of_range", es: "la población no puede ser negativa", en: "the population cannot be negative", at: node["population"]?.range)
        } else if population == 0 {
            // No institution serves nobody; a 0 would exempt a large municipality from the rules for large ones.
            context.error("out_of_range", es: "la población no puede ser cero", en: "the population cannot be zero", at: node["population"]?.range,
                          help: LocalizedText(es: "escriba el número de habitantes; si no lo conoce, quite population (se evalúa entonces como municipio grande)",
                                              en: "write the number of inhabitants; if it is not known, remove population (it is then evaluated as a large municipality)"))
        }
        guard let kind, let order, partial || (id != nil && name != nil) else { return nil }
        return Institution(id: InstitutionID(id ?? ""), name: name ?? "", kind: kind, order: order, state: state,
                           population: population.map(Int.init), range: node.range, idRange: node["id"]?.range)
    }

    /// A text that says something: the template's `""` left as it was is no id and no name.
    static func filled(_ node: YAMLNode, key: String, _ context: LoadContext) -> String? {
        guard let text = context.visibleString(node) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            context.error("invalid_value", es: "«\(key)» no puede quedar vacío", en: "'\(key)' cannot be left empty", at: node.range)
            return nil
        }
        return text
    }

    enum PeriodKey: String, CaseIterable { case start, end }

    static func period(_ node: YAMLNode, _ context: LoadContext) -> (Day, Day)? {
        guard var reader = MappingReader<PeriodKey>(node, context, what: LocalizedText(es: "un periodo {start, end}", en: "a period {start, end}")) else { return nil }
        reader.homes = Dictionary(uniqueKeysWithValues: InstitutionKey.allCases.map { ($0.rawValue, "institution") })
        let start = reader.required(.start, help: LocalizedText(
            es: "escriba el primer día del periodo que informa, AAAA-MM-DD: por ejemplo, 2025-01-01",
            en: "write the first day of the period reported, YYYY-MM-DD: for example, 2025-01-01")).flatMap(context.answerDay)
        let end = reader.required(.end, help: LocalizedText(
            es: "escriba el último día del periodo que informa, AAAA-MM-DD: por ejemplo, 2025-12-31",
            en: "write the last day of the period reported, YYYY-MM-DD: for example, 2025-12-31")).flatMap(context.answerDay)
        reader.finish()
        guard let start, let end else { return nil }
        if end < start {
            context.error("invalid_value", es: "el periodo termina antes de empezar", en: "the period ends before it starts", at: node.range)
        }
        return (start, end)
    }
}
