public import AperturaModel
public import AperturaSource

extension Assessment {
    /// Where `period.start` or `period.end` (as an expression reads it) is written; nil when it is not, or for another path.
    public func periodRange(of path: String) -> SourceRange? {
        switch path {
        case "period.start": periodStart == nil ? nil : periodStartRange
        case "period.end": periodEnd == nil ? nil : periodEndRange
        default: nil
        }
    }

    /// The date `period.start` or `period.end` holds; nil when it is not written, or for another path.
    public func periodDay(of path: String) -> Day? {
        switch path {
        case "period.start": periodStart
        case "period.end": periodEnd
        default: nil
        }
    }
}
