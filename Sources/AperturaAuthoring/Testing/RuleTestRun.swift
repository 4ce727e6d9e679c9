public import AperturaSource

/// Everything one `apertura test` run found.
public struct RuleTestRun: Sendable {
    public var results: [RuleTestResult]
    /// Problems in the test files, rule sets or policies: the run cannot be trusted (exit 65).
    public var diagnostics: [Diagnostic]
    public var coverage: [RuleTestCoverage]

    public init(results: [RuleTestResult], diagnostics: [Diagnostic], coverage: [RuleTestCoverage]) {
        self.results = results
        self.diagnostics = diagnostics
        self.coverage = coverage
    }

    public var failedCount: Int { results.count(where: { !$0.passed }) }
    public var passedCount: Int { results.count(where: \.passed) }
    public var hasInvalidInput: Bool { diagnostics.contains(where: \.isError) }
    /// Whether every rule set that was tested has every rule and indicator exercised.
    public var fullyCovered: Bool { coverage.allSatisfy(\.isFull) }
}
