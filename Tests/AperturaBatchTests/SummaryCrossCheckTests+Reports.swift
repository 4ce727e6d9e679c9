import AperturaBatch
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// Reading the per-institution reports and the score formula on their findings, for `SummaryCrossCheckTests`.
extension SummaryCrossCheckTests {
    // MARK: - Exact scores from the findings

    struct ExactScores {
        var score: Double?
        /// By objective id, for the objectives with at least one applicable rule.
        var objectives: [String: Double]
    }

    /// The policy's formula on the report's own findings: per objective, Σ w_r·c_r / Σ w_r over its applicable
    /// rules; overall, Σ W_o·s_o / Σ W_o over the objectives with an applicable rule. Credits are binary under
    /// pai_inicio (checked), so the four decimals the report writes lose nothing, and the result is checked
    /// against the score and objective scores the report writes.
    static func exactScores(_ report: Report) throws -> ExactScores {
        #expect(report.json["policy"]["model"].string == "weighted_rules", "\(report.id): the formula below is weighted_rules'")
        var weighted: [String: Double] = [:], weights: [String: Double] = [:]
        for f in report.findings where f.outcome != "not_applicable" {
            let credit = try #require(f.credit, "\(report.id) \(f.rule): an applicable rule has a credit")
            #expect(credit == (f.outcome == "met" ? 1 : 0), "\(report.id) \(f.rule): binary credit")
            weighted[f.objective, default: 0] += f.weight * credit
            weights[f.objective, default: 0] += f.weight
        }
        var objectives: [String: Double] = [:]
        var sum = 0.0, total = 0.0
        for o in report.objectives {
            guard let w = weights[o.id], w > 0 else {
                #expect(o.score == nil, "\(report.id) \(o.id): no applicable rule, no score")
                continue
            }
            let s = weighted[o.id, default: 0] / w
            objectives[o.id] = s
            #expect(close(o.score, s, writtenToFour), "\(report.id) \(o.id): the report's objective score")
            sum += o.weight * s
            total += o.weight
        }
        let score = total > 0 ? sum / total : nil
        #expect(close(report.score, score, writtenToFour), "\(report.id): the report's score")
        return ExactScores(score: score, objectives: objectives)
    }

    // MARK: - Reading the reports

    struct Report {
        var row: Int
        var json: JSON
        var file: String
        var id: String, name: String
        var stateID: String?, stateName: String?
        var orderID: String, orderName: String
        var kindID: String, kindName: String
        var score: Double?, ratio: Double?
        var levelID: String?, levelName: String?
        var quadrant: String?
        var objectives: [(id: String, name: String, score: Double?, weight: Double)]
        var findings: [(rule: String, name: String, objective: String, outcome: String, weight: Double, credit: Double?)]
        var indicators: [(id: String, name: String, unit: String, status: String, value: String?, number: Double?)]

        /// An indicator's value: its `number`, or for a yes/no indicator its text ("sí"/"yes" and "no" as 1 and 0);
        /// nil when it has none. The text must say the same number in the unit it is shown in ("76 / 100", a ratio
        /// of 0.125 as "12.5 %", a count as "3").
        func indicatorValue(_ id: String) -> Double? {
            guard let line = indicators.first(where: { $0.id == id }), line.status == "value", let text = line.value else { return nil }
            if line.unit == "boolean" {
                #expect(line.number == nil, "\(self.id) \(id): a yes/no value has no number")
                return ["sí", "yes"].contains(text) ? 1 : text == "no" ? 0 : .nan
            }
            var shown = text
            for suffix in [" / 100", " %"] where shown.hasSuffix(suffix) { shown.removeLast(suffix.count) }
            let isRatio = line.unit == "ratio"
            let scale: Double = isRatio ? 100 : 1
            let read: Double? = Double(shown).map { $0 / scale }
            let number: Double? = line.number
            #expect(!isRatio || text.hasSuffix(" %"), "\(self.id) \(id): a ratio is shown as a percentage: \(text)")
            #expect(SummaryCrossCheckTests.close(read, number, 0.000_05), "\(self.id) \(id): \(text) against its number")
            return number ?? .nan
        }
    }

    /// The reports of a run, in the order of their row numbers; each file named `NNNNNN-<id>.json`.
    static func reports(in folder: String) throws -> [Report] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let j = try json(folder + "/" + name)
            let institution = j["institution"]
            let id = try #require(institution["id"].string)
            let row = try #require(Int(name.prefix(6)), "\(name)")
            // In the name, anything but ASCII letters, digits, - and _ becomes _ (the ids here are short).
            let safe = String(id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") ? Character($0) : "_" })
            #expect(name == String(format: "%06d", row) + "-" + safe + ".json")
            return Report(
                row: row, json: j, file: j["file"].string ?? "?", id: id, name: institution["name"].string ?? "?",
                stateID: institution["state"]["id"].string, stateName: institution["state"]["name"].string,
                orderID: institution["order"]["id"].string ?? "?", orderName: institution["order"]["name"].string ?? "?",
                kindID: institution["kind"]["id"].string ?? "?", kindName: institution["kind"]["name"].string ?? "?",
                score: j["score"].double, ratio: j["ratio"].double,
                levelID: j["level"]["id"].string, levelName: j["level"]["name"].string, quadrant: j["quadrant"]["id"].string,
                objectives: j["objectives"].array.map { ($0["id"].string ?? "?", $0["name"].string ?? "?", $0["score"].double, $0["weight"].double ?? .nan) },
                findings: j["findings"].array.map {
                    ($0["rule"].string ?? "?", $0["name"].string ?? "?", $0["objective"].string ?? "?", $0["outcome"].string ?? "?",
                     $0["weight"].double ?? .nan, $0["credit"].double)
                },
                indicators: j["indicators"].array.map {
                    ($0["id"].string ?? "?", $0["name"].string ?? "?", $0["unit"].string ?? "?", $0["status"].string ?? "?", $0["value"].string,
                     $0["number"].double)
                })
        }
    }

    static func json(_ path: String) throws -> JSON {
        JSON(try JSONSerialization.jsonObject(with: Data(Fixtures.bytes(path))))
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Both absent, or both present and within `tolerance`.
    static func close(_ a: Double?, _ b: Double?, _ tolerance: Double) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= tolerance
        default: false
        }
    }
}
