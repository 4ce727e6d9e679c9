import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// The tables by state, order and kind name what their rows are; they all said "Grupo" (or "Group").
@Suite struct ReportGroupTableTests {
    @Test(arguments: [
        (Language.es, ["Entidad federativa", "Orden de gobierno", "Tipo de institución"]),
        (Language.en, ["State", "Order of government", "Kind of institution"]),
    ]) func eachGroupTableNamesItsRows(language: Language, columns: [String]) throws {
        let out = Fixtures.temporaryDirectory("group-columns-\(language.rawValue)")
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1, language: language))
        let html = Fixtures.read(out + "/report.html")
        for (id, column) in zip(["by-state", "by-order", "by-kind"], columns) {
            let section = try #require(html.components(separatedBy: "<section id=\"\(id)\"").dropFirst().first?
                .components(separatedBy: "</section>").first)
            #expect(section.contains("<thead><tr><th scope=\"col\">\(column)</th>"), "\(id)")
        }
        #expect(!html.contains(">Grupo<") && !html.contains(">Group<"))
    }
}
