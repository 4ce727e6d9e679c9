import AperturaBatch
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// An independent cross-check of `apertura batch` for the PAI rule set: every aggregate of summary.json that
/// can be derived from the per-institution reports (`--per-institution json`) is recomputed here, from those
/// reports alone, and compared with what the batch wrote; results.csv is compared with the reports row by row.
///
/// The arithmetic here is written from docs/BATCH.md and docs/REPORT.md, not taken from the aggregation code:
/// the files are read with JSONSerialization and the CSV reader, never decoded into the batch's own types.
/// The rule set and the policy are loaded only for what no report holds: the population goals' definitions
/// and targets, and the order of the levels.
///
/// Tolerances, and why:
/// - `sixDecimals` (5e-7, plus 1e-12 for the order of a floating-point sum): summary.json rounds every number
///   to six decimals, so a written mean is at most half a millionth from the exact one. The scores and
///   objective scores averaged here are exact: a report writes them to four decimals, but it also writes every
///   rule's outcome, weight and credit, and the policy's formula (pai_inicio: weighted rules, binary credit)
///   gives them back at full precision (and they are checked against the four decimals written).
/// - `fourDecimals` (5e-5, plus the above) for indicator means: a report writes an indicator's value as text
///   with at most four decimals, and nothing in it gives more, so each value is known to within 5e-5, and so
///   is their mean.
@Suite struct SummaryCrossCheckTests {
    static let sixDecimals = 0.5e-6 + 1e-12
    static let fourDecimals = 0.5e-4 + sixDecimals
    /// How far a score written to four decimals can be from its exact value: cut down (never past a level's
    /// threshold it did not reach), up to 1e-4 below it.
    static let writtenToFour = 1e-4 + 1e-12

