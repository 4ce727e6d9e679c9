public import AperturaSource

/// The answers to a section, or to one item of a list. Answers are kept in the form's order of fields,
/// one slot per field, empty for a field that was not answered: readers fill slots by position and
/// expressions read them by position, with no lookup by name.
public struct AnswerGroup: Hashable, Sendable, Codable {
    /// The ids of the fields that may be answered, in order; groups of the same fields share one array.
    public var fields: [String]
    /// The answer to each of `fields`, nil where it was not answered.
    public var values: [AnswerValue?]
    public var range: SourceRange

    public init(fields: [String], values: [AnswerValue?], range: SourceRange) {
        precondition(fields.count == values.count, "one slot per field")
        self.fields = fields
        self.values = values
        self.range = range
    }

    /// A group of exactly these answers (the fields in the order of their ids).
    public init(answers: [String: AnswerValue], range: SourceRange) {
        fields = answers.keys.sorted()
        values = fields.map { answers[$0] }
        self.range = range
    }

    public subscript(field: String) -> AnswerValue? {
        guard let index = fields.firstIndex(of: field) else { return nil }
        return values[index]
    }

    /// The answers by field id.
    public var answers: [String: AnswerValue] {
        var answers: [String: AnswerValue] = [:]
        for index in fields.indices { if let value = values[index] { answers[fields[index]] = value } }
        return answers
    }

    /// Groups are equal when they hold the same answers at the same place, whatever fields they leave empty.
    public static func == (lhs: AnswerGroup, rhs: AnswerGroup) -> Bool {
        guard lhs.range == rhs.range else { return false }
        if lhs.fields == rhs.fields { return lhs.values == rhs.values }
        return lhs.answers == rhs.answers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(values.count(where: { $0 != nil }))
    }
}
