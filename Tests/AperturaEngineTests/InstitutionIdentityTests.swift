import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Testing

/// A self-assessment's kind, order and state must agree as the Métrica 2017 groups institutions: a
/// municipality is municipal, the federal and state executives belong to their order, and a federal
/// institution names no state. The full loader reports each conflict at the value; the batch's fast reader
/// declines such a file, so the full loader reports it there too.
@Suite struct InstitutionIdentityTests {
    func diagnostics(_ institution: String) throws -> [String] {
        let evaluator = try Fixtures.evaluator()
        let file = try Fixtures.temporaryDirectory() + "/a.yaml"
        try Fixtures.write("apertura: 1\nrule_set: mini\ninstitution:\n" + institution, to: file)
        return Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: false).1
            .map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \($0.code) \($0.message.es)" }
    }

    @Test func aKindOutOfItsOrderIsReportedAtTheOrder() throws {
        #expect(try diagnostics("  id: X\n  name: X\n  kind: municipio\n  order: estatal\n  state: jalisco\n") == [
            "7:10 invalid_value una institución de tipo «municipio» es del orden «municipal», no «estatal»",
        ])
        #expect(try diagnostics("  id: X\n  name: X\n  kind: ejecutivo_estatal\n  order: municipal\n  state: jalisco\n") == [
            "7:10 invalid_value una institución de tipo «ejecutivo_estatal» es del orden «estatal», no «municipal»",
        ])
        #expect(try diagnostics("  id: X\n  name: X\n  kind: ejecutivo_federal\n  order: estatal\n  state: jalisco\n") == [
            "7:10 invalid_value una institución de tipo «ejecutivo_federal» es del orden «federal», no «estatal»",
        ])
    }

    /// A municipal congress, court, party or constitutional autonomous body does not exist: `order: municipal` on
    /// one is a slip (it used to be accepted, and the institution counted among the municipal ones).
    @Test func aKindThatIsNeverMunicipalIsReportedAtTheOrder() throws {
        for kind in ["legislativo", "judicial", "partido", "autonomo"] {
            #expect(try diagnostics("  id: X\n  name: X\n  kind: \(kind)\n  order: municipal\n  state: jalisco\n") == [
                "7:10 invalid_value una institución de tipo «\(kind)» es del orden «federal» o «estatal», no «municipal»",
            ], "\(kind)")
        }
        // A municipality's decentralised body, trust, union or university is a sujeto obligado of its own.
        for kind in ["descentralizado", "fideicomiso", "sindicato", "universidad"] {
            #expect(try diagnostics("  id: X\n  name: X\n  kind: \(kind)\n  order: municipal\n  state: jalisco\n") == [], "\(kind)")
        }
    }

    /// A population of 0 used to be read, and exempted a large municipality from the rules for those over 70,000;
    /// the fast reader declines it too, so the batch reports it through the full loader.
    @Test func aZeroPopulationIsReportedAtItsValue() throws {
        #expect(try diagnostics("  id: X\n  name: X\n  kind: municipio\n  order: municipal\n  state: jalisco\n  population: 0\n") == [
            "9:15 out_of_range la población no puede ser cero",
        ])
        #expect(try diagnostics("  id: X\n  name: X\n  kind: municipio\n  order: municipal\n  state: jalisco\n  population: 1\n") == [])
        let ruleSet = try Fixtures.evaluator().compiled.ruleSet
        let text = "apertura: 1\nrule_set: mini\ninstitution: {id: X, name: X, kind: municipio, order: municipal, state: puebla, population: 0}\nanswers: {}\n"
        #expect(AssessmentFastReader(ruleSet: ruleSet).read(Array(text.utf8), file: "a.yaml") == nil)
    }

    @Test func aFederalInstitutionWithAStateIsReportedAtTheState() throws {
        #expect(try diagnostics("  id: X\n  name: X\n  kind: autonomo\n  order: federal\n  state: ciudad_de_mexico\n") == [
            "8:10 invalid_value una institución federal no indica entidad: quite «state: ciudad_de_mexico» (los resultados agrupan aparte a las federales)",
        ])
    }

    /// The kinds that exist at more than one order, in the orders the Métrica 2017 has them at.
    @Test func theMetricasPairsAreAccepted() throws {
        for (kind, order) in [("autonomo", "estatal"), ("autonomo", "federal"), ("partido", "federal"), ("partido", "estatal"),
                              ("universidad", "federal"), ("fideicomiso", "estatal"), ("municipio", "municipal"),
                              ("ejecutivo_federal", "federal"), ("ejecutivo_estatal", "estatal")] {
            let state = order == "federal" ? "" : "  state: jalisco\n"
            #expect(try diagnostics("  id: X\n  name: X\n  kind: \(kind)\n  order: \(order)\n" + state) == [], "\(kind) \(order)")
        }
    }

    @Test func theFastReaderDeclinesWhatTheLoaderRejects() throws {
        let ruleSet = try Fixtures.evaluator().compiled.ruleSet
        func read(_ institution: String) -> [Assessment]? {
            let text = "apertura: 1\nrule_set: mini\ninstitution: \(institution)\nanswers: {}\n"
            return AssessmentFastReader(ruleSet: ruleSet).read(Array(text.utf8), file: "a.yaml")
        }
        // The same file with an identity that agrees is read the fast way: the nils below are the identity's.
        #expect(read("{id: X, name: X, kind: partido, order: federal}") != nil)
        #expect(read("{id: X, name: X, kind: municipio, order: municipal, state: puebla}") != nil)
        #expect(read("{id: X, name: X, kind: municipio, order: federal}") == nil)
        #expect(read("{id: X, name: X, kind: partido, order: federal, state: puebla}") == nil)
        #expect(read("{id: X, name: X, kind: partido, order: municipal, state: puebla}") == nil)
    }
}
