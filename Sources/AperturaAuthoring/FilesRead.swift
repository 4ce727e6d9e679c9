import AperturaSource
import AperturaLoader

/// The files that `lint` and `test` read under the paths they are given (the paths themselves, rule files,
/// test files, policies), so that an output option can be kept off them.
public enum FilesRead {
    public static func authoring(under paths: [String]) -> [String] {
        let targets = LintTargets.find(in: paths)
        let testFiles = RuleTestLoader.find(in: paths + targets.ruleSets)
        let testedRuleSets = testFiles.compactMap { RuleTestLoader.enclosingRuleSet(of: PathText.directory(of: $0)) }
        return paths + targets.policies + testFiles + Set(targets.ruleSets + testedRuleSets).sorted().flatMap(RuleSetLoader.ruleFiles(in:))
    }
}
