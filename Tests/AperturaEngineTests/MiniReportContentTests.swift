import AperturaEngine
import AperturaModel
@testable import AperturaReports
import AperturaSource
import Foundation
import Testing

/// The report of the mini municipio (Tests/Fixtures/mini) on 2026-06-30, phase p1, worked out by hand:
/// r_flag has its flag but not its minutes (missing evidence), r_share 2 of 4 items = 0.5 meets "at least 0.5",
/// r_r 0.4 misses 0.6 by 0.2, r_when 0.4 meets 0.3, r_p2only has no goal in p1, r_check holds (3 >= 0 and
/// 4 <= 13), r_err divides by zero (error). o1 = 1/3 (r_flag weighs 2, r_share 1), o2 = 2/4: 5/12, level bajo.
@Suite struct MiniReportContentTests {
    static func report(_ language: Language, file: String = "municipio.yaml") throws -> ComplianceReport {
        let evaluator = try Fixtures.evaluator()
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/\(file)", ruleSet: evaluator.compiled.ruleSet)
        let evaluation = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        return ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: language).build(evaluation)
    }

    @Test func scoreRatioAndGaps() throws {
        let report = try Self.report(.es)
        #expect(report.score == 0.4166)  // 5/12 = 0.41666…, four decimals cut down (never past a threshold it did not reach)
        #expect(report.rulesMet == 3 && report.rulesApplicable == 6)
        #expect(report.level?.id == "bajo")
        // Gains: r_flag 2/3 of o1 over 2 objectives = 1/3; r_err and r_r 1/4 of o2 over 2 = 0.125 each, then r_r,
        // 0.2 short of its goal 0.6, before r_err, an error with no shortfall.
        #expect(report.gaps.map(\.rule) == ["r_flag", "r_r", "r_err"])
        #expect(report.gaps.map(\.gain) == [0.3333, 0.125, 0.125])
    }

    /// A gap in error says what went wrong, in the same words as its finding, so the gap view alone tells it.
    @Test func anErrorGapCarriesItsError() throws {
        for language in Language.allCases {
            let report = try Self.report(language)
            let finding = try #require(report.findings.first { $0.rule == "r_err" })
            let gap = try #require(report.gaps.first { $0.rule == "r_err" })
            #expect(gap.outcome == "error")
            let detail = try #require(finding.detail)
            #expect(gap.detail == detail)
            let text = TextReportRenderer(language: language).render(report, view: .gaps)
            #expect(text.contains("\n     \(detail)\n"), "\(text)")
            let markdown = MarkdownReportRenderer(language: language).render(report, view: .gaps)
            #expect(markdown.contains("\n   - \(detail)\n"), "\(markdown)")
        }
    }

    /// An indicator in error and one not reported (the party answers nothing in section b) say so; a ratio's
    /// baseline (0.25 in 2020) is shown as a percentage, as its value is.
    @Test func indicatorsStatusAndBaseline() throws {
        let municipio = try Self.report(.es)
        let byID = Dictionary(uniqueKeysWithValues: municipio.indicators.map { ($0.id, $0) })
        #expect(byID["broken"]?.status == "error")
        #expect(byID["broken"]?.value == nil)
        #expect(byID["share"]?.status == "value" && byID["share"]?.value == "50 %" && byID["share"]?.number == 0.5)
        #expect(byID["flag"]?.value == "sí" && byID["flag"]?.number == nil)
        #expect(byID["r"]?.baseline == "25 % (2020)")
        let partido = try Self.report(.en, file: "partido.yaml")
        let r = try #require(partido.indicators.first { $0.id == "r" })
        #expect(r.status == "not_reported")
        #expect(r.value == nil)
    }

    /// An official goal cites its source: title and section.
    @Test func officialGoalCitesItsSource() throws {
        let report = try Self.report(.es)
        let share = try #require(report.findings.first { $0.rule == "r_share" })
        #expect(share.goal?.status == "official")
        #expect(share.goal?.source == "Documento de prueba, «Uno»")
        #expect(share.goal?.target == "≥ 50 %")
        let flag = try #require(report.findings.first { $0.rule == "r_flag" })
        #expect(flag.goal?.status == "proposed" && flag.goal?.rationale == "Para probar" && flag.goal?.source == nil)
    }

    /// The terminal's colours follow the outcome: met good, not met bad, not reported and missing evidence a
    /// warning, an error an error, a rule that does not apply muted; score and level stand out as headings.
    @Test func tonesFollowTheOutcome() throws {
        let painter: Painter = { text, tone in "<\(tone)>\(text)</\(tone)>" }
        let text = TextReportRenderer(language: .es, paint: painter).render(try Self.report(.es))
        // 5/12 = 0.41666…, cut down to 0.41.
        // The mini policy's levels say no status: proposed, marked outside the level's highlight.
        #expect(text.contains("Puntaje: <heading>0.41</heading> · Nivel: <heading>Bajo</heading> (umbrales propuestos)\n"), "\(text)")
        #expect(text.contains("  <warning>! falta evidencia</warning>  Bandera con acta [r_flag]"))
        #expect(text.contains("  <good>✔ cumple</good>  Proporción [r_share]"))
        #expect(text.contains("  <bad>✘ no cumple</bad>  Razón de municipios [r_r]"))
        #expect(text.contains("  <error>‼ error</error>  Roto [r_err]"))
        #expect(text.contains("  <muted>– no aplica</muted>  Sólo fase 2 [r_p2only]"))
        #expect(text.contains("  1. <warning>falta evidencia</warning>  Bandera con acta [r_flag]\n"))
        #expect(text.contains("  2. <bad>no cumple</bad>  Razón de municipios [r_r]\n"))
        #expect(text.contains("  3. <error>error</error>  Roto [r_err]\n"))
    }

    /// A waived rule does not apply until its date, and the report says why in the report's language.
    @Test func aWaiverIsExplainedInTheReportsLanguage() throws {
        let policy = try Fixtures.miniPolicy(appending: """
            waivers:
              - institution: M-1
                rules: [r_r]
                until: 2026-12-31
                reason: {es: Convenio de transición, en: Transition agreement}

            """)
        let evaluator = try Fixtures.evaluator(policy: policy)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let evaluation = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        let details = Language.allCases.map { language in
            ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: language).build(evaluation)
                .findings.first { $0.rule == "r_r" }?.detail
        }
        #expect(details == ["dispensada hasta 2026-12-31: Convenio de transición", "waived until 2026-12-31: Transition agreement"])
    }

    /// Scores print with two decimals cut down (never past a threshold the score did not reach), a negative one
    /// (an indicator model's score) with its sign, none as a dash. Cut down, -0.054 is -0.06 and 0.4167 is 0.41
    /// (rounded to the nearest they were -0.05 and 0.42: that rounding was what showed 0.5952 as 0.60).
    @Test func scoreFormat() {
        #expect(ScoreFormat.score(nil) == "—")
        #expect(ScoreFormat.score(-0.054) == "-0.06")
        #expect(ScoreFormat.score(-1.5) == "-1.50")
        #expect(ScoreFormat.score(0.4167) == "0.41")
        #expect(ScoreFormat.score(0.05) == "0.05")
        #expect(ScoreFormat.gain(0.125) == "+0.13")
    }

    /// A score of 0.5952 is level Inicial (below 0.6): it must not print as "0.60", the start of En desarrollo.
    /// A score that is 0.6 by its formula but 0.59999999999 in binary arithmetic is En desarrollo (levels take a
    /// score within 1e-9 of a threshold as the threshold) and prints "0.60", as its level says. 0.29 (28.999… hundredths
    /// in binary) prints "0.29", and a sum of thirds, 0.3 + 0.3 + … that lands on 0.9999999999999999, "1.00".
    @Test func scoresAreCutDownAsLevelsCompareThem() throws {
        #expect(ScoreFormat.score(0.5952) == "0.59")
        #expect(ScoreFormat.score(0.59999999999) == "0.60")
        #expect(ScoreFormat.score(0.599) == "0.59")
        #expect(ScoreFormat.score(0.29) == "0.29")
        #expect(ScoreFormat.score(0.9999999999999999) == "1.00")
        #expect(ScoreFormat.score(1) == "1.00")
        // The levels of the mini policy agree: the score shown and the level named come from the same comparison.
        let policy = try Fixtures.evaluator().policy
        let thresholds = policy.levels.compactMap { level -> Double? in
            if case .atLeast(let t) = level.threshold { return t }
            return nil
        }
        for t in thresholds {
            #expect(policy.level(for: t - 1e-11)?.id == policy.level(for: t)?.id)
            #expect(ScoreFormat.score(t - 1e-11) == ScoreFormat.score(t))
            #expect(ScoreFormat.score(t - 0.004) < ScoreFormat.score(t))
        }
    }

    /// The JSON report writes a score, weighted score, ratio, level and quadrant that do not exist as null (not left
    /// out), and leaves out next_phase in the last phase (docs/REPORT.md).
    @Test func nullsAndAbsentKeys() throws {
        var report = try Self.report(.es)
        report.score = nil
        report.weightedScore = nil
        report.ratio = nil
        report.level = nil
        report.nextPhase = nil
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONReportRenderer.render(report).utf8)) as? [String: Any])
        for key in ["score", "weighted_score", "ratio", "level", "quadrant"] {
            #expect(object[key] is NSNull, "\(key)")
        }
        #expect(object["next_phase"] == nil)
        #expect(object["view"] == nil)
        let full = try #require(try JSONSerialization.jsonObject(with: Data(JSONReportRenderer.render(try Self.report(.es)).utf8)) as? [String: Any])
        #expect((full["next_phase"] as? [String: Any])?["id"] as? String == "p2")
    }
}

