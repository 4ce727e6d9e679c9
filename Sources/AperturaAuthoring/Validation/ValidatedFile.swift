public import AperturaSource

/// One input of `apertura validate` and what was found in it: a self-assessment read against its rule set, or
/// why it could not be (unreadable, a folder with none in it, a table, an unknown or broken rule set).
public struct ValidatedFile: Hashable, Sendable {
    /// Where its diagnostics come from.
    public enum Origin: Hashable, Sendable {
        /// The input itself.
        case input
        /// Its rule set, which failed to load: the same diagnostics for every input that uses it, listed once,
        /// with the `first` of them (as the text output prints them once).
        case ruleSet(first: Bool)
    }

    /// The path given, found in a folder, or the folder with no self-assessment in it.
    public var file: String
    public var origin: Origin
    /// In reading order.
    public var diagnostics: [Diagnostic]
    /// Errors and warnings, those past the loader's cap included.
    public var errors: Int
    public var warnings: Int
    /// Counted in `errors` and `warnings` but not in `diagnostics`: past the loader's cap.
    public var omitted: Int

    /// `errors`: all of them, those past the cap included (the listed ones when nil); `omitted`: how many
    /// diagnostics the cap dropped, errors or not.
    public init(file: String, origin: Origin = .input, diagnostics: [Diagnostic], errors: Int? = nil, omitted: Int = 0) {
        let listedErrors = diagnostics.count(where: \.isError)
        let errors = errors ?? listedErrors
        self.file = file
        self.origin = origin
        self.diagnostics = diagnostics
        self.errors = errors
        // The dropped diagnostics that are not errors are warnings: loaders do not drop notes they never make.
        self.warnings = diagnostics.count(where: { $0.severity == .warning }) + max(0, omitted - (errors - listedErrors))
        self.omitted = omitted
    }

    public var valid: Bool { errors == 0 }

    /// Whether its diagnostics are listed and counted in a run's totals: not when an earlier input already
    /// listed those of the rule set they share.
    public var listsDiagnostics: Bool { origin != .ruleSet(first: false) }
}
