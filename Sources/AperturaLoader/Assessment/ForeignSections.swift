public import AperturaModel
public import AperturaSource
public import AperturaYAML

/// Answers written for another rule set's form: a PAI self-assessment that names `rule_set: mga`. Read section by
/// section they gave an `unknown_key` for each (seven for the PAI's), each advising "allowed here: tg, tc, pg, pc",
/// and one even to move `datos_abiertos` into `tg`, which has a field of that name. The file's slip is its
/// `rule_set`, so it gets one error there (`rule_set_mismatch`), and its answers are not read against a form they
/// were not written for.
public enum ForeignSections {
    /// The section names under `answers` that the form does not know, when they look like another form's: at least
    /// two, none of them a slip for one of the form's sections (its "did you mean"), and more of them than of the
    /// form's own. Nil otherwise: one unknown section among known ones is a mistake in that section, said there.
    public static func names(in answers: YAMLNode?, form: [FormSection]) -> [String]? {
        guard let pairs = answers?.mapping else { return nil }
        let ids = form.map(\.id.rawValue)
        var foreign: [String] = [], known = 0
        for pair in pairs {
            guard let name = pair.key.scalar?.value else { continue }
            if ids.contains(name) {
                known += 1
            } else if LoadContext.mergeKeyHelp(name) == nil, Suggestion.closest(to: name, in: ids) == nil {
                foreign.append(name)
            } else {
                // A misspelt section: not foreign, and not the form's own either.
                return nil
            }
        }
        return foreign.count >= 2 && foreign.count > known ? foreign : nil
    }

    /// The one error, at the `rule_set` value. `matching`: another rule set whose form has these sections, when the
    /// caller knows one (the loader knows only the rule set it reads against; the command line knows the bundle).
    public static func error(_ names: [String], ruleSet: RuleSet, matching: String?, at place: SourceRange?) -> Diagnostic {
        let shown = names.count > 5 ? names.prefix(4).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
        let own = ruleSet.form.map(\.id.rawValue).joined(separator: ", "), id = ruleSet.info.id
        if let matching {
            return .error(
                "rule_set_mismatch",
                LocalizedText(es: "las secciones de answers (\(shown)) son del conjunto de reglas «\(matching)», no de «\(id)», cuyas secciones son \(own)",
                              en: "the sections under answers (\(shown)) are those of rule set '\(matching)', not of '\(id)', whose sections are \(own)"),
                at: place,
                help: LocalizedText(es: "¿quiso decir rule_set: \(matching)?", en: "did you mean rule_set: \(matching)?"))
        }
        return .error(
            "rule_set_mismatch",
            LocalizedText(es: "las secciones de answers (\(shown)) no son del conjunto de reglas «\(id)», cuyas secciones son \(own)",
                          en: "the sections under answers (\(shown)) are not those of rule set '\(id)', whose sections are \(own)"),
            at: place,
            help: LocalizedText(es: "escriba en rule_set el conjunto de reglas para el que se escribieron estas respuestas; si es «\(id)», escríbalas en sus secciones",
                                en: "write in rule_set the rule set these answers were written for; if it is '\(id)', write them in its sections"))
    }
}
