public import AperturaSource

/// The first error of a code met in a run, in input order: what `report.html` shows beside the code, so that the
/// table of errors says what each code means and where to see one.
public struct ErrorExample: Sendable, Hashable {
    public var message: LocalizedText
    /// `file:line:column`, as errors.csv gives it.
    public var place: String

    public init(message: LocalizedText, place: String) {
        self.message = message
        self.place = place
    }
}
