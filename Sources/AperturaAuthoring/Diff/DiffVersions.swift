public import AperturaModel
public import AperturaSource
import AperturaEngine
import AperturaLoader

/// The two versions of a rule set that `diff` compares, loaded and compiled. A version that loads but does
/// not compile (an expression error) cannot evaluate anyone: listing its changes without saying so would
/// pass an invalid rule set silently.
public enum DiffVersions {
    /// Both rule sets, or nil when either has errors; every diagnostic found, sorted, per version.
    public static func load(from: String, to: String) -> (versions: (old: RuleSet, new: RuleSet)?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var versions: [RuleSet] = []
        for directory in [from, to] {
            let (ruleSet, loaded) = RuleSetLoader.load(directory: directory)
            diagnostics += loaded.sorted
            guard let ruleSet else { continue }
            let compiled = RuleSetCompiler.compile(ruleSet)
            diagnostics += compiled.1
            if compiled.0 != nil { versions.append(ruleSet) }
        }
        // Two different rule sets (`--from Rules/pai --to Rules/mga`) are not two versions of one: the "changes"
        // would be everything, listed as if one had been edited into the other.
        if versions.count == 2, versions[0].info.id != versions[1].info.id {
            let (old, new) = (versions[0].info.id, versions[1].info.id)
            diagnostics.append(.error(
                "rule_set_mismatch",
                LocalizedText(es: "--from es el conjunto de reglas «\(old)» y --to es «\(new)»: diff compara dos versiones de un mismo conjunto",
                              en: "--from is rule set '\(old)' and --to is '\(new)': diff compares two versions of one rule set"),
                at: versions[1].info.idRange ?? versions[1].info.range))
            return (nil, diagnostics)
        }
        return (versions.count == 2 ? (old: versions[0], new: versions[1]) : nil, diagnostics)
    }
}
