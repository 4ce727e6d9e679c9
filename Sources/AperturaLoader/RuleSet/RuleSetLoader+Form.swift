import AperturaModel
import AperturaSource
import AperturaYAML

extension RuleSetLoader {
    enum SectionKey: String, CaseIterable { case id, name, description, appliesTo = "applies_to", fields }

    static func section(_ node: YAMLNode, _ context: LoadContext) -> FormSection? {
        guard var reader = MappingReader<SectionKey>(node, context, what: LocalizedText(es: "una sección", en: "a section")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let name = reader.required(.name).flatMap { context.requiredText($0, key: "name") }
        let description = reader.optional(.description).flatMap(context.localized)
        let appliesTo = reader.optional(.appliesTo).flatMap(context.applicability) ?? .everyone
        let errorsBefore = context.diagnostics.errorCount
        let fields = reader.required(.fields).flatMap { context.list($0) { field($0, context) } } ?? []
        if let id, context.diagnostics.errorCount > errorsBefore { context.incompleteSections.insert(id) }
        reader.finish()
        guard let id, let name else { return nil }
        return FormSection(id: SectionID(id), name: name, description: description, appliesTo: appliesTo, fields: fields, range: node.range)
    }

    enum FieldKey: String, CaseIterable { case id, type, prompt, evidence, required, min, max, options, items }
    enum OptionKey: String, CaseIterable { case id, name }

    static func field(_ node: YAMLNode, _ context: LoadContext) -> FormField? {
        guard var reader = MappingReader<FieldKey>(node, context, what: LocalizedText(es: "un campo", en: "a field")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let type = reader.required(.type).flatMap { context.oneOf($0, FieldType.self) }
        let prompt = reader.required(.prompt).flatMap { context.requiredText($0, key: "prompt") }
        let evidence = reader.optional(.evidence).flatMap(context.localized)
        let required = reader.optional(.required).flatMap(context.bool) ?? true
        let minimumNode = reader.optional(.min)
        let maximumNode = reader.optional(.max)
        let minimum = minimumNode.flatMap(context.number)
        let maximum = maximumNode.flatMap(context.number)
        let optionsNode = reader.optional(.options)
        let itemsNode = reader.optional(.items)
        reader.finish()
        var options: [ChoiceOption] = []
        if let optionsNode {
            var seen: [String: SourceRange] = [:]
            options = context.list(optionsNode) { option in
                guard var r = MappingReader<OptionKey>(option, context, what: LocalizedText(es: "una opción {id, name}", en: "an option {id, name}")) else { return nil }
                let optionID = r.required(.id).flatMap(context.identifier)
                let name = r.required(.name).flatMap { context.requiredText($0, key: "name") }
                r.finish()
                guard let optionID, let name else { return nil }
                if let first = seen[optionID] {
                    context.error("duplicate_id", es: "opción «\(optionID)» repetida en el campo «\(id ?? "")» (ya definida en \(first.start))",
                                  en: "duplicate option '\(optionID)' of field '\(id ?? "")' (already defined at \(first.start))", at: option.range,
                                  help: LocalizedText(es: "cambie este id o quite la opción repetida", en: "change this id or remove the repeated option"))
                    return nil
                }
                seen[optionID] = option.range
                return ChoiceOption(id: optionID, name: name)
            } ?? []
        }
        let items = itemsNode.flatMap { context.list($0) { field($0, context) } } ?? []
        guard let id, let type, let prompt else { return nil }
        checkKeysFit(type, min: minimumNode, max: maximumNode, options: optionsNode, items: itemsNode, context)
        if (type == .choice || type == .choices) && options.isEmpty {
            context.error("missing_key", es: "un campo \(type.rawValue) necesita options", en: "a \(type.rawValue) field needs options", at: node.range)
        }
        if type == .list && items.isEmpty {
            context.error("missing_key", es: "un campo list necesita items", en: "a list field needs items", at: node.range)
        }
        let built = FormField(
            id: id, type: type, prompt: prompt, evidenceHint: evidence, required: required, minimum: minimum,
            maximum: maximum, options: options, items: items, range: node.range)
        if case let (low?, high?) = built.effectiveBounds, low > high {
            context.error("invalid_value", es: "campo «\(id)»: el mínimo \(shown(low)) es mayor que el máximo \(shown(high)): ninguna respuesta sería válida",
                          en: "field '\(id)': the minimum \(shown(low)) is above the maximum \(shown(high)): no answer would be valid", at: node.range)
        }
        return built
    }

    /// Keys a field's type would silently ignore: bounds off numbers, options off choices, items off lists.
    private static func checkKeysFit(_ type: FieldType, min: YAMLNode?, max: YAMLNode?, options: YAMLNode?, items: YAMLNode?, _ context: LoadContext) {
        let numeric: Set<FieldType> = [.integer, .number, .ratio, .percent]
        let misplaced: [(String, YAMLNode?, Bool)] = [
            ("min", min, numeric.contains(type)), ("max", max, numeric.contains(type)),
            ("options", options, type == .choice || type == .choices), ("items", items, type == .list),
        ]
        for case let (key, node?, fits) in misplaced where !fits {
            context.error("invalid_value", es: "\(key) no se aplica a un campo \(type.rawValue)", en: "\(key) does not apply to a \(type.rawValue) field", at: node.range)
        }
    }

    private static func shown(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
