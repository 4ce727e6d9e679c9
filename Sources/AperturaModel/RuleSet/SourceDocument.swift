public import AperturaSource

/// A document a rule set is built from, cited by its id.
public struct SourceDocument: Hashable, Sendable, Codable {
    public var id: SourceID
    public var title: String
    public var issuer: String?
    public var date: Day?
    /// The copy among the shared seed documents, if any.
    public var file: String?
    public var url: String?
    public var range: SourceRange

    public init(id: SourceID, title: String, issuer: String?, date: Day?, file: String?, url: String?, range: SourceRange) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.date = date
        self.file = file
        self.url = url
        self.range = range
    }
}
