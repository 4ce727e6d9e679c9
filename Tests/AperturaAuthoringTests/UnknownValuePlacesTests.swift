import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `unknown_value` looks at every expression an author writes: a section's and a rule's `applies_to.when`,
/// a check rule, an indicator's value, and a policy's `applicability`; and at `choices` fields as well as
/// the institution's closed sets. Each finding at the string, positions worked out by hand (plain scalars:
/// the expression starts where the value does).
@Suite struct UnknownValuePlacesTests {
    @Test func everyKindOfExpressionIsChecked() throws {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        // form.yaml: section b's `when` on line 26 (`      when: ` is 12 characters; 'municipios' at offset 20:
        // column 33); a `choices` field appended to section b.
        let form = try Fixtures.edited("Tests/Fixtures/mini/rules/form.yaml", [
            ("    name: {es: Sección B, en: Section B}\n",
             "    name: {es: Sección B, en: Section B}\n    applies_to:\n      when: institution.kind == 'municipios'\n"),
        ]) + """
                  - id: canales
                    type: choices
                    prompt: {es: Canales, en: Channels}
                    options:
                      - id: web
                        name: {es: Web, en: Web}
                      - id: radio
                        name: {es: Radio, en: Radio}

            """
        try Fixtures.write(form, to: rules + "/form.yaml")
        // indicators.yaml (53 lines): `tele`'s value on line 60, `    value: ` is 11 characters, 'tele' at offset 23: column 35.
        let indicators = try String(contentsOfFile: rules + "/indicators.yaml", encoding: .utf8) + """
              - id: tele
                objective: o2
                name: {es: Tele, en: TV}
                unit: boolean
                class: management
                periodicity: annual
                value: size(b.canales) > 0 && 'tele' in b.canales
                source: {ref: s1, section: "Dos"}

            """
        try Fixtures.write(indicators, to: rules + "/indicators.yaml")
        // rules.yaml: r_when's `when` on line 41 ('municipa' at offset 56: column 69); r_check's check on line 60
        // (`    check: ` is 11 characters, 'partidos' at offset 61: column 73).
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [
            ("      when: \"institution.population >= 70000\"", "      when: institution.population >= 70000 && institution.order != 'municipa'"),
            ("    check: a.n >= 0 && size(a.items) <= a.n + 10", "    check: a.n >= 0 && size(a.items) <= a.n + 10 && institution.kind != 'partidos'"),
        ]), to: rules + "/rules.yaml")
        // The policy (32 lines): the `when` on line 36, 'nuevoleon' at offset 21: column 34.
        let policy = try Fixtures.editedMiniPolicy([], appending: """
            applicability:
              - rules: [r_r]
                applies_to:
                  when: institution.state == 'nuevoleon'

            """)
        let found = Linter.lint(paths: [rules, policy]).diagnostics.filter { $0.code == "unknown_value" }
        #expect(found.map(\.severity) == Array(repeating: .error, count: 5))
        #expect(Set(found.map(\.range?.start)) == [
            SourceLocation(file: rules + "/form.yaml", line: 26, column: 33),
            SourceLocation(file: rules + "/indicators.yaml", line: 60, column: 35),
            SourceLocation(file: rules + "/rules.yaml", line: 41, column: 69),
            SourceLocation(file: rules + "/rules.yaml", line: 60, column: 73),
            SourceLocation(file: policy, line: 36, column: 34),
        ])
        func at(_ file: String, _ line: Int) -> Diagnostic? { found.first { $0.range?.start.file == file && $0.range?.start.line == line } }
        #expect(at(rules + "/indicators.yaml", 60)?.message.en == "'tele' is not a value of b.canales: no value equals it, so == never holds and != always does")
        #expect(at(rules + "/rules.yaml", 60)?.help?.en == "did you mean 'partido'?")
        #expect(at(policy, 36)?.help?.en == "did you mean 'nuevo_leon'?")
        #expect(at(rules + "/form.yaml", 26)?.help?.en == "did you mean 'municipio'?")
    }
}
