public import AperturaModel

/// A form field an expression or a rule reads, with its `section.field` text made once at compile
/// time. Used to say which answers a rule read; evaluation never depends on it.
public struct ReadPath: Hashable, Sendable {
    public let section: SectionID
    public let field: String
    public let path: String

    public init(section: SectionID, field: String) {
        self.section = section
        self.field = field
        self.path = "\(section).\(field)"
    }
}
