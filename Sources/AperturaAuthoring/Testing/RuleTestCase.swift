public import AperturaModel
public import AperturaSource
public import AperturaYAML
public import AperturaEngine

/// One case of a rule test file: a self-assessment, the date and policy it is judged under, and what
/// the evaluation must give.
public struct RuleTestCase: Hashable, Sendable {
    /// The self-assessment: a path (relative to the test file) or written inline.
    public enum Input: Hashable, Sendable {
        case path(String)
        case inline(YAMLNode)
    }

    /// A value that the evaluation must give, with where the test file states it.
    public struct Expected<Value: Hashable & Sendable>: Hashable, Sendable {
        public var value: Value
        public var range: SourceRange
        public init(_ value: Value, range: SourceRange) {
            self.value = value
            self.range = range
        }
    }

    public var name: String
    public var range: SourceRange
    public var asOf: Day
    /// The policy file, resolved against the test file; nil: the bundled policy of the rule set.
    public var policy: String?
    /// Where that policy is named (in the case or the file), for a policy that cannot be loaded.
    public var policyRange: SourceRange?
    /// Where the as-of date is written (in the case or the file).
    public var asOfRange: SourceRange?
    public var input: Input
    /// Where the self-assessment is named or written, for one that cannot be read.
    public var assessmentRange: SourceRange?
    /// Expected outcome codes by rule, in the order the file lists them.
    public var outcomes: [(rule: RuleID, expected: Expected<String>)]
    /// The rules in the gap list, in any order; nil when the case does not say.
    public var gaps: Expected<[RuleID]>?
    public var score: Expected<Double?>?
    public var ratio: Expected<Double?>?
    public var level: Expected<String?>?
    public var indicators: [(indicator: IndicatorID, expected: Expected<IndicatorValue?>)]
    /// How far an actual number may be from the expected one.
    public var tolerance: Double
    /// Every rule, indicator and level id the expectations name, where they name it: checked before
    /// any case runs, since an expectation of something that does not exist can never pass.
    public var references: [Reference] = []

    public struct Reference: Hashable, Sendable {
        public enum Kind: Hashable, Sendable { case rule, indicator, level }
        public var kind: Kind
        public var id: String
        public var range: SourceRange
    }

    /// Whether the case states at least one expectation (an empty gap list counts: it says "no gaps").
    var expectsSomething: Bool {
        !outcomes.isEmpty || gaps != nil || score != nil || ratio != nil || level != nil || !indicators.isEmpty
    }

    /// Cases are the same when they have the same name at the same place.
    public static func == (a: RuleTestCase, b: RuleTestCase) -> Bool { a.name == b.name && a.range == b.range }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(range)
    }
}
