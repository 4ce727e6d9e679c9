public import AperturaModel
public import AperturaSource

/// Counts each institution once, as a batch does, for a command that evaluates many self-assessments outside a batch
/// (`diff`): ids compared as `InstitutionKey` compares them (no spaces around, no case, dashes as `-`), the first in
/// input order counted, a repeat told with the batch's `duplicate_institution`.
public struct InstitutionRepeats {
    private var firsts = FirstEvaluations()

    public init() {}

    /// Nil the first time institution `id` is seen (at `place`, its id, leaving `unreported` rules not reported); after
    /// that, the `duplicate_institution` error at `place`, naming where it was first seen.
    public mutating func repeatError(of id: InstitutionID, at place: SourceLocation, unreported: Int = 0) -> Diagnostic? {
        guard let first = firsts.record(id, file: place.file, line: place.line, unreported: unreported) else { return nil }
        return BatchFailure.duplicateInstitution(id.rawValue, at: place, first: first, unreported: unreported).diagnostics.first
    }
}
