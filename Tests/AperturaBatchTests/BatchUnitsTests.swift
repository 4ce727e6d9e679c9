import AperturaBatch
import AperturaModel
import AperturaSource
import Foundation
import Testing
import TestSupport

/// `report.html` gives shares, ratios and the mean of a yes/no indicator as percentages, as the institutions'
/// own reports do; `summary.json` names the unit of each indicator mean and population goal.
@Suite struct BatchUnitsTests {
    /// Worked out from the examples' hand-computed outcomes: the share of institutions meeting `comite_instalado`
    /// among those it applies to (every outcome but `not_applicable`), as the page shows a share.
    static func shareMet(_ rule: String) throws -> (met: Int, applicable: Int) {
        let folder = Fixtures.root + "/Examples/expected"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".outcomes.yaml") }
        var met = 0, applicable = 0
        for name in names {
            for line in Fixtures.read(folder + "/" + name).split(separator: "\n") where line.hasPrefix("  \(rule): ") {
                if line.contains("outcome: met}") { met += 1 }
                if !line.contains("outcome: not_applicable") { applicable += 1 }
            }
        }
        return (met, applicable)
    }

    /// A share as report.html writes it: in tenths of a percent, cut down (10 / 12 = 83.33… % → 83.3 %).
    static func percent(_ part: Int, _ whole: Int) -> String {
        let tenths = 1000 * part / whole
        return "\(tenths / 10).\(tenths % 10)\u{00A0}%"
    }

    @Test func sharesAndRatiosArePercentages() throws {
        let summary = try Fixtures.examplesSummary("units")
        let html = BatchHTMLRenderer(language: .es).render(summary)
        let goals = try #require(html.components(separatedBy: "<section id=\"goals\"").dropFirst().first?.components(separatedBy: "</section>").first)
        // comites_instalados: share_met of comite_instalado, phase inicio goal 0.3, proposed (Rules/pai/population.yaml).
        let (met, applicable) = try Self.shareMet("comite_instalado")
        // Met in 10 of the 12 outcomes files: not in municipio-tlalnelhuayocan (not_met) nor partido-local-puebla
        // (not_reported, which still applies); 10 / 12 = 83.3 %.
        #expect((met, applicable) == (10, 12))
        // The value, the phase's goal and the status come first, then the institutions and the baseline.
        #expect(goals.contains("Comité de Apertura instalado</th><td class=\"num\">\(Self.percent(met, applicable))</td>"
                               + "<td class=\"num\">30.0\u{00A0}% (propuesta)</td><td class=\"text\">alcanzada</td><td class=\"num\">\(applicable)</td>"), "\(goals)")
        // The portal index's mean stays on its 0-100 scale, against its goal of 75 and its 2017 baseline of 62.74.
        #expect(goals.contains("<td class=\"num\">75.00 (propuesta)</td><td class=\"text\">alcanzada</td><td class=\"num\">12</td>"
                               + "<td class=\"num\">62.74 (2017)</td>"))

        // The mean of the yes/no comite_instalado: the share of "yes" among the eleven examples that answer it
        // (`instalado: true` in ten, all but Tlalnelhuayocan; the party's self-assessment leaves it out): 10 / 11 = 90.9 %.
        let answers = Fixtures.paiExamples.flatMap { Fixtures.read($0).split(separator: "\n").filter { $0.hasPrefix("    instalado: ") } }
        let yes = answers.count(where: { $0.hasSuffix("true") })
        #expect((yes, answers.count) == (10, 11))
        let indicators = try #require(html.components(separatedBy: "<section id=\"indicators\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(indicators.contains("Comité de Apertura instalado</th><td class=\"num\">\(Self.percent(yes, answers.count))</td><td class=\"num\">11</td>"), "\(indicators)")
    }

    @Test func theSummaryNamesTheUnits() throws {
        let summary = try Fixtures.examplesSummary("units-json")
        let units = Dictionary(uniqueKeysWithValues: summary.indicators.map { ($0.id, $0.unit) })
        #expect(units["solicitudes_en_plazo"] == "ratio")
        #expect(units["comite_instalado"] == "boolean")
        #expect(units["cumplimiento_portal"] == "score_100")
        #expect(summary.objectives.allSatisfy { $0.unit == nil })
        let goals = Dictionary(uniqueKeysWithValues: summary.populationGoals.map { ($0.id, $0.unit) })
        #expect(goals["comites_instalados"] == "ratio")  // share_met
        #expect(goals["portal_promedio"] == "score_100")  // the mean of the portal index
    }
}
