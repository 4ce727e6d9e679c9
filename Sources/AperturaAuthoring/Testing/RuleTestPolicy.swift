import AperturaEngine
import AperturaSource

/// The policy a case is judged under: its own (or its file's), else the one in `Policies/` that evaluates the
/// rule set. With neither, the cases cannot run: said at the test file, not as the errors another rule
/// set's policy would give (the PAI policy used to be taken, reporting a rule set mismatch in its file).
enum RuleTestPolicy {
    /// The policy file for `testCase`, nil when it names none and none evaluates the rule set, or several of
    /// different ids do (`missing` says so).
    static func file(for testCase: RuleTestCase, ruleSetID: String) -> String? {
        testCase.policy ?? (try? Workspace.defaultPolicy(forRuleSet: ruleSetID)) ?? nil
    }

    /// An error when some case of `file` has no policy to be judged under: none evaluates the rule set, or
    /// several of different ids do (`ambiguous_policy`: which one is for the author to write in `policy:`).
    static func missing(in file: RuleTestFile, ruleSetID: String) -> Diagnostic? {
        guard file.cases.contains(where: { $0.policy == nil }) else { return nil }
        let bundled: String?
        do { bundled = try Workspace.defaultPolicy(forRuleSet: ruleSetID) } catch {
            var ambiguous = error.diagnostic
            ambiguous.help = LocalizedText(es: "indique policy: (la ruta de la política, relativa al archivo de pruebas) en el archivo o en cada caso",
                                           en: "give policy: (the policy's path, relative to the test file) in the file or in each case")
            return ambiguous
        }
        guard bundled == nil else { return nil }
        let folder = Workspace.bundled("Policies")
        return .error(
            "missing_key",
            LocalizedText(es: "falta policy: ninguna política de «\(folder)» evalúa el conjunto de reglas «\(ruleSetID)»",
                          en: "missing policy: no policy in '\(folder)' evaluates rule set '\(ruleSetID)'"),
            at: file.startRange,
            help: LocalizedText(es: "indique policy: (la ruta de la política, relativa al archivo de pruebas) en el archivo o en cada caso",
                                en: "give policy: (the policy's path, relative to the test file) in the file or in each case"))
    }
}
