import AperturaSource
import AperturaYAML

extension PolicyLoader {
    /// The kinds of the other files the tool reads, each with what it is, for a file given where a policy goes.
    static let otherKinds: [String: (es: String, en: String)] = [
        "ruleset": ("un conjunto de reglas", "a rule set"), "form": ("un formulario de reglas", "a rules form"),
        "indicators": ("un archivo de indicadores", "an indicators file"), "rules": ("un archivo de reglas", "a rules file"),
        "population_goals": ("un archivo de metas poblacionales", "a population goals file"),
        "tests": ("un archivo de pruebas", "a test file"), "csv_mapping": ("un mapeo de columnas CSV", "a CSV column mapping"),
    ]

    /// One `not_a_policy` error for a rule file or a self-assessment given as a policy (`--policy
    /// Rules/pai/ruleset.yaml`), instead of a wall of missing and unknown keys that all say the same.
    static func notAPolicy(_ root: YAMLNode, file: String) -> Diagnostic? {
        guard let mapping = root.mapping else { return nil }
        let kindNode = mapping.first { $0.key.scalar?.value == "kind" }?.value
        let help = LocalizedText(es: "indique en --policy un archivo kind: policy (las políticas están en Policies/); las reglas van en --rules, con su carpeta",
                                 en: "give --policy a kind: policy file (policies are in Policies/); the rules go in --rules, as their folder")
        if let kindNode, let kind = kindNode.scalar?.value, let what = otherKinds[kind] {
            return .error("not_a_policy", LocalizedText(es: "«\(file)» es `kind: \(kind)` (\(what.es)), no una política (`kind: policy`)",
                                                        en: "'\(file)' is `kind: \(kind)` (\(what.en)), not a policy (`kind: policy`)"),
                          at: kindNode.range, help: help)
        }
        if kindNode == nil, mapping.contains(where: { $0.key.scalar?.value == "apertura" }) {
            return .error("not_a_policy", LocalizedText(es: "«\(file)» es una autoevaluación, no una política (`kind: policy`)",
                                                        en: "'\(file)' is a self-assessment, not a policy (`kind: policy`)"),
                          at: SourceRange(at: root.range.start), help: help)
        }
        return nil
    }
}
