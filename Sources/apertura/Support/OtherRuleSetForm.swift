import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaYAML

/// A self-assessment whose answers are another form's (`ForeignSections`): the loader, which knows only the rule set
/// it reads against, says they are not that rule set's; the command line knows the bundled rule sets, so when one of
/// them has these sections its error names it ("are those of rule set 'pai'… did you mean rule_set: pai?").
enum OtherRuleSetForm {
    static func naming(_ diagnostics: [Diagnostic], in input: SourceInput, ruleSet: RuleSet) -> [Diagnostic] {
        // The other rule sets are loaded only for a file that has such an error, once.
        guard diagnostics.contains(where: { $0.code == "rule_set_mismatch" }) else { return diagnostics }
        var result = diagnostics
        var forms: [(id: String, sections: Set<String>)]?
        _ = YAMLParser.forEachDocument(in: input) { document in
            // A document that names another rule set has the loader's other mismatch ("answers rule set 'pai', not
            // 'mga'"), which already says what to do; only the loader's `ForeignSections` error is made more precise.
            guard let root = document.root, let place = root["rule_set"]?.range, root["rule_set"]?.scalar?.value == ruleSet.info.id,
                  let names = ForeignSections.names(in: root["answers"], form: ruleSet.form),
                  let index = result.firstIndex(where: { $0.code == "rule_set_mismatch" && $0.range == place }) else { return }
            let known = forms ?? bundledForms(except: ruleSet.info.id)
            forms = known
            guard let match = bestMatch(for: names, among: known) else { return }
            result[index] = ForeignSections.error(names, ruleSet: ruleSet, matching: match, at: place)
        }
        return result
    }

    /// The bundled rule sets other than `id`, each with its form's section ids; one that does not load is left out.
    static func bundledForms(except id: String) -> [(id: String, sections: Set<String>)] {
        Workspace.bundledRuleSetIDs().filter { $0 != id }.compactMap { other in
            RuleSetLoader.load(directory: Workspace.bundled("Rules/\(other)")).0.map { (other, Set($0.form.map(\.id.rawValue))) }
        }
    }

    /// The rule set whose form has the most of `names`, when it has more than half of them.
    static func bestMatch(for names: [String], among forms: [(id: String, sections: Set<String>)]) -> String? {
        let scored = forms.map { form in (form.id, names.count(where: form.sections.contains)) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 * 2 > names.count else { return nil }
        return best.0
    }
}
