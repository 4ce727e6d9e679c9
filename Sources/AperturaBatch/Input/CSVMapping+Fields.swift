import AperturaModel
public import AperturaSource

extension CSVMapping {
    /// The errors of the answers that name no field of `ruleSet`'s form, or a list field (which no column can feed),
    /// each at its `section.field` in the mapping file. Known before any table is read, so they stop the run as the
    /// mapping's own keys do, rather than make every table one invalid input.
    public func fieldErrors(in ruleSet: RuleSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for answer in answers {
            let at = answer.keyRange ?? answer.source.range
            guard let section = ruleSet.section(SectionID(answer.section)), let field = section.field(answer.field) else {
                let paths = ruleSet.form.flatMap { section in section.fields.map { "\(section.id.rawValue).\($0.id)" } }
                diagnostics.append(.error("unknown_reference", LocalizedText(es: "el formulario de «\(ruleSet.info.id)» no tiene el campo \(answer.section).\(answer.field)",
                                                                             en: "the form of '\(ruleSet.info.id)' has no field \(answer.section).\(answer.field)"),
                                          at: at,
                                          help: Suggestion.closest(to: "\(answer.section).\(answer.field)", in: paths)
                                              .map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }))
                continue
            }
            if field.type == .list {
                diagnostics.append(.error("invalid_value", LocalizedText(es: "un campo de tipo lista no se puede leer de una columna",
                                                                         en: "a list field cannot be read from a column"), at: answer.source.range))
            }
        }
        return diagnostics
    }
}
