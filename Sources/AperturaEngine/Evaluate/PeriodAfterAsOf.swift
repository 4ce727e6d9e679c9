public import AperturaModel
public import AperturaSource

/// A self-assessment whose period ends after the as-of date reports a period not yet closed: its answers may
/// still change, and its score says nothing final. A warning, not an error: a mid-year check is legitimate,
/// and a typo in the year (2029 for 2025) is what it most often is.
public enum PeriodAfterAsOf {
    public static let code = "period_after_as_of"

    /// The warning for `assessment` judged on `asOf`, at its `period`'s end; nil when the period ends on or before it.
    public static func of(_ assessment: Assessment, asOf: Day) -> Diagnostic? {
        guard let end = assessment.periodEnd, end > asOf else { return nil }
        return warning(end: end, asOf: asOf, at: assessment.periodEndRange ?? SourceRange(at: assessment.range.start))
    }

    static func warning(end: Day, asOf: Day, at range: SourceRange?) -> Diagnostic {
        .warning(
            code,
            LocalizedText(es: "el periodo informado termina el \(end), después de la fecha de corte \(asOf): se evalúa un periodo que aún no ha cerrado",
                          en: "the period reported ends on \(end), after the as-of date \(asOf): a period not yet closed is being evaluated"),
            at: range,
            help: LocalizedText(es: "revise el año del periodo, o evalúe con --as-of en o después de su fin",
                                en: "check the period's year, or evaluate with --as-of on or after its end"))
    }
}
