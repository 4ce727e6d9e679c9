import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// On a 360 px phone the wide tables showed their first three columns and scrolled the rest out of view: the goals
/// table "Meta / Valor actual / Instituciones", without the phase's goal and whether it was reached; the rules table
/// its counts, with the pass rate last and "Aplica a" broken into "Aplica / a". The columns that carry the verdict
/// now come first, and the row headers of the wide tables are narrower on a phone.
@Suite struct ReportVerdictColumnsTests {
    /// The column headers of a section's table, in order.
    static func headers(_ id: String, in html: String) throws -> [String] {
        let section = try #require(html.components(separatedBy: "<section id=\"\(id)\"").dropFirst().first?
            .components(separatedBy: "</section>").first)
        let head = try #require(section.components(separatedBy: "<thead>").dropFirst().first?.components(separatedBy: "</thead>").first)
        return head.components(separatedBy: "<th scope=\"col\"").dropFirst().map { cell in
            String(cell.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
        }
    }

    @Test func theGoalsTableShowsValueGoalAndStatusFirst() throws {
        let summary = try Fixtures.examplesSummary("verdict-goals")
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(try Self.headers("goals", in: html) == ["Meta", "Valor actual", "Meta de la fase", "Estado", "Instituciones", "Línea base"])
        #expect(try Self.headers("goals", in: BatchHTMLRenderer(language: .en).render(summary))
                == ["Goal", "Actual value", "Phase goal", "Status", "Institutions", "Baseline"])
        // The status is words, aligned as text.
        #expect(html.contains("<th scope=\"col\">Estado</th>"))
        #expect(html.contains("<td class=\"num\">30.0\u{00A0}% (propuesta)</td><td class=\"text\">alcanzada</td><td class=\"num\">12</td>"))
    }

    @Test func theRulesTableShowsThePassRateFirst() throws {
        let summary = try Fixtures.examplesSummary("verdict-rules")
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(try Self.headers("rules", in: html)
                == ["Regla", "Tasa", "Aplica\u{00A0}a", "Cumplen", "No cumplen", "No reportado", "Sin evidencia", "Con error"])
        #expect(try Self.headers("rules", in: BatchHTMLRenderer(language: .en).render(summary))
                == ["Rule", "Rate", "Applies\u{00A0}to", "Met", "Not met", "Not reported", "Missing evidence", "Error"])
        // The first rule met by 10 of the 12 it applies to: its rate is its first cell.
        #expect(html.contains("<th scope=\"row\">Comité de Apertura instalado</th><td class=\"num\">83.3\u{00A0}%</td><td class=\"num\">12</td>"))
    }

    /// A row header of 10 rem took 160 of a 360 px phone's 344: at 6.5 rem the goals table's value, goal and status
    /// fit beside it (measured in Chromium at 360 px); wider screens keep 10 rem.
    @Test func wideTablesHaveNarrowerRowHeadersOnAPhone() throws {
        let html = BatchHTMLRenderer(language: .es).render(try Fixtures.examplesSummary("verdict-phone"))
        #expect(html.contains(".wide th[scope=row]{min-width:10rem}\n@media (max-width:30rem){.wide th[scope=row]{min-width:6.5rem}.wide table{font-size:.85rem}.wide th,.wide td{padding:.2rem .25rem}}"))
    }
}
