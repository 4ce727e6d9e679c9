public import AperturaSource

/// The answers to a section, or to one item of a list: field id to answer. Absent fields were not answered.
public struct AnswerGroup: Hashable, Sendable, Codable {
    public var answers: [String: AnswerValue]
    public var range: SourceRange

    public init(answers: [String: AnswerValue], range: SourceRange) {
        self.answers = answers
        self.range = range
    }

    public subscript(field: String) -> AnswerValue? { answers[field] }
}
