public import AperturaSource

/// The outcome of a batch run: the problems that stopped it before any input was read (a rule set or
/// policy with errors, a bad mapping), or the summary of what it did.
public struct BatchRunResult: Sendable {
    public var setupDiagnostics: [Diagnostic]
    /// Nil when the run could not start.
    public var summary: BatchSummary?

    public init(setupDiagnostics: [Diagnostic], summary: BatchSummary?) {
        self.setupDiagnostics = setupDiagnostics
        self.summary = summary
    }

    /// True when every input was evaluated.
    public var allEvaluated: Bool { summary.map { $0.counts.invalid == 0 } ?? false }
}
