import AperturaSource

/// A `*.tests.yaml` file: the cases for one rule set.
public struct RuleTestFile: Hashable, Sendable {
    public var file: String
    /// The rule set folder the cases are judged against.
    public var rules: String
    /// The rule set id the file says it tests, if it says.
    public var ruleSetID: String?
    /// Where `rule_set` is written, for a mismatch.
    public var ruleSetRange: SourceRange?
    /// Where `rules` is written, for a folder that cannot be read as a rule set; nil when the folder is
    /// the one the file sits in.
    public var rulesRange: SourceRange?
    /// Where the file's content starts, for what concerns the whole file.
    public var startRange: SourceRange?
    public var cases: [RuleTestCase]

    public init(file: String, rules: String, ruleSetID: String?, cases: [RuleTestCase]) {
        self.file = file
        self.rules = rules
        self.ruleSetID = ruleSetID
        self.cases = cases
    }
}
