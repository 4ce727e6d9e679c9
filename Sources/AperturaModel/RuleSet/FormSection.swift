public import AperturaSource

/// A section of the self-assessment form: a group of fields, and a variable in expressions.
public struct FormSection: Hashable, Sendable, Codable {
    public var id: SectionID
    public var name: LocalizedText
    public var description: LocalizedText?
    public var appliesTo: Applicability
    public var fields: [FormField]
    public var range: SourceRange

    public init(id: SectionID, name: LocalizedText, description: LocalizedText?, appliesTo: Applicability, fields: [FormField], range: SourceRange) {
        self.id = id
        self.name = name
        self.description = description
        self.appliesTo = appliesTo
        self.fields = fields
        self.range = range
    }

    public func field(_ id: String) -> FormField? { fields.first(where: { $0.id == id }) }
}
