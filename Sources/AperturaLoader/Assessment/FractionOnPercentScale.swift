public import AperturaModel

/// A value between 0 and 1 on a 0-to-100 scale is most often a percentage written as a fraction (a
/// spreadsheet cell showing 76 % holds 0.76): judged as it is, it would be short of any goal by almost all
/// of it. Both readers warn of it (the fast reader by handing the document to the full loader, which says so).
public enum FractionOnPercentScale {
    /// Fields on a 0-to-100 scale: percentages, and numbers bounded by 0 and 100.
    public static func applies(to field: FormField) -> Bool {
        let (low, high) = field.effectiveBounds
        return (field.type == .percent || field.type == .number) && low == 0 && high == 100
    }

    /// A value that looks like a fraction there; a value under 1 % can be true, so it is a warning.
    public static func matches(_ x: Double) -> Bool { x > 0 && x < 1 }
}
