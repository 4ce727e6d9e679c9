public import AperturaSource

/// Everything one `lint` run found, in reading order.
public struct LintResult: Hashable, Sendable, Codable {
    /// The rule set folders and policy files checked.
    public var checked: [String]
    public var diagnostics: [Diagnostic]

    public init(checked: [String], diagnostics: [Diagnostic]) {
        self.checked = checked
        self.diagnostics = diagnostics
    }

    public var errorCount: Int { diagnostics.count(where: { $0.severity == .error }) }
    public var warningCount: Int { diagnostics.count(where: { $0.severity == .warning }) }

    /// Whether the run fails: on errors, and on warnings too when `strict`.
    public func fails(strict: Bool) -> Bool { errorCount > 0 || (strict && warningCount > 0) }
}
