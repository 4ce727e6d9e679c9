public import AperturaSource

/// What `apertura validate` found in all its inputs, in the order they were validated.
public struct ValidationResult: Hashable, Sendable {
    public var files: [ValidatedFile]

    public init(files: [ValidatedFile] = []) {
        self.files = files
    }

    /// Every diagnostic once, file after file in reading order (a broken rule set's with the first file that uses it).
    public var diagnostics: [Diagnostic] { listed.flatMap(\.diagnostics) }
    public var errors: Int { listed.reduce(0) { $0 + $1.errors } }
    public var warnings: Int { listed.reduce(0) { $0 + $1.warnings } }
    public var omitted: Int { listed.reduce(0) { $0 + $1.omitted } }
    public var invalidCount: Int { files.count(where: { !$0.valid }) }

    private var listed: [ValidatedFile] { files.filter(\.listsDiagnostics) }
}
