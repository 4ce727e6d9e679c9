import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// The pass-rate table of report.html has a column for every outcome of a rule that applies, so that each
/// row adds up to "applies to", as `summary.json`'s rules do.
@Suite struct ReportRuleTableTests {
    /// The numeric cells of each row of the rules table.
    static func ruleRows(_ html: String) throws -> [[Int]] {
        let section = try #require(html.components(separatedBy: "<section id=\"rules\">").dropFirst().first?
            .components(separatedBy: "</section>").first)
        let body = try #require(section.components(separatedBy: "<tbody>").dropFirst().first)
        return body.components(separatedBy: "<tr>").dropFirst().map { row in
            row.components(separatedBy: "<td class=\"num\">").dropFirst().compactMap { Int($0.prefix { $0 != "<" }) }
        }
    }

    @Test func rulesInErrorHaveTheirColumn() throws {
        let out = Fixtures.temporaryDirectory("rule-table")
        let result = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        var summary = try #require(result.summary)
        // One institution that met the first rule is counted as in error instead.
        #expect(summary.rules[0].met > 0)
        summary.rules[0].met -= 1
        summary.rules[0].error += 1
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(html.contains("<th scope=\"col\" class=\"num\">Sin evidencia</th><th scope=\"col\" class=\"num\">Con error</th>"))
        let rows = try Self.ruleRows(html)
        #expect(rows.count == summary.rules.count)
        // applies to = met + not met + not reported + missing evidence + error, row by row.
        for (row, rule) in zip(rows, summary.rules) {
            #expect(row == [rule.applicable, rule.met, rule.notMet, rule.notReported, rule.missingEvidence, rule.error], "\(rule.id)")
            #expect(row.count == 6 && row[0] == row[1...].reduce(0, +), "\(rule.id)")
        }
        #expect(rows[0][5] == 1)
        #expect(BatchHTMLRenderer(language: .en).render(summary).contains("<th scope=\"col\" class=\"num\">Missing evidence</th><th scope=\"col\" class=\"num\">Error</th>"))
    }
}

/// A run where no input could be evaluated: the levels table gives no share (0 of 0 is no percentage), rather
/// than 0.0 % for every level, which would not add up to the whole.
@Suite struct ReportEmptyRunTests {
    @Test func levelSharesOfNoInstitutionAreNoValue() throws {
        let dir = Fixtures.temporaryDirectory("empty-run")
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        Fixtures.write("apertura: 1\nrule_set: pai\ninstitution: [\n", dir + "/in/roto.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/in"], outputDirectory: dir + "/out", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        #expect(result.summary?.counts.evaluated == 0)
        #expect(result.summary?.counts.invalid == 1)
        let html = Fixtures.read(dir + "/out/report.html")
        let levels = try #require(html.components(separatedBy: "<section id=\"levels\" class=\"keep\">").dropFirst().first?.components(separatedBy: "</section>").first)
        for name in ["Avanzado", "En desarrollo", "Inicial", "Insuficiente"] {
            #expect(levels.contains("<tr><th scope=\"row\">\(name)</th><td class=\"num\">0</td><td class=\"num\">"
                                   + "<span aria-hidden=\"true\">—</span><span class=\"vh\">sin valor</span></td></tr>"), "\(name)")
        }
        #expect(!levels.contains("%"))
    }
}

/// A percentage is one unbreakable token: in a narrow column "99.4 %" broke into "99.4" and a lone "%" on the
/// next line (the rate column of the rules table, on a phone and in print).
@Suite struct ReportPercentTests {
    @Test(arguments: [Language.es, .en]) func aPercentSignStaysWithItsNumber(language: Language) throws {
        let out = Fixtures.temporaryDirectory("percent-nbsp-\(language.rawValue)")
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1, language: language))
        let html = Fixtures.read(out + "/report.html")
        #expect(!html.contains(" %"))
        // 8 of the 12 examples miss the portal rule (the 5 not met of the first nine, Nuevo León's 78.4 not met, the
        // trust's missing evidence and the water utility's 71.5 not met): 8 / 12 = 66.66… %, cut to tenths as every
        // share of the page (`ShownValue`), 66.6 %, in the gaps table, after its count of institutions.
        #expect(html.contains("<td class=\"num\">8</td><td class=\"num\">66.6\u{00A0}%</td>"))
    }
}
