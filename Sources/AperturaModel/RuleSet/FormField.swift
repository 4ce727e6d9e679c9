public import AperturaSource

/// A question of the self-assessment form.
public struct FormField: Hashable, Sendable, Codable {
    public var id: String
    public var type: FieldType
    public var prompt: LocalizedText
    /// What evidence backs the answer, for the template's comment.
    public var evidenceHint: LocalizedText?
    public var required: Bool
    public var minimum: Double?
    public var maximum: Double?
    public var options: [ChoiceOption]
    /// The fields of each item, for `list`.
    public var items: [FormField]
    public var range: SourceRange

    public init(
        id: String, type: FieldType, prompt: LocalizedText, evidenceHint: LocalizedText?, required: Bool,
        minimum: Double?, maximum: Double?, options: [ChoiceOption], items: [FormField], range: SourceRange
    ) {
        self.id = id
        self.type = type
        self.prompt = prompt
        self.evidenceHint = evidenceHint
        self.required = required
        self.minimum = minimum
        self.maximum = maximum
        self.options = options
        self.items = items
        self.range = range
    }

    /// The bounds the type itself implies, combined with the declared ones.
    public var effectiveBounds: (min: Double?, max: Double?) {
        switch type {
        case .ratio: (max(minimum ?? 0, 0), min(maximum ?? 1, 1))
        case .percent: (max(minimum ?? 0, 0), min(maximum ?? 100, 100))
        default: (minimum, maximum)
        }
    }
}
