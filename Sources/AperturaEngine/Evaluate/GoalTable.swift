import AperturaModel

/// Each rule's goal in each phase of the policy's calendar, looked up once for the rule set rather
/// than by a search through the rule's goals for every rule of every self-assessment.
struct GoalTable: Sendable {
    /// For each phase of the calendar: each rule's goal in it (nil for checks and phases without one).
    private let goalsByPhase: [PhaseID: [Goal?]]
    private let rules: [Rule]

    init(rules: [Rule], calendar: [CalendarEntry]) {
        var table: [PhaseID: [Goal?]] = [:]
        for entry in calendar where table[entry.phase] == nil {
            table[entry.phase] = rules.map { $0.goal(for: entry.phase) }
        }
        goalsByPhase = table
        self.rules = rules
    }

    /// Each rule's goal in `phase`, in evaluation order.
    func goals(in phase: PhaseID) -> [Goal?] {
        goalsByPhase[phase] ?? rules.map { $0.goal(for: phase) }
    }
}
