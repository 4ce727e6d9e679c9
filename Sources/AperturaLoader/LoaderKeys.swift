/// The keys each object of the file formats allows, taken from the loaders' own `Key` enums: the one
/// source of truth that editor schemas and the authors' guide are generated from.
public enum LoaderKeys {
    /// Object name to its allowed keys, in declaration order.
    public static let objects: [String: [String]] = [
        "rule_file": names(RuleSetLoader.DocumentKey.self),
        "rule_file_kind": names(RuleSetLoader.Kind.self),
        "source_document": names(RuleSetLoader.SourceKey.self),
        "phase": names(RuleSetLoader.PhaseKey.self),
        "objective": names(RuleSetLoader.ObjectiveKey.self),
        "section": names(RuleSetLoader.SectionKey.self),
        "field": names(RuleSetLoader.FieldKey.self),
        "option": names(RuleSetLoader.OptionKey.self),
        "indicator": names(RuleSetLoader.IndicatorKey.self),
        "rule": names(RuleSetLoader.RuleKey.self),
        "population_goal": names(RuleSetLoader.PopulationGoalKey.self),
        "aggregate": names(RuleSetLoader.AggregateName.self),
        "citation": names(LoadContext.CitationKey.self),
        "goal": names(LoadContext.GoalKey.self),
        "baseline": names(LoadContext.BaselineKey.self),
        "applicability": names(LoadContext.ApplicabilityKey.self),
        "localized_text": names(LocalizedKey.self),
        "policy": names(PolicyLoader.Key.self),
        "calendar_entry": names(PolicyLoader.CalendarKey.self),
        "scoring": names(PolicyLoader.ScoringKey.self),
        "scoring_model": names(PolicyLoader.ModelName.self),
        "level": names(PolicyLoader.LevelKey.self),
        "quadrants": names(PolicyLoader.QuadrantsKey.self),
        "policy_applicability": names(PolicyLoader.EntryKey.self),
        "waiver": names(PolicyLoader.WaiverKey.self),
        "self_assessment": names(AssessmentLoader.Key.self),
        "institution": names(AssessmentLoader.InstitutionKey.self),
        "period": names(AssessmentLoader.PeriodKey.self),
    ]

    private static func names<K: RawRepresentable & CaseIterable>(_: K.Type) -> [String] where K.RawValue == String {
        K.allCases.map(\.rawValue)
    }
}
