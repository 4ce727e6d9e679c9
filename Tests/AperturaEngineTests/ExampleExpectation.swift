import AperturaSource
import AperturaYAML

/// The hand-worked expectations of one example (`Examples/expected/NAME.outcomes.yaml`, format in
/// Examples/expected/README.md), read with the project's own YAML loader.
struct ExampleExpectation {
    struct RuleExpectation {
        var outcome: String
        var actual: String?
        var target: String?
        var evidenceMissing: [String]
    }

    var example: String
    var policy: String
    var asOf: String
    var phase: String
    var outcomes: [String: RuleExpectation] = [:]
    var indicators: [String: Double] = [:]
    var objectiveScores: [String: Double] = [:]
    var score: Double?
    var plainRatio: Double?
    var rulesMet: Int
    var rulesApplicable: Int
    var level: String?
    var quadrant: String?

    init(file: String) throws {
        let parsed = YAMLParser.parseFile(atPath: file)
        guard let root = parsed.documents.first?.root, !parsed.hasErrors else { throw FixtureError("cannot read \(file)") }
        func text(_ key: String) throws -> String {
            guard let value = root[key]?.scalar?.value else { throw FixtureError("\(file): no \(key)") }
            return value
        }
        example = try text("example")
        policy = try text("policy")
        asOf = try text("as_of")
        phase = try text("phase")
        score = root["score"]?.scalar.flatMap { Double($0.value) }
        plainRatio = root["plain_ratio"]?.scalar.flatMap { Double($0.value) }
        rulesMet = Int(try text("rules_met")) ?? -1
        rulesApplicable = Int(try text("rules_applicable")) ?? -1
        level = root["level"]?.scalar?.value
        quadrant = root["quadrant"]?.scalar?.value
        for pair in root["outcomes"]?.mapping ?? [] {
            guard let rule = pair.key.scalar?.value, let outcome = pair.value["outcome"]?.scalar?.value else { continue }
            outcomes[rule] = RuleExpectation(
                outcome: outcome, actual: pair.value["actual"]?.scalar?.value, target: pair.value["target"]?.scalar?.value,
                evidenceMissing: pair.value["evidence_missing"]?.sequence?.compactMap { $0.scalar?.value } ?? [])
        }
        for pair in root["indicators"]?.mapping ?? [] {
            if let id = pair.key.scalar?.value, let value = pair.value.scalar.flatMap({ Double($0.value) }) { indicators[id] = value }
        }
        for pair in root["objectives"]?.mapping ?? [] {
            if let id = pair.key.scalar?.value, let value = pair.value["score"]?.scalar.flatMap({ Double($0.value) }) { objectiveScores[id] = value }
        }
    }
}
