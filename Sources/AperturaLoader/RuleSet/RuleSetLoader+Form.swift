import AperturaModel
import AperturaSource
import AperturaYAML

extension RuleSetLoader {
    enum SectionKey: String, CaseIterable { case id, name, description, appliesTo = "applies_to", fields }

    static func section(_ node: YAMLNode, _ context: LoadContext) -> FormSection? {
        guard var reader = MappingReader<SectionKey>(node, context, what: LocalizedText(es: "una sección", en: "a section")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let name = reader.required(.name).flatMap(context.localized)
        let description = reader.optional(.description).flatMap(context.localized)
        let appliesTo = reader.optional(.appliesTo).flatMap(context.applicability) ?? .everyone
        let fields = reader.required(.fields).flatMap { context.list($0) { field($0, context) } } ?? []
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
        let prompt = reader.required(.prompt).flatMap(context.localized)
        let evidence = reader.optional(.evidence).flatMap(context.localized)
        let required = reader.optional(.required).flatMap(context.bool) ?? true
        let minimum = reader.optional(.min).flatMap(context.number)
        let maximum = reader.optional(.max).flatMap(context.number)
        let optionsNode = reader.optional(.options)
        let itemsNode = reader.optional(.items)
        reader.finish()
        var options: [ChoiceOption] = []
        if let optionsNode {
            options = context.list(optionsNode) { option in
                guard var r = MappingReader<OptionKey>(option, context, what: LocalizedText(es: "una opción {id, name}", en: "an option {id, name}")) else { return nil }
                let id = r.required(.id).flatMap(context.identifier)
                let name = r.required(.name).flatMap(context.localized)
                r.finish()
                guard let id, let name else { return nil }
                return ChoiceOption(id: id, name: name)
            } ?? []
        }
        let items = itemsNode.flatMap { context.list($0) { field($0, context) } } ?? []
        guard let id, let type, let prompt else { return nil }
        if (type == .choice || type == .choices) && options.isEmpty {
            context.error("missing_key", es: "un campo \(type.rawValue) necesita options", en: "a \(type.rawValue) field needs options", at: node.range)
        }
        if type == .list && items.isEmpty {
            context.error("missing_key", es: "un campo list necesita items", en: "a list field needs items", at: node.range)
        }
        return FormField(
            id: id, type: type, prompt: prompt, evidenceHint: evidence, required: required, minimum: minimum,
            maximum: maximum, options: options, items: items, range: node.range)
    }
}
