import AperturaLoader
import AperturaSource
import Foundation
import Testing

/// A form field's own keys must make sense for its type: ids unique among a list's item fields and a
/// choice's options, bounds that leave room for an answer, and no keys the type ignores.
@Suite struct FormFieldTests {
    /// The mini rule set with its form edited; the diagnostics of loading it, sorted, and the form's path.
    private func load(_ replacements: [(String, String)]) throws -> (diagnostics: [Diagnostic], form: String) {
        let dir = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/mini/rules")) {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules/\(name)"), toPath: "\(dir)/\(name)")
        }
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/form.yaml", replacements), to: "\(dir)/form.yaml")
        return (RuleSetLoader.load(directory: dir).1.sorted, "\(dir)/form.yaml")
    }

    @Test func aRepeatedItemFieldIsAnError() throws {
        // A second item field `ok` after line 22: its `- id:` is at line 23, column 13.
        let (diagnostics, form) = try load([("            prompt: {es: \"¿Bien?\", en: \"OK?\"}\n",
                                             "            prompt: {es: \"¿Bien?\", en: \"OK?\"}\n          - id: ok\n            type: boolean\n            prompt: {es: Otra, en: Other}\n")])
        #expect(diagnostics.map(\.code) == ["duplicate_id"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: form, line: 23, column: 13))
        #expect(diagnostics.first?.message.en == "duplicate field 'ok' (already defined at \(form):20:13)")
    }

    @Test func aRepeatedOptionIsAnError() throws {
        // A choice field after line 28 (lines 29-36); its options start at lines 33 and 35, column 13.
        let choice = """
                  - id: c
                    type: choice
                    prompt: {es: Elija, en: Choose}
                    options:
                      - id: x
                        name: {es: Equis, en: Ex}
                      - id: x
                        name: {es: Otra, en: Other}

            """
        let (diagnostics, form) = try load([("        prompt: {es: Razón, en: Ratio}\n", "        prompt: {es: Razón, en: Ratio}\n" + choice)])
        #expect(diagnostics.map(\.code) == ["duplicate_id"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: form, line: 35, column: 13))
        #expect(diagnostics.first?.message.en == "duplicate option 'x' of field 'c' (already defined at \(form):33:13)")
    }

    @Test func boundsThatLeaveNoRoomAreAnError() throws {
        // Field `n` (line 12) gets min 10 (line 15) and max 5 (line 16).
        let (diagnostics, form) = try load([("        min: 0\n", "        min: 10\n        max: 5\n")])
        #expect(diagnostics.map(\.code) == ["invalid_value"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: form, line: 12, column: 9))
        #expect(diagnostics.first?.message.en == "field 'n': the minimum 10 is above the maximum 5: no answer would be valid")
    }

    @Test func aRatioMinimumAboveOneLeavesNoRoom() throws {
        // Field `r` (line 26) is a ratio, 0 to 1: `min: 2` (line 29) leaves nothing between 2 and 1.
        let (diagnostics, form) = try load([("        prompt: {es: Razón, en: Ratio}\n", "        prompt: {es: Razón, en: Ratio}\n        min: 2\n")])
        #expect(diagnostics.map(\.code) == ["invalid_value"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: form, line: 26, column: 9))
        #expect(diagnostics.first?.message.en == "field 'r': the minimum 2 is above the maximum 1: no answer would be valid")
    }

    @Test func keysTheTypeIgnoresAreAnError() throws {
        // The boolean field `flag` (line 6) gets min (line 9, value at column 14), options (line 10, column 18)
        // and items (line 11, column 16).
        let (diagnostics, form) = try load([("        prompt: {es: \"¿Bandera?\", en: \"Flag?\"}\n",
                                             "        prompt: {es: \"¿Bandera?\", en: \"Flag?\"}\n        min: 1\n        options: [{id: a, name: A}]\n        items: [{id: a, type: text, prompt: A}]\n")])
        #expect(diagnostics.map(\.code) == ["invalid_value", "invalid_value", "invalid_value"])
        #expect(diagnostics.map { $0.range?.start } == [SourceLocation(file: form, line: 9, column: 14),
                                                        SourceLocation(file: form, line: 10, column: 18),
                                                        SourceLocation(file: form, line: 11, column: 16)])
        #expect(diagnostics.map(\.message.en) == ["min does not apply to a boolean field", "options does not apply to a boolean field",
                                                  "items does not apply to a boolean field"])
    }
}

/// Spanish messages agree in gender with the noun: «sección … repetida (ya definida …)».
@Suite struct DuplicateIdWordingTests {
    @Test func aRepeatedSectionIsRepetida() throws {
        let dir = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/mini/rules")) {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules/\(name)"), toPath: "\(dir)/\(name)")
        }
        // Section b (line 23, column 5) takes section a's id (line 3); b's field r becomes a second field of `a`.
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/form.yaml", [("  - id: b\n", "  - id: a\n")]), to: "\(dir)/form.yaml")
        let duplicates = RuleSetLoader.load(directory: dir).1.sorted.filter { $0.code == "duplicate_id" }
        #expect(duplicates.map(\.message.es) == ["sección «a» repetida (ya definida en \(dir)/form.yaml:3:5)"])
    }
}
