public import AperturaSource

/// Where one value of a CSV row comes from: a column (with optional value translation) or a constant.
public struct ColumnSource: Sendable, Hashable {
    /// How a cell's text is turned into the value, after `values`.
    public enum Conversion: String, Sendable, Hashable, CaseIterable {
        /// A state name written in any common way ("Nuevo León", "Ciudad de Mexico") to its slug.
        case stateName = "state_name"
    }

    public var column: String?
    public var constant: String?
    /// Cell text to value; an empty value leaves the field out (a federal institution has no state).
    public var values: [String: String]
    public var conversion: Conversion?
    /// Where it is written in the mapping file (for a constant, its value).
    public var range: SourceRange

    public init(column: String?, constant: String?, values: [String: String], conversion: Conversion?, range: SourceRange) {
        self.column = column
        self.constant = constant
        self.values = values
        self.conversion = conversion
        self.range = range
    }
}