/// An indicator where less is better (`direction: decrease`): its goal reads "at most" (≤), or "less than" (<)
/// when strict. The mini rules with `share` turned around: 2 of 4 = 50 % meets "at most 50 %".
@Suite struct DecreasingGoalTextTests {
    @Test func atMostAndLessThan() throws {
        let indicators = try String(contentsOfFile: "\(Fixtures.mini)/rules/indicators.yaml", encoding: .utf8)
        let turned = indicators.replacingOccurrences(of: "    name: {es: Proporción, en: Share}\n    unit: ratio\n",
                                                     with: "    name: {es: Proporción, en: Share}\n    unit: ratio\n    direction: decrease\n")
        #expect(turned != indicators)
        let rules = try String(contentsOfFile: "\(Fixtures.mini)/rules/rules.yaml", encoding: .utf8)
        let strict = rules.replacingOccurrences(of: "      - phase: p2\n        target: 0.8\n", with: "      - phase: p2\n        target: 0.8\n        strict: true\n")
        #expect(strict != rules)
        let dir = try Fixtures.miniRules(replacing: "indicators.yaml", with: turned)
        try Fixtures.write(strict, to: "\(dir)/rules.yaml")
        let evaluator = try Fixtures.evaluator(rules: dir)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let evaluation = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        for language in Language.allCases {
            let report = ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: language).build(evaluation)
            let share = try #require(report.findings.first { $0.rule == "r_share" })
            #expect(share.outcome == "met")
            #expect(share.goal?.target == "≤ 50 %")
            // r_p2only judges `share` in p2 only: no goal now, so its finding has none; r_share's next goal is strict.
            let next = ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: language)
                .goalLine(try #require(evaluator.compiled.ruleSet.rule(RuleID("r_share"))?.goal(for: PhaseID("p2"))), rule: RuleID("r_share"))
            #expect(next.target == "< 80 %")
        }
    }
}