    /// A fixed population of generated institutions, the PAI examples, one institution with two warnings
    /// (evaluated as written) and one broken file (an invalid input), evaluated at a date in each of two
    /// phases, in each language: the phase changes every goal and target, the language every name.
    @Test(arguments: [("2026-06-30", Language.es), ("2029-06-30", Language.en)])
    func summaryAgreesWithTheReports(asOf: String, language: Language) throws {
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
        let policy = try #require(PolicyLoader.load(file: Fixtures.paiPolicy).0)
        let generated = Fixtures.temporaryDirectory("xcheck-population")
        let generatedCount = 300
        try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: 2026), count: generatedCount, to: generated, stream: false)
        let extra = Fixtures.temporaryDirectory("xcheck-extra")
        // The warnings of BatchWarningsTests: a fraction on the 0-to-100 portal index, a placeholder as evidence.
        let warned = Fixtures.zapopan(as: 7)
            .replacingOccurrences(of: "    indice_portal: 76.0\n", with: "    indice_portal: 0.76\n")
            .replacingOccurrences(of: "    acta: [\"https://www.zapopan.gob.mx/transparencia/comite-apertura/acta-instalacion.pdf\"]\n",
                                  with: "    acta: [\"N/A\"]\n")
        Fixtures.write(warned, extra + "/warned.yaml")
        Fixtures.write("apertura: 1\nrule_set: [pai\n", extra + "/broken.yaml")

        let out = Fixtures.temporaryDirectory("xcheck-out")
        let day = try #require(Day(asOf))
        let result = try BatchRunner.run(BatchOptions(inputs: [generated] + Fixtures.paiExamples + [extra], outputDirectory: out,
                                                      rules: Fixtures.paiRules, policy: Fixtures.paiPolicy, asOf: day, jobs: 2,
                                                      language: language, perInstitution: .json))
        #expect(!result.allEvaluated, "the broken file is an invalid input")

        let reports = try Self.reports(in: out + "/institutions")
        let expectedEvaluated = generatedCount + Fixtures.paiExamples.count + 1
        try #require(reports.count == expectedEvaluated, "one report per evaluated institution")
        #expect(reports.map(\.row) == Array(1...reports.count), "reports are numbered by their row in results.csv")
        let summary = try Self.json(out + "/summary.json")

        let exact = try reports.map { try Self.exactScores($0) }
        Self.checkRun(summary, reports, asOf: asOf, language: language)
        Self.checkCounts(summary, reports, out: out, expectedEvaluated: expectedEvaluated, laterPhase: asOf == "2029-06-30")
        Self.checkScores(summary, reports, exact)
        Self.checkLevelsAndQuadrants(summary, reports, policy: policy, language: language)
        Self.checkGroups(summary, reports, exact, language: language)
        Self.checkObjectivesAndIndicators(summary, reports, exact)
        let tallies = Self.checkRules(summary, reports)
        Self.checkTopGaps(summary, tallies, names: Self.ruleNames(reports))
        Self.checkPopulationGoals(summary, reports, tallies, ruleSet: ruleSet, language: language)
        Self.checkResultsTable(out + "/results.csv", reports)
    }

    // MARK: - The run

    static func checkRun(_ summary: JSON, _ reports: [Report], asOf: String, language: Language) {
        #expect(summary["schema"].string == "apertura.batch.summary/1")
        #expect(summary["language"].string == language.rawValue)
        #expect(summary["as_of"].string == asOf)
        for report in reports {
            #expect(report.json["as_of"].string == asOf && report.json["language"].string == language.rawValue, "\(report.id)")
        }
        let first = reports[0].json
        #expect(Set(reports.map { $0.json["phase"]["id"].string }) == [first["phase"]["id"].string], "one phase for the whole run")
        #expect(summary["phase"].string == first["phase"]["id"].string)
        #expect(summary["phase_name"].string == first["phase"]["name"].string)
        // "Numbers rounded to six decimals": the tolerance of every comparison below relies on it.
        var numbers: [Double] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] { object.values.forEach(collect) }
            else if let array = value as? [Any] { array.forEach(collect) }
            else if let number = value as? NSNumber, !(value is String) { numbers.append(number.doubleValue) }
        }
        collect(summary.value ?? NSNull())
        #expect(!numbers.isEmpty)
        for x in numbers { #expect((x * 1_000_000).rounded() / 1_000_000 == x, "\(x) has more than six decimals") }
        for key in ["rule_set", "policy"] {
            for field in ["id", "version", "name"] {
                #expect(summary[key][field].string == first[key][field].string, "\(key).\(field)")
            }
        }
    }

    /// counts: evaluated and not_scored from the reports; invalid from what the test put in (one broken file);
    /// the rows of errors.csv and warnings.csv from those files.
    /// `laterPhase`: judged in «Consolidación» (2028-2030), where every period (2025, in «Inicio») gets a
    /// `period_before_phase` row, one per evaluated institution; the other rows are as in «Inicio».
    static func checkCounts(_ summary: JSON, _ reports: [Report], out: String, expectedEvaluated: Int, laterPhase: Bool = false) {
        let counts = summary["counts"]
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        let rows = Fixtures.records(out + "/warnings.csv").dropFirst()
        let phaseRows = rows.filter { $0[3] == "period_before_phase" }
        #expect(phaseRows.count == (laterPhase ? expectedEvaluated : 0))
        #expect(counts["warning_rows"].int == rows.count)
        if laterPhase { #expect(counts["with_warnings"].int == expectedEvaluated) }
        let warnings = rows.filter { $0[3] != "period_before_phase" }
        #expect(counts["evaluated"].int == reports.count)
        #expect(counts["evaluated"].int == expectedEvaluated)
        #expect(counts["invalid"].int == 1)
        #expect(counts["inputs"].int == expectedEvaluated + 1)
        #expect(counts["not_scored"].int == reports.filter { $0.score == nil }.count)
        #expect(counts["error_rows"].int == errors.count)
        // The warned institution's two warnings, and the `not_reported` of the one example whose answers leave rules
        // unjudged while it has a score (Examples/partido-local-puebla.yaml, which answers no committee).
        // From the consolidation phase (2029) the union of Sonora, which answers no open data, is judged on it (the
        // policy exempts parties and unions in the start phase only): its two open-data rules are not reported too.
        let unjudged = (summary["as_of"].string ?? "") < "2028-01-01" ? ["partido-local-puebla.yaml"] : ["partido-local-puebla.yaml", "sindicato-sonora.yaml"]
        #expect(warnings.count == 2 + unjudged.count, "the warned institution's two warnings and one not_reported each")
        #expect(warnings.filter { $0[3] == "not_reported" }.map { URL(fileURLWithPath: $0[0]).lastPathComponent } == unjudged)
        #expect(counts["not_reported"].int == unjudged.count)
        // A warning is at its own line in the file; its institution is the evaluated one that starts last at or
        // before that line in the same file (results.csv gives where each starts).
        let starts = Fixtures.records(out + "/results.csv").dropFirst().map { (file: $0[0], line: Int($0[1]) ?? 0) }
        var warned = Set<[String]>()
        for w in warnings {
            let line = Int(w[1]) ?? 0
            let owner = starts.filter { $0.file == w[0] && $0.line <= line }.max { $0.line < $1.line }
            guard let owner else {
                Issue.record("a warning at \(w[0]):\(w[1]) is about no evaluated institution")
                continue
            }
            warned.insert([owner.file, String(owner.line)])
        }
        if !laterPhase { #expect(counts["with_warnings"].int == warned.count) }
        #expect(warned.count == 1 + unjudged.count, "the warned institution and those with rules not reported")
        var codes: [String: Int] = [:]
        for row in errors { codes[row[3], default: 0] += 1 }
        #expect(summary["error_codes"].object.mapValues { JSON($0).int ?? -1 } == codes)
    }

    // MARK: - Scores

    /// mean, min and max over the scored institutions, and the ten bins, "a score is binned as published, to
    /// six decimals", the last bin including 1.
    static func checkScores(_ summary: JSON, _ reports: [Report], _ exact: [ExactScores]) {
        let scores = exact.compactMap(\.score)
        let score = summary["score"]
        #expect(score["scored"].int == scores.count)
        #expect(close(score["mean"].double, mean(scores), sixDecimals), "score.mean")
        #expect(close(score["min"].double, scores.min(), sixDecimals), "score.min")
        #expect(close(score["max"].double, scores.max(), sixDecimals), "score.max")
        var bins = [Int](repeating: 0, count: 10)
        for s in scores {
            let published = (s * 1_000_000).rounded() / 1_000_000
            bins[min(max(Int((published * 10).rounded(.down)), 0), 9)] += 1
        }
        let histogram = score["histogram"].array
        #expect(histogram.map { $0["count"].int ?? -1 } == bins, "score.histogram")
        #expect(histogram.map { $0["from"].double ?? -1 } == (0..<10).map { Double($0) / 10 })
        #expect(histogram.map { $0["to"].double ?? -1 } == (1...10).map { Double($0) / 10 })
    }

    // MARK: - Levels and quadrants

    static func checkLevelsAndQuadrants(_ summary: JSON, _ reports: [Report], policy: Policy, language: Language) {
        var counts: [String: Int] = [:]
        for report in reports { counts[report.levelID ?? "", default: 0] += 1 }
        // Best first: the policy's order, plus "" when some institution has no level.
        let ids = policy.levels.map(\.id.rawValue) + (counts[""] != nil ? [""] : [])
        let levels = summary["levels"].array
        #expect(levels.map { $0["id"].string ?? "?" } == ids, "levels, best first")
        for level in levels {
            let id = level["id"].string ?? "?"
            #expect(level["count"].int == counts[id, default: 0], "level \(id)")
            if let name = reports.first(where: { $0.levelID == id })?.levelName { #expect(level["name"].string == name, "level \(id)") }
        }

        var quadrants: [String: Int] = [:]
        for report in reports { if let q = report.quadrant { quadrants[q, default: 0] += 1 } }
        let written = summary["quadrants"].array
        if policy.quadrants == nil {
            #expect(written.isEmpty && quadrants.isEmpty, "no quadrants without them in the policy")
        }
        for q in written { #expect(q["count"].int == quadrants[q["id"].string ?? "?", default: 0]) }
        #expect(Set(quadrants.keys).isSubset(of: Set(written.map { $0["id"].string ?? "?" })))
    }

    // MARK: - Groups

    /// by_state (federal institutions under `federal`), by_order and by_kind: count, scored, mean score and levels.
    static func checkGroups(_ summary: JSON, _ reports: [Report], _ exact: [ExactScores], language: Language) {
        let keys: [(String, (Report) -> (id: String, name: String?))] = [
            ("by_state", { ($0.stateID ?? "federal", $0.stateName) }),
            ("by_order", { ($0.orderID, $0.orderName) }),
            ("by_kind", { ($0.kindID, $0.kindName) }),
        ]
        for (key, group) in keys {
            var members: [String: [Int]] = [:]
            var names: [String: String] = [:]
            for (i, report) in reports.enumerated() {
                let g = group(report)
                members[g.id, default: []].append(i)
                if let name = g.name { names[g.id] = name }
            }
            let written = summary[key].array
            #expect(Set(written.map { $0["id"].string ?? "?" }) == Set(members.keys), "\(key): the groups present")
            #expect(written.count == members.count, "\(key): each group once")
            for g in written {
                let id = g["id"].string ?? "?"
                let indices = members[id] ?? []
                let scores = indices.compactMap { exact[$0].score }
                var levels: [String: Int] = [:]
                for i in indices { levels[reports[i].levelID ?? "", default: 0] += 1 }
                #expect(g["count"].int == indices.count, "\(key) \(id): count")
                #expect(g["scored"].int == scores.count, "\(key) \(id): scored")
                #expect(close(g["mean_score"].double, mean(scores), sixDecimals), "\(key) \(id): mean_score")
                #expect(g["levels"].object.mapValues { JSON($0).int ?? -1 } == levels, "\(key) \(id): levels")
                if let name = names[id] { #expect(g["name"].string == name, "\(key) \(id): name") }
            }
        }
    }

    // MARK: - Objectives and indicators

    static func checkObjectivesAndIndicators(_ summary: JSON, _ reports: [Report], _ exact: [ExactScores]) {
        let objectives = summary["objectives"].array
        #expect(objectives.map { $0["id"].string ?? "?" } == reports[0].objectives.map(\.id), "objectives, in the rule set's order")
        for o in objectives {
            let id = o["id"].string ?? "?"
            let values = exact.compactMap { $0.objectives[id] }
            #expect(o["count"].int == values.count, "objective \(id): count")
            #expect(close(o["mean"].double, mean(values), sixDecimals), "objective \(id): mean")
            #expect(o["name"].string == reports[0].objectives.first { $0.id == id }?.name, "objective \(id): name")
        }

        let indicators = summary["indicators"].array
        #expect(indicators.map { $0["id"].string ?? "?" } == reports[0].indicators.map(\.id), "indicators, in the rule set's order")
        for ind in indicators {
            let id = ind["id"].string ?? "?"
            let values = reports.compactMap { $0.indicatorValue(id) }
            #expect(ind["count"].int == values.count, "indicator \(id): count")
            #expect(close(ind["mean"].double, mean(values), fourDecimals), "indicator \(id): mean \(String(describing: ind["mean"].double)) vs \(String(describing: mean(values)))")
            #expect(ind["name"].string == reports[0].indicators.first { $0.id == id }?.name, "indicator \(id): name")
        }
    }

    // MARK: - Rules

    struct Tally {
        var outcomes: [String: Int] = [:]
        var applicable: Int { outcomes.values.reduce(0, +) - outcomes["not_applicable", default: 0] }
        var met: Int { outcomes["met", default: 0] }
        /// Applies and is not met: not met, not reported, missing evidence or in error.
        var gaps: Int { applicable - met }
    }

    static func ruleNames(_ reports: [Report]) -> [String: String] {
        var names: [String: String] = [:]
        for report in reports { for f in report.findings { names[f.rule] = f.name } }
        return names
    }

    /// Every rule's outcomes, counted over the reports' findings; pass_rate = met / applicable.
    static func checkRules(_ summary: JSON, _ reports: [Report]) -> [String: Tally] {
        var tallies: [String: Tally] = [:]
        var objective: [String: String] = [:]
        for report in reports {
            for f in report.findings {
                tallies[f.rule, default: Tally()].outcomes[f.outcome, default: 0] += 1
                objective[f.rule] = f.objective
            }
        }
        let names = ruleNames(reports)
        let rules = summary["rules"].array
        #expect(rules.map { $0["id"].string ?? "?" } == reports[0].findings.map(\.rule), "rules, in the rule set's order")
        for r in rules {
            let id = r["id"].string ?? "?"
            let t = tallies[id] ?? Tally()
            #expect(r["applicable"].int == t.applicable, "rule \(id): applicable")
            #expect(r["met"].int == t.met, "rule \(id): met")
            for outcome in ["not_met", "not_reported", "missing_evidence", "error"] {
                #expect(r[outcome].int == t.outcomes[outcome, default: 0], "rule \(id): \(outcome)")
            }
            let passRate = t.applicable == 0 ? nil : Double(t.met) / Double(t.applicable)
            #expect(close(r["pass_rate"].double, passRate, sixDecimals), "rule \(id): pass_rate")
            #expect(r["objective"].string == objective[id], "rule \(id): objective")
            #expect(r["name"].string == names[id], "rule \(id): name")
        }
        return tallies
    }

    /// The ten rules most often not met, most frequent first, ties in rule id order; share = count / applicable.
    static func checkTopGaps(_ summary: JSON, _ tallies: [String: Tally], names: [String: String]) {
        let expected = tallies.filter { $0.value.gaps > 0 }
            .sorted { a, b in a.value.gaps != b.value.gaps ? a.value.gaps > b.value.gaps : a.key < b.key }
            .prefix(10)
        let written = summary["top_gaps"].array
        #expect(written.map { $0["rule"].string ?? "?" } == expected.map(\.key), "top_gaps: which rules, in which order")
        #expect(written.map { $0["count"].int ?? -1 } == expected.map(\.value.gaps), "top_gaps: counts")
        for (gap, (rule, tally)) in zip(written, expected) {
            #expect(close(gap["share"].double, Double(tally.gaps) / Double(tally.applicable), sixDecimals), "top_gaps \(rule): share")
            #expect(gap["name"].string == names[rule], "top_gaps \(rule): name")
        }
    }

    // MARK: - Population goals

    /// `mean`: the indicator's mean over the institutions that report it; `share_met`: met / applicable. The goal's
    /// definition and its target in the run's phase come from the rule set; `met` compares the actual value
    /// with the target in the goal's direction.
    static func checkPopulationGoals(_ summary: JSON, _ reports: [Report], _ tallies: [String: Tally], ruleSet: RuleSet, language: Language) {
        let phase = reports[0].json["phase"]["id"].string ?? "?"
        let written = summary["population_goals"].array
        #expect(written.map { $0["id"].string ?? "?" } == ruleSet.populationGoals.map(\.id.rawValue), "population_goals, in the rule set's order")
        for (w, goal) in zip(written, ruleSet.populationGoals) {
            let id = goal.id.rawValue
            let actual: Double?, population: Int, tolerance: Double
            switch goal.aggregate {
            case .mean(let indicator):
                #expect(w["aggregate"].string == "mean" && w["of"].string == indicator.rawValue, "goal \(id)")
                let values = reports.compactMap { $0.indicatorValue(indicator.rawValue) }
                (actual, population, tolerance) = (mean(values), values.count, fourDecimals)
            case .shareMet(let rule):
                #expect(w["aggregate"].string == "share_met" && w["of"].string == rule.rawValue, "goal \(id)")
                let t = tallies[rule.rawValue] ?? Tally()
                (actual, population, tolerance) = (t.applicable == 0 ? nil : Double(t.met) / Double(t.applicable), t.applicable, sixDecimals)
            }
            #expect(w["population"].int == population, "goal \(id): population")
            #expect(close(w["actual"].double, actual, tolerance), "goal \(id): actual")
            #expect(w["direction"].string == goal.direction.rawValue, "goal \(id): direction")
            #expect(w["name"].string == goal.name.text(language), "goal \(id): name")
            #expect(close(w["baseline"].double, goal.baseline?.value, 0), "goal \(id): baseline")
            #expect(w["baseline_year"].int == goal.baseline?.year, "goal \(id): baseline_year")
            let phaseGoal = goal.goals.first { $0.phase.rawValue == phase }
            var target: Double?
            if case .number(let x)? = phaseGoal?.target { target = x }
            #expect(close(w["target"].double, target, 0), "goal \(id): target")
            #expect(w["status"].string == phaseGoal?.status.rawValue, "goal \(id): status")
            guard let target, let actual else {
                #expect(w["met"].isNull, "goal \(id): no target or no actual value, no verdict")
                continue
            }
            let increase = goal.direction == .increase
            // Within the tolerance of the target, the recomputed mean cannot tell which side the exact one is
            // on: there the verdict is checked against the summary's own actual value.
            let side = abs(actual - target) > tolerance ? actual : (w["actual"].double ?? actual)
            #expect(w["met"].bool == (increase ? side >= target : side <= target), "goal \(id): met")
        }
    }

    // MARK: - results.csv

    /// One row per report, in the reports' order: identity, score, level, ratio, quadrant, objective scores, gaps,
    /// status and indicator values. Numbers have four decimals there, as in the reports, rounded the same way.
    static func checkResultsTable(_ path: String, _ reports: [Report]) {
        let records = Fixtures.records(path)
        let objectives = reports[0].objectives.map(\.id), indicators = reports[0].indicators.map(\.id)
        let header = ["file", "line", "id", "name", "state", "order", "kind", "score", "level", "ratio", "quadrant"]
            + objectives.map { "score_" + $0 } + ["gaps", "status"] + indicators.map { "indicator_" + $0 }
        #expect(records.first == header)
        #expect(records.count == 1 + reports.count, "one row per report")
        for (row, report) in zip(records.dropFirst(), reports) {
            guard row.count == header.count else {
                Issue.record("row \(report.row) has \(row.count) fields")
                continue
            }
            let cell = Dictionary(uniqueKeysWithValues: zip(header, row))
            let where_ = "results.csv row \(report.row) (\(report.id))"
            #expect(cell["file"] == report.file, "\(where_): file")
            #expect(cell["id"] == csvText(report.id) && cell["name"] == csvText(report.name), "\(where_): id and name")
            #expect(cell["state"] == (report.stateID ?? "") && cell["order"] == report.orderID && cell["kind"] == report.kindID, "\(where_): group")
            #expect(number(cell["score"]) == report.score, "\(where_): score")
            #expect(cell["level"] == (report.levelID ?? ""), "\(where_): level")
            #expect(number(cell["ratio"]) == report.ratio, "\(where_): ratio")
            #expect(cell["quadrant"] == (report.quadrant ?? ""), "\(where_): quadrant")
            for o in report.objectives { #expect(number(cell["score_" + o.id]) == o.score, "\(where_): score_\(o.id)") }
            let gaps = report.findings.filter { $0.outcome != "met" && $0.outcome != "not_applicable" }.count
            #expect(cell["gaps"] == String(gaps), "\(where_): gaps")
            #expect(cell["status"] == (report.score == nil ? "not_scored" : "evaluated"), "\(where_): status")
            for ind in report.indicators {
                #expect(number(cell["indicator_" + ind.id]) == report.indicatorValue(ind.id), "\(where_): indicator_\(ind.id)")
            }
        }
    }

    /// A cell's text as results.csv writes it: a text a spreadsheet would run as a formula gets a leading `'`.
    static func csvText(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    static func number(_ cell: String?) -> Double? {
        guard let cell, !cell.isEmpty else { return nil }
        return Double(cell) ?? .nan
    }
}
