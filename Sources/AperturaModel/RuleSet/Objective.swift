public import AperturaSource

/// A strategic or specific objective that indicators and rules serve.
public struct Objective: Hashable, Sendable, Codable {
    public var id: ObjectiveID
    public var name: LocalizedText
    public var description: LocalizedText?
    public var parent: ObjectiveID?
    public var source: Citation
    public var range: SourceRange
    /// Where `parent` is written, for a diagnostic about the id it names.
    public var parentRange: SourceRange?

    public init(id: ObjectiveID, name: LocalizedText, description: LocalizedText?, parent: ObjectiveID?, source: Citation, range: SourceRange) {
        self.id = id
        self.name = name
        self.description = description
        self.parent = parent
        self.source = source
        self.range = range
    }
}
