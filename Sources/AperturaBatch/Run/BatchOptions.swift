public import AperturaModel
public import AperturaSource

/// Everything a batch run needs to know, as the command line (or a service) gives it.
public struct BatchOptions: Sendable {
    public var inputs: [String]
    public var outputDirectory: String
    /// The rule set folder; by default the bundled one the mapping or the first YAML input names.
    public var rules: String?
    /// The policy file; by default the bundled policy for the rule set.
    public var policy: String?
    public var asOf: Day
    /// Worker threads; 1 evaluates on the calling thread.
    public var jobs: Int
    public var language: Language
    /// The column mapping for CSV inputs.
    public var mapping: String?
    public var perInstitution: PerInstitutionFormat?

    public init(
        inputs: [String], outputDirectory: String, rules: String? = nil, policy: String? = nil, asOf: Day, jobs: Int = 1,
        language: Language = .es, mapping: String? = nil, perInstitution: PerInstitutionFormat? = nil
    ) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.rules = rules
        self.policy = policy
        self.asOf = asOf
        self.jobs = jobs
        self.language = language
        self.mapping = mapping
        self.perInstitution = perInstitution
    }
}
