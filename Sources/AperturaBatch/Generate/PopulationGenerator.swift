public import AperturaModel

/// A deterministic synthetic population of self-assessments for a rule set's form: institutions drawn
/// with the Métrica 2017 mix of orders, kinds and states, each with a compliance propensity that spreads
/// the population over every level. Institution `i` depends only on the seed and on `i`, so any subset
/// can be generated alone, in any order, with the same bytes.
public struct PopulationGenerator: Sendable {
    public let ruleSet: RuleSet
    public let seed: UInt64
    /// The period every self-assessment covers.
    public let year: Int

    public init(ruleSet: RuleSet, seed: UInt64, year: Int = 2025) {
        self.ruleSet = ruleSet
        self.seed = seed
        self.year = year
    }

    /// The register id of institution `index` (0-based).
    public func institutionID(_ index: Int) -> String {
        "SIN-" + String(repeating: "0", count: max(0, 6 - String(index + 1).count)) + String(index + 1)
    }

    /// The YAML text of institution `index`'s self-assessment.
    public func assessment(_ index: Int) -> String {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let (order, kind, _) = InstitutionMix.orderAndKind[rng.weighted(InstitutionMix.orderAndKind.map(\.2))]
        let state: String? = order == .federal ? nil : InstitutionMix.states[rng.weighted(InstitutionMix.states.map(\.1))].0
        // Propensity to comply: a mixture so that every level is well represented.
        let propensity = rng.unit() < 0.2 ? rng.unit() * 0.3 : 0.2 + rng.unit() * 0.8
        let id = institutionID(index)
        var w = YAMLWriter()
        w.line(0, "apertura: 1")
        w.line(0, "rule_set: \(ruleSet.info.id)")
        w.line(0, "institution:")
        w.line(2, "id: \(YAMLWriter.quoted(id))")
        let place = state.flatMap(MexicanState.name(of:)).map { " (\($0))" } ?? ""
        w.line(2, "name: \(YAMLWriter.quoted("\(kind.name.es) sintético \(index + 1)\(place)"))")
        w.line(2, "kind: \(kind.rawValue)")
        w.line(2, "order: \(order.rawValue)")
        if let state { w.line(2, "state: \(state)") }
        if kind == .municipio {
            // Log-uniform between 1,000 and 2,000,000 inhabitants.
            let population = Int((1000.0 * pow2(rng.unit() * 10.97)).rounded())
            w.line(2, "population: \(population)")
        }
        w.line(0, "period: {start: \(year)-01-01, end: \(year)-12-31}")
        w.line(0, "answers:")
        for section in ruleSet.form where section.appliesTo.admits(order: order, kind: kind) {
            w.line(2, "\(section.id.rawValue):")
            var fields = FieldValues(rng: rng, propensity: propensity, year: year, id: id)
            fields.write(section.fields, indent: 4, into: &w)
            rng = fields.rng
        }
        return w.text
    }
}

/// 2^x without Foundation.
func pow2(_ x: Double) -> Double {
    var result = 1.0
    var rest = x
    while rest >= 1 { result *= 2; rest -= 1 }
    // 2^rest for rest in [0, 1): a short series is plenty for a synthetic population.
    let ln2 = 0.6931471805599453
    var term = 1.0, sum = 1.0
    for k in 1...12 { term *= rest * ln2 / Double(k); sum += term }
    return result * sum
}

extension Applicability {
    /// Whether a section with this applicability is answered by an institution (conditions on `when`
    /// are left to the loader: a synthetic institution answers such a section).
    func admits(order: GovernmentOrder, kind: InstitutionKind) -> Bool {
        (orders.map { $0.contains(order) } ?? true) && (kinds.map { $0.contains(kind) } ?? true)
    }
}
