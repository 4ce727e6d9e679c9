import AperturaEngine
import AperturaSource
import AperturaYAML
import Foundation

/// The rule set a self-assessment names in `rule_set` when no bundled folder holds it (and no `--rules`
/// says where it is): one error at that value, rather than a failure to load a folder that does not exist.
enum NamedRuleSet {
    static func notBundled(in input: SourceInput, rules: String?) -> Diagnostic? {
        guard rules == nil, let id = Workspace.ruleSetID(of: input) else { return nil }
        let bundled = Workspace.bundledRuleSetIDs()
        guard !bundled.contains(id) else { return nil }
        let place = YAMLParser.firstDocument(in: input)?.root?["rule_set"]?.range
        // No bundle found at all (a binary copied away from it): said as such, with where it was looked for;
        // «incluidos: » with nothing after it would hide the cause.
        if bundled.isEmpty {
            let home = Workspace.home()
            return .error(
                "rules_not_found",
                LocalizedText(es: "no se encontró ningún conjunto de reglas: no hay carpeta Rules/ en «\(home)»",
                              en: "no rule set found: there is no Rules/ folder in '\(home)'"),
                at: place,
                help: LocalizedText(es: "instale apertura con scripts/install, defina APERTURA_HOME con la carpeta que tiene Rules/ y Policies/, o use --rules y --policy",
                                    en: "install apertura with scripts/install, set APERTURA_HOME to the folder that holds Rules/ and Policies/, or pass --rules and --policy"))
        }
        let known = bundled.joined(separator: ", ")
        return .error(
            "unknown_rule_set",
            LocalizedText(es: "no hay un conjunto de reglas «\(id)» (incluidos: \(known))", en: "there is no rule set '\(id)' (bundled: \(known))"),
            at: place,
            help: Suggestion.closest(to: id.lowercased(), in: bundled).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                ?? LocalizedText(es: "corrija rule_set, o use --rules con la carpeta de «\(id)»", en: "fix rule_set, or pass --rules with the folder of '\(id)'"))
    }
}
