public import AperturaSource

/// One allowed value of a `choice` or `choices` field.
public struct ChoiceOption: Hashable, Sendable, Codable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
