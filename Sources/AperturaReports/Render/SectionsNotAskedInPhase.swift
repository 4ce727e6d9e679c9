public import AperturaModel
public import AperturaSource

/// Sections a template leaves out only because a policy entry limited to some phases holds in the phase of the
/// as-of date (open data, which the PAI policy asks of parties and unions from its second phase on): the note
/// says so, and from when they are asked, so that it does not read as the law's own, permanent scope.
public struct SectionsNotAskedInPhase: Sendable {
    /// The phase of the as-of date, in which they are not asked.
    public var phase: PhaseID
    /// Per section, the first day of the first later phase that asks it; nil when no later phase does.
    public var askedFrom: [SectionID: Day?]
    /// The exemption is the policy's proposal (the policy is a draft, or the entry cites no source).
    public var proposed: Bool

    public init(phase: PhaseID, askedFrom: [SectionID: Day?], proposed: Bool) {
        self.phase = phase
        self.askedFrom = askedFrom
        self.proposed = proposed
    }
}
