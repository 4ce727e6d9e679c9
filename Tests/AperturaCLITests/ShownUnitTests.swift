import Foundation
import Testing
import TestSupport

/// Values are shown in the unit a reader counts in: a ratio as a percentage, its distance to the goal in
/// percentage points, a 0-100 score's distance in points; a yes/no indicator has no distance to show. The JSON
/// report keeps the value itself beside its text.
@Suite struct ShownUnitTests {
    // Zapopan (Examples/municipio-zapopan.yaml): 2400 of 3120 requests answered completely, 2400 / 3120 =
    // 0.76923…, shown to four decimals of the ratio: 76.92 %; goal 0.8 in phase inicio (80 %), distance
    // 0.8 − 0.7692 = 0.0308: 3.08 points. Portal index 76 against 80 / 100: 4 points.
    static let zapopan = ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--view", "gaps"]

    @Test func aRatioIsAPercentageAndItsDistancePercentagePoints() throws {
        let es = try CLI.run(Self.zapopan)
        #expect(es.stdout.contains("actual 76.92 % → meta ≥ 80 % [meta propuesta] (distancia 3.08 puntos porcentuales) a más tardar el 2027-12-31\n"))
        #expect(es.stdout.contains("siguiente fase: ≥ 90 % [meta propuesta] a más tardar el 2030-12-31\n"))
        #expect(es.stdout.contains("actual 76 / 100 → meta ≥ 80 / 100 [meta propuesta] (distancia 4 puntos) a más tardar el 2027-12-31\n"))
        let en = try CLI.run(Self.zapopan + ["--lang", "en"])
        #expect(en.stdout.contains("actual 76.92 % → goal ≥ 80 % [proposed goal] (distance 3.08 percentage points) by 2027-12-31\n"))
        #expect(en.stdout.contains("actual 76 / 100 → goal ≥ 80 / 100 [proposed goal] (distance 4 points) by 2027-12-31\n"))
        let markdown = try CLI.run(Self.zapopan + ["--format", "markdown"])
        #expect(markdown.stdout.contains("; actual 76.92 %; meta ≥ 80 % (propuesta); distancia 3.08 puntos porcentuales;"))
    }

    @Test func theJSONReportKeepsTheNumberBesideItsText() throws {
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let indicators = try #require(report["indicators"] as? [[String: Any]])
        let complete = try #require(indicators.first { $0["id"] as? String == "solicitudes_completas" })
        #expect(complete["value"] as? String == "76.92 %")
        #expect(complete["number"] as? Double == 0.7692)
        let committee = try #require(indicators.first { $0["id"] as? String == "comite_instalado" })
        #expect(committee["value"] as? String == "sí")
        #expect(committee["number"] == nil)
        let gaps = try #require(report["gaps"] as? [[String: Any]])
        let gap = try #require(gaps.first { $0["rule"] as? String == "solicitudes_completas" })
        #expect(gap["distance"] as? Double == 0.0308)
        #expect(gap["distance_text"] as? String == "3.08 puntos porcentuales")
    }

    @Test func oneIsSingular() throws {
        // 2449 / 3100 = 0.79 exactly: 1 percentage point short of 80 %; an index of 79: 1 point short of 80.
        let text = try CLI.read("Examples/municipio-zapopan.yaml")
            .replacingOccurrences(of: "    recibidas: 3120\n", with: "    recibidas: 3100\n")
            .replacingOccurrences(of: "    respondidas_completas: 2400\n", with: "    respondidas_completas: 2449\n")
            .replacingOccurrences(of: "    indice_portal: 76.0\n", with: "    indice_portal: 79.0\n")
        let es = try CLI.run(["evaluate", "/dev/stdin", "--as-of", "2026-06-30", "--view", "gaps"], input: text)
        #expect(es.stdout.contains("actual 79 % → meta ≥ 80 % [meta propuesta] (distancia 1 punto porcentual)"))
        #expect(es.stdout.contains("actual 79 / 100 → meta ≥ 80 / 100 [meta propuesta] (distancia 1 punto)"))
        let en = try CLI.run(["evaluate", "/dev/stdin", "--as-of", "2026-06-30", "--view", "gaps", "--lang", "en"], input: text)
        #expect(en.stdout.contains("(distance 1 percentage point)"))
        #expect(en.stdout.contains("(distance 1 point)"))
    }

    @Test func aYesNoGapHasNoDistance() throws {
        // Tlalnelhuayocan has no Comité de Apertura: "no" against "sí", nothing in between to measure.
        let r = try CLI.run(["evaluate", "Examples/municipio-tlalnelhuayocan.yaml", "--as-of", "2026-06-30"])
        #expect(r.stdout.contains("Comité de Apertura instalado [comite_instalado] — valor no · meta sí [meta propuesta]\n"))
        #expect(r.stdout.contains("actual no → meta sí [meta propuesta] a más tardar el 2027-12-31\n"))
    }
}
