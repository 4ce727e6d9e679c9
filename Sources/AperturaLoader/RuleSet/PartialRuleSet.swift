public import AperturaModel

/// A rule set read despite errors, for `lint`: every entry that could be read, so that the checks on the rest
/// still run, and the names the errors left undeclared. Never evaluate it.
public struct PartialRuleSet: Sendable {
    public var ruleSet: RuleSet
    public var unread: UnreadNames

    public init(ruleSet: RuleSet, unread: UnreadNames = UnreadNames()) {
        self.ruleSet = ruleSet
        self.unread = unread
    }
}
