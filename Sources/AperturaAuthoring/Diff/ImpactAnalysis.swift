public import AperturaEngine
public import AperturaModel
public import AperturaSource
import AperturaYAML
import Foundation

/// Evaluates a population of self-assessments under two versions of a rule set (same policy, same
/// as-of date) and says, per institution, how score, level and outcomes change.
public enum ImpactAnalysis {
    /// Self-assessment files under the inputs: files as given, folders searched for `*.yaml` and `*.yml`,
    /// leaving out hidden files and folders and the companion files kept beside rules and examples (`*.tests.yaml`, `*.outcomes.yaml`),
    /// as `apertura batch` does.
    public static func files(in inputs: [String]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                files.append(input)
                continue
            }
            if !isDirectory.boolValue {
                files.append(input)
                continue
            }
            let enumerator = fm.enumerator(atPath: input)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                // Hidden files and folders (editor backups, `.git`, a batch's temporary outputs) are not
                // inputs, as in `apertura batch`.
                if (relative as NSString).lastPathComponent.hasPrefix(".") {
                    enumerator?.skipDescendants()
                    continue
                }
                if (relative.hasSuffix(".yaml") || relative.hasSuffix(".yml")) && !companionSuffixes.contains(where: relative.hasSuffix) {
                    found.append((input as NSString).appendingPathComponent(relative))
                }
            }
            files += found.sorted()
        }
        return files
    }

    /// Files kept beside rules and examples that are not self-assessments (the same as `InputDiscovery`'s in
    /// AperturaBatch): rule tests and hand-worked expected outcomes.
    static let companionSuffixes = [".tests.yaml", ".outcomes.yaml"]

    public static func run(old: Evaluator, new: Evaluator, files: [String], asOf: Day) -> ([InstitutionImpact], [Diagnostic]) {
        var impacts: [InstitutionImpact] = []
        var problems: [Diagnostic] = []
        for file in files {
            // Each self-assessment is read once per version: a pipe (`/dev/stdin`, `-`) is read once, here, for both.
            let input = SourceInput(file)
            let (oldAssessments, oldDiagnostics) = Workspace.assessments(in: input, ruleSet: old.compiled.ruleSet, strict: false)
            let (newAssessments, newDiagnostics) = Workspace.assessments(in: input, ruleSet: new.compiled.ruleSet, strict: false)
            problems += oldDiagnostics.filter(\.isError)
            problems += newDiagnostics.filter { d in d.isError && !oldDiagnostics.contains(d) }
            guard !oldDiagnostics.contains(where: \.isError), !newDiagnostics.contains(where: \.isError) else { continue }
            for (a, b) in zip(oldAssessments, newAssessments) {
                do {
                    let before = try old.evaluate(a, asOf: asOf)
                    let after = try new.evaluate(b, asOf: asOf)
                    impacts.append(impact(file: input.name, before, after))
                } catch {
                    problems.append(.error("no_phase", error.message, at: nil))
                    return (impacts, problems)
                }
            }
        }
        return (impacts, problems)
    }

    static func impact(file: String, _ before: Evaluation, _ after: Evaluation) -> InstitutionImpact {
        var changed: [String] = []
        let oldCodes = Dictionary(before.outcomes.map { ($0.rule.rawValue, $0.outcome.code) }, uniquingKeysWith: { a, _ in a })
        let newCodes = Dictionary(after.outcomes.map { ($0.rule.rawValue, $0.outcome.code) }, uniquingKeysWith: { a, _ in a })
        // A rule one version lacks does not apply in it: a rule added, or removed, that does not apply in the other
        // version either changes nothing for this institution.
        let absent = "not_applicable"
        for rule in Set(oldCodes.keys).union(newCodes.keys).sorted() where (oldCodes[rule] ?? absent) != (newCodes[rule] ?? absent) {
            changed.append(rule)
        }
        return InstitutionImpact(
            file: file, institutionID: after.institution.id.rawValue, institution: after.institution.name,
            oldScore: before.score, newScore: after.score, oldLevel: before.level?.rawValue, newLevel: after.level?.rawValue,
            oldRatio: before.ratio, newRatio: after.ratio, changedRules: changed)
    }
}
