import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A text without English is reported at the text, not at the start of the object that holds it (the rule
/// set's first line, the rule's `id`): the place an author must edit. Positions worked out by hand.
@Suite struct TranslationPlaceTests {
    @Test func eachMissingTranslationIsReportedAtItsText() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let rules = dir + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        func edit(_ name: String, _ replacements: [(String, String)]) throws {
            try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/\(name)", replacements), to: "\(rules)/\(name)")
        }
        // ruleset.yaml line 6: `instrument: ` is 12 characters, the text starts at column 13.
        try edit("ruleset.yaml", [("instrument: {es: Instrumento de prueba, en: Test instrument}", "instrument: Instrumento de prueba")])
        // form.yaml line 22, a list item's field: 12 spaces and `prompt: `, the text at column 21.
        try edit("form.yaml", [("prompt: {es: \"¿Bien?\", en: \"OK?\"}", "prompt: \"¿Bien?\"")])
        // indicators.yaml line 28: `    baseline: {available: false, reason: ` is 41 characters, the text at column 42.
        try edit("indicators.yaml", [("baseline: {value: 0.25, year: 2020, source:", "baseline: {available: false, reason: Sin datos, source:")])
        // rules.yaml line 13: `    remediation: ` is 17 characters, the text at column 18.
        try edit("rules.yaml", [("remediation: {es: Suba el acta, en: Upload the minutes}", "remediation: Suba el acta")])
        let found = Linter.lint(paths: [rules]).diagnostics.filter { $0.code == "missing_translation" }
        #expect(found.map(\.message.en) == [
            "the English text (en) of 'a.items.ok'.prompt is missing",
            "the English text (en) of 'r'.baseline.reason is missing",
            "the English text (en) of 'r_flag'.remediation is missing",
            "the English text (en) of instrument is missing",
        ])
        #expect(found.map(\.range?.start) == [
            SourceLocation(file: "\(rules)/form.yaml", line: 22, column: 21),
            SourceLocation(file: "\(rules)/indicators.yaml", line: 28, column: 42),
            SourceLocation(file: "\(rules)/rules.yaml", line: 13, column: 18),
            SourceLocation(file: "\(rules)/ruleset.yaml", line: 6, column: 13),
        ])
    }
}
