public import AperturaModel

/// A policy read despite errors, for `lint`: every part that could be read, so that the checks on the
/// rest still run (a phase listed twice must not hide an unknown rule in a waiver). Never evaluate it.
public struct PartialPolicy: Sendable {
    /// The parts whose checks need the whole part: the calendar (phases not scheduled, gaps, waivers
    /// before it), the scoring model (weights, the highest score) and the levels (which are reachable).
    public enum Part: Hashable, Sendable { case calendar, scoring, levels }

    public var policy: Policy
    /// Parts in which the loader found errors (an entry dropped, a repeat, an order it rejects): checks
    /// over such a part would mostly echo those errors, so they are skipped.
    public var incomplete: Set<Part>

    public init(policy: Policy, incomplete: Set<Part>) {
        self.policy = policy
        self.incomplete = incomplete
    }
}
