public import AperturaSource

/// One answer of a self-assessment, typed by the form, with its place in the file.
public struct AnswerValue: Hashable, Sendable, Codable {
    public enum Value: Hashable, Sendable, Codable {
        case bool(Bool)
        case integer(Int64)
        case number(Double)
        case date(Day)
        case text(String)
        /// `choices` and `evidence`: a list of strings.
        case texts([String])
        /// `list`: items, each a set of answers by field id.
        case items([AnswerGroup])
    }

    public var value: Value
    public var range: SourceRange

    public init(_ value: Value, range: SourceRange) {
        self.value = value
        self.range = range
    }
}
