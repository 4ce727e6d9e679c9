import AperturaBatch
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// The objectives' figures are the weighted share of each objective's rules met. Under a policy whose score is those
/// rules (PAI) they are parts of the score; under one whose score is an indicator (the Métrica's GA index) they are
/// not, and the report does not call them a score.
@Suite struct ReportObjectiveLabelTests {
    func report(_ inputs: [String], rules: String, policy: String, asOf: Day, language: Language) throws -> String {
        let out = Fixtures.temporaryDirectory("objective-label-\(language.rawValue)-\(inputs.count)")
        _ = try BatchRunner.run(BatchOptions(inputs: inputs, outputDirectory: out, rules: rules, policy: policy, asOf: asOf,
                                             jobs: 1, language: language))
        return Fixtures.read(out + "/report.html")
    }

    @Test(arguments: [(Language.es, "<h2>Cumplimiento medio por objetivo (reglas cumplidas, ponderadas)</h2>", "Puntaje medio por objetivo"),
                      (Language.en, "<h2>Mean compliance by objective (rules met, weighted)</h2>", "Mean score by objective")])
    func underAnIndicatorScoreObjectivesAreCompliance(language: Language, heading: String, scoreLabel: String) throws {
        let mga = try report([Fixtures.root + "/Examples/mga"], rules: Fixtures.mgaRules, policy: Fixtures.mgaPolicy,
                             asOf: Day("2017-02-01")!, language: language)
        #expect(mga.contains(heading))
        #expect(!mga.contains(scoreLabel))
    }

    @Test func underWeightedRulesObjectivesAreScores() throws {
        let pai = try report(Fixtures.paiExamples, rules: Fixtures.paiRules, policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, language: .es)
        #expect(pai.contains("<h2>Puntaje medio por objetivo</h2>"))
        #expect(!pai.contains("Cumplimiento medio por objetivo"))
    }
}
