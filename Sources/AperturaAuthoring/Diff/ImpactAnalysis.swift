public import AperturaEngine
public import AperturaModel
public import AperturaSource
import AperturaYAML
import AperturaBatch
import Foundation

/// Evaluates a population of self-assessments under two versions of a rule set (same policy, same
/// as-of date) and says, per institution, how score, level and outcomes change.
public enum ImpactAnalysis {
    /// Self-assessment files under the inputs: files as given, folders searched as `apertura batch` and
    /// `validate` search them (`InputDiscovery`): `*.yaml`, `*.yml` and `*.yaml.txt`, leaving out hidden files and
    /// folders and the companion files kept beside rules and examples; a file reached twice is taken once. The
    /// paths that could not be gathered (a pipe or device in a folder, a link that leads nowhere or out of the
    /// inputs, a folder that cannot be listed, a path that does not exist) are problems, so none is lost unsaid.
    public static func inputs(in inputs: [String]) -> (files: [String], problems: [Diagnostic]) {
        guard !inputs.isEmpty else { return ([], []) }
        let found = InputDiscovery.expand(inputs)
        let given = Set(inputs)
        let files = found.files.compactMap { file -> String? in
            // Standard input keeps the name it was given as.
            if file.path == InputDiscovery.standardInput && given.contains("-") { return "-" }
            // A table found in a folder is for `batch --mapping`; a file named is read whatever its name.
            return file.kind == .yaml || given.contains(file.path) ? file.path : nil
        }
        return (files, found.failures.flatMap(\.failure.diagnostics))
    }

    /// The self-assessment files of `inputs(in:)`, without its problems.
    public static func files(in inputs: [String]) -> [String] {
        self.inputs(in: inputs).files
    }

    /// An institution counts once, as in `batch`: a second self-assessment with the same id (compared as the batch compares
    /// ids) is a `duplicate_institution` problem at its id, and is not in the impact.
    public static func run(old: Evaluator, new: Evaluator, files: [String], asOf: Day) -> ([InstitutionImpact], [Diagnostic]) {
        var impacts: [InstitutionImpact] = []
        var problems: [Diagnostic] = []
        var repeats = InstitutionRepeats()
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
                    let id = a.institution.idRange.start
                    let unreported = after.outcomes.count { if case .notReported = $0.outcome { true } else { false } }
                    if let repeated = repeats.repeatError(of: a.institution.id, at: SourceLocation(file: input.name, line: id.line, column: id.column),
                                                          unreported: unreported) {
                        problems.append(repeated)
                        continue
                    }
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
