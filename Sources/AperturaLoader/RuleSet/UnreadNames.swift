/// The names a rule set's expressions may read that a load with errors could not declare: a section or an
/// indicator written with errors, or lost with its file. `lint` still checks the expressions of such a rule set,
/// taking these names as of unknown type, so that an expression is not blamed for its declaration's error.
public struct UnreadNames: Hashable, Sendable {
    /// Sections not read whole: read with an error in one of their fields, or not read at all.
    public var sections: Set<String>
    /// Indicators written but not read.
    public var indicators: Set<String>
    /// Whether some section, or some indicator, was lost without its id (a file that could not be read, an
    /// entry without a readable id): then any unknown name of that kind may be it.
    public var someSection: Bool
    public var someIndicator: Bool

    public init(sections: Set<String> = [], indicators: Set<String> = [], someSection: Bool = false, someIndicator: Bool = false) {
        self.sections = sections
        self.indicators = indicators
        self.someSection = someSection
        self.someIndicator = someIndicator
    }

    public var isEmpty: Bool { sections.isEmpty && indicators.isEmpty && !someSection && !someIndicator }
}
