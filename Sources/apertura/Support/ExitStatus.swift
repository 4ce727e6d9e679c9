import ArgumentParser

/// Exit codes, sysexits style, so scripts can tell "non-compliant" from "invalid input".
enum ExitStatus {
    static let success = ExitCode(0)
    /// Non-compliance at or beyond `--fail-on`.
    static let nonCompliant = ExitCode(1)
    static let usage = ExitCode(64)
    /// A rule, policy or self-assessment file with error diagnostics.
    static let invalidInput = ExitCode(65)
    static let internalError = ExitCode(70)
    /// An output file that cannot be written (a folder in its place, no permission, a full disk).
    static let cannotWrite = ExitCode(74)
}
