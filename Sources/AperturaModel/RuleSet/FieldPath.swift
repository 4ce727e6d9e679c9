public import AperturaSource

/// `section.field`: a field of the form, as rules name evidence.
public struct FieldPath: Hashable, Sendable, Codable, CustomStringConvertible {
    public var section: SectionID
    public var field: String
    public var range: SourceRange

    public init(section: SectionID, field: String, range: SourceRange) {
        self.section = section
        self.field = field
        self.range = range
    }

    public var description: String { "\(section).\(field)" }
}
