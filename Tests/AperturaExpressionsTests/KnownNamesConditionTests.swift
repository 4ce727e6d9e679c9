import AperturaExpressions
import Testing

/// Conditions decided by the names `explain --kind` knows, three-valued: a true branch of `||` or a false branch
/// of `&&` decides, whatever the rest; anything that reads another name leaves the question open (nil).
@Suite struct KnownNamesConditionTests {
    let trust = ["institution.kind": "fideicomiso"]
    let municipality = ["institution.kind": "municipio", "institution.order": "municipal"]
    /// The open-data rules' condition (Rules/pai/rules/datos_abiertos.yaml).
    let largeOrNotMunicipal = #"institution.kind != "municipio" || !has(institution.population) || institution.population >= 70000"#

    @Test func aTrueBranchOfAnOrDecides() {
        #expect(KnownNamesCondition.decide(largeOrNotMunicipal, known: trust) == true)
    }

    @Test func aFalseBranchLeavesTheRestToDecide() {
        // For a municipio the first branch is false; the population, not known, decides.
        #expect(KnownNamesCondition.decide(largeOrNotMunicipal, known: municipality) == nil)
        #expect(KnownNamesCondition.decide(largeOrNotMunicipal, known: [:]) == nil)
    }

    @Test func aKnownPopulationDecidesTheOpenDataCondition() {
        // 25,130 inhabitants: not a trust, population written, below 70,000: false. 70,000 exactly: true.
        #expect(KnownNamesCondition.decide(largeOrNotMunicipal, known: municipality, numbers: ["institution.population": 25_130]) == false)
        #expect(KnownNamesCondition.decide(largeOrNotMunicipal, known: municipality, numbers: ["institution.population": 70_000]) == true)
        // Known to be left out: `!has(...)` is true, and leaving it out exempts no one.
        #expect(KnownNamesCondition.decide(largeOrNotMunicipal, known: municipality, absent: ["institution.population"]) == true)
        // A comparison with the number on the left, and one with a name that is not known.
        #expect(KnownNamesCondition.decide("100000 < institution.population", known: [:], numbers: ["institution.population": 25_130]) == false)
        #expect(KnownNamesCondition.decide("institution.population >= comite.integrantes", known: [:], numbers: ["institution.population": 25_130]) == nil)
        #expect(KnownNamesCondition.decide("has(comite.acta)", known: municipality, absent: ["institution.population"]) == nil)
    }

    @Test func aFalseBranchOfAnAndDecides() {
        #expect(KnownNamesCondition.decide(#"institution.population > 5 && institution.kind == "municipio""#, known: trust) == false)
        #expect(KnownNamesCondition.decide(#"institution.population > 5 && institution.kind == "municipio""#, known: municipality) == nil)
        #expect(KnownNamesCondition.decide(#"institution.kind == "municipio" && institution.order == "municipal""#, known: municipality) == true)
    }

    @Test func negationMembershipAndEitherSide() {
        #expect(KnownNamesCondition.decide(#"!(institution.kind in ["partido", "sindicato"])"#, known: ["institution.kind": "partido"]) == false)
        #expect(KnownNamesCondition.decide(#"institution.kind in ["partido", "sindicato"]"#, known: trust) == false)
        #expect(KnownNamesCondition.decide(#""fideicomiso" == institution.kind"#, known: trust) == true)
        #expect(KnownNamesCondition.decide(#"institution.order != "federal""#, known: municipality) == true)
    }

    @Test func whatIsNotAPlainComparisonWithATextIsOpen() {
        // A name whose value is known is written: `has()` of it holds. Of a name neither known nor known absent, open.
        #expect(KnownNamesCondition.decide("has(institution.kind)", known: trust) == true)
        #expect(KnownNamesCondition.decide("has(institution.population)", known: trust) == nil)
        #expect(KnownNamesCondition.decide("institution.kind == 3", known: trust) == nil)
        #expect(KnownNamesCondition.decide(#"institution.kind in ["partido", 3]"#, known: trust) == nil)
        #expect(KnownNamesCondition.decide(#"institution.kind.startsWith("fide")"#, known: trust) == nil)
        #expect(KnownNamesCondition.decide("comite.instalado", known: trust) == nil)
        #expect(KnownNamesCondition.decide("institution.kind ==", known: trust) == nil, "does not parse")
    }
}
