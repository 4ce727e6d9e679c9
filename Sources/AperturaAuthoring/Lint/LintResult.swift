public import AperturaSource

/// Everything one `lint` run found, in reading order.
public struct LintResult: Hashable, Sendable, Codable {
    /// The rule set folders and policy files checked, rule sets first.
    public var checked: [String]
    /// How many of `checked` are rule sets (the rest are policies), for a summary that says what was checked.
    public var ruleSetCount: Int
    public var diagnostics: [Diagnostic]
    /// Errors and warnings found but not listed: a loader keeps the first `DiagnosticList.defaultCap` of a
    /// file or rule set. Counted, so that a summary of "200 errors" is not read as all there is.
    public var omittedErrors = 0
    public var omittedWarnings = 0

    public init(checked: [String], ruleSetCount: Int, diagnostics: [Diagnostic], omittedErrors: Int = 0, omittedWarnings: Int = 0) {
        self.checked = checked
        self.ruleSetCount = ruleSetCount
        self.diagnostics = diagnostics
        self.omittedErrors = omittedErrors
        self.omittedWarnings = omittedWarnings
    }

    public var errorCount: Int { diagnostics.count(where: { $0.severity == .error }) + omittedErrors }
    public var warningCount: Int { diagnostics.count(where: { $0.severity == .warning }) + omittedWarnings }
    public var omittedCount: Int { omittedErrors + omittedWarnings }

    /// Whether the run fails: on errors, and on warnings too when `strict`.
    public func fails(strict: Bool) -> Bool { errorCount > 0 || (strict && warningCount > 0) }
}
