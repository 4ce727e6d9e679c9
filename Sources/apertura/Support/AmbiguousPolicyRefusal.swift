import AperturaEngine
import AperturaSource
import ArgumentParser

/// Policies of different ids for the rule set and no `--policy`: said (`ambiguous_policy`, with the candidates) and
/// refused as a usage error, exit 64, as when no policy evaluates the rule set (`NoBundledPolicy`): only the user can choose.
enum AmbiguousPolicyRefusal {
    static func exit(_ error: AmbiguousPolicy, _ language: Language) -> ExitCode {
        Console.print([error.diagnostic], language: language)
        return ExitStatus.usage
    }

    /// `body`, with an ambiguous default policy turned into that refusal.
    static func refusing<T>(_ language: Language, _ body: () throws(AmbiguousPolicy) -> T) throws -> T {
        do { return try body() } catch { throw exit(error, language) }
    }
}
