public import AperturaModel
public import AperturaSource

/// Levels that no score can be given: a threshold beyond the highest score, or a level before them that
/// every score reaches. The policy still evaluates, but the scale it publishes is not the one it applies.
public struct LevelReachCheck {
    let policy: Policy
    let ruleSet: RuleSet

    public init(policy: Policy, ruleSet: RuleSet) {
        self.policy = policy
        self.ruleSet = ruleSet
    }

    /// The scores the policy can give: 0 to 1 for weighted rules; the unit's range for the indicator
    /// model (nil when the unit has none, as `index`).
    var scoreRange: (low: Double, high: Double?)? {
        switch policy.scoring.model {
        case .weightedRules: return (0, 1)
        case .indicator(let id):
            switch ruleSet.indicator(id)?.unit {
            case .ratio: return (0, 1)
            case .percent, .score100: return (0, 100)
            case .count: return (0, nil)
            case .boolean, .index, nil: return nil
            }
        }
    }

    public func run() -> [Diagnostic] {
        guard let (low, high) = scoreRange else { return [] }
        var found: [Diagnostic] = []
        for (index, level) in policy.levels.enumerated() {
            let unreachable: Bool, takesAll: Bool
            switch level.threshold {
            case .above(let t): (unreachable, takesAll) = (high.map { t >= $0 } ?? false, t < low)
            case .atLeast(let t): (unreachable, takesAll) = (high.map { t > $0 } ?? false, t <= low)
            case .rest: continue
            }
            let at = level.thresholdRange ?? level.range
            if unreachable, let high {
                let (from, to) = (PlainNumber.format(low), PlainNumber.format(high))
                found.append(.error("level_unreachable",
                                    LocalizedText(es: "ningún puntaje alcanza el nivel «\(level.id)»: los puntajes van de \(from) a \(to)",
                                                  en: "no score reaches level '\(level.id)': scores go from \(from) to \(to)"),
                                    at: at, help: Self.percentageHelp(level.threshold, high: high)))
            }
            let after = policy.levels.dropFirst(index + 1).map(\.id)
            if takesAll, !after.isEmpty {
                let es = after.count == 1 ? "el nivel «\(after[0])» nunca se da" : "los niveles \(after.map { "«\($0)»" }.joined(separator: ", ")) nunca se dan"
                let en = after.count == 1 ? "level '\(after[0])' is never given" : "levels \(after.map { "'\($0)'" }.joined(separator: ", ")) are never given"
                found.append(.error("level_unreachable",
                                    LocalizedText(es: "todo puntaje alcanza el nivel «\(level.id)»: \(es)",
                                                  en: "every score reaches level '\(level.id)': \(en)"),
                                    at: at))
                break
            }
        }
        return found
    }

    /// On a 0-to-1 scale, a threshold from 10 to 100 is a percentage written as such (`at_least: 80`).
    static func percentageHelp(_ threshold: ComplianceLevel.Threshold, high: Double) -> LocalizedText? {
        let t: Double
        switch threshold {
        case .above(let v), .atLeast(let v): t = v
        case .rest: return nil
        }
        guard high == 1, t >= 10, t <= 100 else { return nil }
        let fraction = PlainNumber.format(t / 100)
        return LocalizedText(es: "los umbrales se escriben en la escala del puntaje, de 0 a 1: ¿quiso decir \(fraction)?",
                             en: "thresholds are written on the score's scale, from 0 to 1: did you mean \(fraction)?")
    }
}
