/// What `InputDiscovery.expand` finds: the input files in input order, and the paths that could not be
/// gathered, each placed where it stands in that order, so that `errors.csv` lists it among the other inputs.
public struct DiscoveredInputs: Sendable {
    /// A path that could not be gathered, and the index in `files` of the first file that follows it in input
    /// order (`files.count` when none does).
    public struct Failure: Sendable {
        public var before: Int
        public var failure: BatchFailure
    }

    public var files: [BatchInputFile]
    /// In input order: `before` never decreases.
    public var failures: [Failure]
}
