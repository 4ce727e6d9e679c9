/// A typed id: an `IndicatorID` cannot be passed where a `RuleID` is expected.
public struct Identifier<Tag>: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

public enum ObjectiveTag {}
public enum IndicatorTag {}
public enum RuleTag {}
public enum PhaseTag {}
public enum SectionTag {}
public enum InstitutionTag {}
public enum LevelTag {}
public enum SourceTag {}
public enum PopulationGoalTag {}

public typealias ObjectiveID = Identifier<ObjectiveTag>
public typealias IndicatorID = Identifier<IndicatorTag>
public typealias RuleID = Identifier<RuleTag>
public typealias PhaseID = Identifier<PhaseTag>
public typealias SectionID = Identifier<SectionTag>
public typealias InstitutionID = Identifier<InstitutionTag>
public typealias LevelID = Identifier<LevelTag>
public typealias SourceID = Identifier<SourceTag>
public typealias PopulationGoalID = Identifier<PopulationGoalTag>
