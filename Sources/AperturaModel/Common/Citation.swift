public import AperturaSource

/// Where a statement comes from: a source document of the rule set and the section that says it.
public struct Citation: Hashable, Sendable, Codable {
    public var ref: SourceID
    public var section: String
    public var note: LocalizedText?
    public var range: SourceRange
    /// Where `ref` names the source.
    public var refRange: SourceRange?
    /// Where `section` is written.
    public var sectionRange: SourceRange?

    public init(ref: SourceID, section: String, note: LocalizedText? = nil, range: SourceRange, refRange: SourceRange? = nil) {
        self.ref = ref
        self.section = section
        self.note = note
        self.range = range
        self.refRange = refRange
    }
}