/// A `percent` indicator is shown as written (40 is "40 %", not "4000 %" as a ratio of 40 would be), its
/// distance in percentage points. The mini rules with `r` (and its answer b.r) made a percentage: 40 against 60.
@Suite struct PercentUnitTextTests {
    @Test func aPercentageIsShownAsWritten() throws {
        func text(_ file: String) throws -> String { try String(contentsOfFile: "\(Fixtures.mini)/\(file)", encoding: .utf8) }
        func replaced(_ text: String, _ pairs: [(String, String)]) throws -> String {
            var out = text
            for (old, new) in pairs {
                guard out.contains(old) else { throw FixtureError("no '\(old)'") }
                out = out.replacingOccurrences(of: old, with: new)
            }
            return out
        }
        let indicators = try replaced(try text("rules/indicators.yaml"), [
            ("    unit: ratio\n    class: effect\n    periodicity: annual\n    value: b.r\n    baseline: {value: 0.25,",
             "    unit: percent\n    class: effect\n    periodicity: annual\n    value: b.r\n    baseline: {value: 25,"),
        ])
        let dir = try Fixtures.miniRules(replacing: "indicators.yaml", with: indicators)
        try Fixtures.write(try replaced(try text("rules/form.yaml"), [("        type: ratio\n", "        type: percent\n")]), to: "\(dir)/form.yaml")
        try Fixtures.write(try replaced(try text("rules/rules.yaml"), [("        target: 0.6\n", "        target: 60\n"), ("        target: 0.3\n", "        target: 30\n")]),
                           to: "\(dir)/rules.yaml")
        let municipio = try Fixtures.temporaryDirectory() + "/municipio.yaml"
        try Fixtures.write(try replaced(try text("municipio.yaml"), [("    r: 0.4\n", "    r: 40\n")]), to: municipio)
        let evaluator = try Fixtures.evaluator(rules: dir)
        let evaluation = try evaluator.evaluate(try Fixtures.assessment(municipio, ruleSet: evaluator.compiled.ruleSet), asOf: Fixtures.day("2026-06-30"))
        let report = ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: .es).build(evaluation)
        let gap = try #require(report.gaps.first { $0.rule == "r_r" })
        #expect(gap.actual == "40 %")
        #expect(gap.goal?.target == "≥ 60 %")
        #expect(gap.distance == 20)
        #expect(gap.distanceText == "20 puntos porcentuales")
        #expect(report.indicators.first { $0.id == "r" }?.baseline == "25 % (2020)")
    }
}

/// Every gap says where to fix it (docs/GUIA-SUJETOS.md), in Markdown as in text and HTML.
@Suite struct MarkdownGapPlaceTests {
    /// r_r reads b.r, answered `r: 0.4` on line 21 of the mini municipio, its value at column 8 (after "    r: ").
    @Test(arguments: [(Language.es, "Respuesta en"), (.en, "Answer at")])
    func aGapSaysTheAnswerItsPlace(language: Language, label: String) throws {
        let markdown = MarkdownReportRenderer(language: language).render(try MiniReportContentTests.report(language), view: .gaps)
        let gap = try #require(markdown.components(separatedBy: "\n").drop { !$0.contains("(`r_r`)") }.dropFirst().first { $0.contains(label) })
        #expect(gap.hasPrefix("   - \(label) `") && gap.hasSuffix("/mini/municipio.yaml:21:8`"), "\(gap)")
    }
}
