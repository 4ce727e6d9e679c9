/// What one input yields: an evaluated institution or a failure.
public enum UnitResult: Sendable, Hashable {
    case evaluated(InstitutionResult)
    case invalid(BatchFailure)
}
