import AperturaLoader
import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files that `lint` and `test` read under the paths they are given (the paths themselves, rule files,
/// test files, policies), so that an output option can be kept off them.
public enum FilesRead {
    public static func authoring(under paths: [String]) -> [String] {
        let targets = LintTargets.find(in: paths)
        let testFiles = RuleTestLoader.find(in: paths + targets.ruleSets)
        let testedRuleSets = testFiles.compactMap { RuleTestLoader.enclosingRuleSet(of: PathText.directory(of: $0)) }
        return paths + targets.policies + testFiles + Set(targets.ruleSets + testedRuleSets).sorted().flatMap(RuleSetLoader.ruleFiles(in:))
    }

    /// The folders whose YAML files `lint` and `test` read, at any depth: the folders given and the rule sets.
    public static func foldersSearched(under paths: [String]) -> [String] {
        let targets = LintTargets.find(in: paths)
        let testedRuleSets = RuleTestLoader.find(in: paths + targets.ruleSets).compactMap { RuleTestLoader.enclosingRuleSet(of: PathText.directory(of: $0)) }
        let folders = paths.filter { SystemPath.status($0).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false }
        return folders + targets.ruleSets + testedRuleSets
    }
}
