import AperturaEngine
import AperturaSource
import ArgumentParser

/// Without `--policy`, a rule set is evaluated with the bundled policy that names it; when none does, that is a
/// usage error saying so, not another rule set's policy reported as a mismatch inside it.
enum NoBundledPolicy {
    static func error(ruleSet id: String, _ language: Language) -> ValidationError {
        let folder = Workspace.bundled("Policies")
        return ValidationError(language == .es
            ? "--policy: ninguna política de «\(folder)» evalúa el conjunto de reglas «\(id)»: indique una"
            : "--policy: no policy in '\(folder)' evaluates rule set '\(id)': give one")
    }
}
