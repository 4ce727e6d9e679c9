public import AperturaSource

/// A phase of the policy, in the order the rule set lists them. Its dates are in a policy's calendar.
public struct Phase: Hashable, Sendable, Codable {
    public var id: PhaseID
    public var name: LocalizedText
    public var range: SourceRange

    public init(id: PhaseID, name: LocalizedText, range: SourceRange) {
        self.id = id
        self.name = name
        self.range = range
    }
}
