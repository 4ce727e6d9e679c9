import AperturaAuthoring
import AperturaSource
import Foundation
import Testing
import TestSupport

@Suite struct LintTests {
    @Test func shippedRuleSetsAndPoliciesLintClean() {
        let result = Linter.lint(paths: [Fixtures.path("Rules"), Fixtures.path("Policies")])
        let problems = result.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map { Fixtures.relative($0.rendered(.en)) })")
        #expect(result.checked.count == 4)  // Rules/mga, Rules/pai and the two policies
    }

    @Test(arguments: ["semantics", "references", "syntax"])
    func brokenRuleSetsGiveTheExpectedDiagnostics(name: String) throws {
        let result = Linter.lint(paths: [Fixtures.path("Tests/Fixtures/lint/\(name)")])
        let text = Fixtures.relative(LintRenderer.text(result, language: .es))
        #expect(text == (try Fixtures.golden("Tests/Fixtures/lint/\(name).expected", actual: text)))
        #expect(result.fails(strict: false))
    }

    @Test func policyWithPartialObjectiveWeights() throws {
        let result = Linter.lint(paths: [Fixtures.path("Rules/pai"), Fixtures.path("Tests/Fixtures/lint/policy-weights.yaml")])
        // Only the policy's own findings: the golden file must not change when the PAI content does.
        let own = LintResult(checked: result.checked, ruleSetCount: result.ruleSetCount, diagnostics: result.diagnostics.filter { $0.range?.file.hasSuffix("policy-weights.yaml") ?? true })
        let text = Fixtures.relative(LintRenderer.text(own, language: .es))
        #expect(text == (try Fixtures.golden("Tests/Fixtures/lint/policy-weights.expected", actual: text)))
        #expect(!result.fails(strict: false))
        #expect(result.fails(strict: true))
    }

    /// An empty file among the rule files adds nothing: a warning says so, with its place.
    @Test func anEmptyRuleFileIsAWarning() throws {
        let dir = Scratch.path + "/apertura-empty-rule-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/mga"), toPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/vacio.yaml", contents: Data()))
        // The copy's test file names its policy relative to Rules/mga (an error of its own here): left out.
        try FileManager.default.removeItem(atPath: dir + "/mga.tests.yaml")
        let result = Linter.lint(paths: [dir])
        let empty = result.diagnostics.filter { $0.code == "empty_rule_file" }
        #expect(empty.map(\.severity) == [.warning])
        #expect(empty.first?.range?.file == dir + "/vacio.yaml")
        #expect(!result.fails(strict: false))
        #expect(result.fails(strict: true))
    }

    @Test func semanticCodesAreStable() {
        let codes = Set(Linter.lint(paths: [Fixtures.path("Tests/Fixtures/lint/semantics")]).diagnostics.map(\.code))
        #expect(codes == ["weights_sum", "missing_translation", "unused_indicator", "missing_citation", "goal_regression",
                          "expr_unknown_field", "unused_source", "invalid_value", "missing_key"])
    }

    /// Every code lint itself emits in the fixtures is documented in the catalog (and so in the guide).
    @Test func lintCodesAreDocumented() {
        let result = Linter.lint(paths: ["semantics", "references", "syntax"].map { Fixtures.path("Tests/Fixtures/lint/\($0)") }
                                 + [Fixtures.path("Rules/pai"), Fixtures.path("Tests/Fixtures/lint/policy-weights.yaml")])
        let documented = Set(LintCatalog.entries.map(\.code))
        let own: Set = ["goal_regression", "weights_sum", "weights_incomplete", "missing_citation", "missing_translation",
                        "unused_indicator", "unused_source", "phase_not_scheduled"]
        #expect(own.isSubset(of: Set(result.diagnostics.map(\.code))))
        #expect(own.isSubset(of: documented))
    }

    @Test func sarifHasOneResultPerDiagnostic() throws {
        let result = Linter.lint(paths: [Fixtures.path("Tests/Fixtures/lint/references")])
        let sarif = LintRenderer.render(result, format: .sarif, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let runs = try #require(object["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == result.diagnostics.count)
        let first = try #require(results.first)
        #expect(first["ruleId"] as? String == "unknown_reference")
        #expect(first["level"] as? String == "error")
        let region = ((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 4)  // the indicator id of the first rule
        #expect(region?["startColumn"] as? Int == 16)
    }

    /// SARIF's `uri` is a URI reference: a space, an accent or a line break in a path is percent-encoded.
    @Test func sarifURIsArePercentEncoded() throws {
        let dir = try Fixtures.temporaryDirectory() + "/carpeta con acentuación\nnueva"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "kind: policy\nsobra: 1\n".write(toFile: dir + "/política.yaml", atomically: false, encoding: .utf8)
        let sarif = LintRenderer.render(Linter.lint(paths: [dir + "/política.yaml"]), format: .sarif, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try #require((object["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let uris = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String } }
        #expect(!uris.isEmpty && uris.count == results.count)
        for uri in uris {
            #expect(uri.hasSuffix("/carpeta%20con%20acentuaci%C3%B3n%0Anueva/pol%C3%ADtica.yaml"), "\(uri)")
            #expect(URL(string: uri) != nil)
        }
    }

    @Test func jsonCountsErrorsAndWarnings() throws {
        let result = Linter.lint(paths: [Fixtures.path("Tests/Fixtures/lint/semantics")])
        let json = LintRenderer.render(result, format: .json, language: .es)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // Five: the test file lacks a policy too, which is said although its wrong outcome keeps it from running.
        #expect(object["errors"] as? Int == 5)
        #expect(object["warnings"] as? Int == 5)
        // Keys are snake_case, as in the reports and summary.json (it was schemaVersion).
        #expect(object["schema_version"] as? Int == 1)
        #expect(json.range(of: #""[a-z]+[A-Z][A-Za-z]*" :"#, options: .regularExpression) == nil, "\(json)")
    }

    @Test func folderWithoutRuleSetsOrPoliciesIsAnError() {
        let result = Linter.lint(paths: [Fixtures.path("Examples")])
        #expect(result.diagnostics.map(\.code) == ["nothing_to_lint"])
        #expect(result.fails(strict: false))
    }

    @Test func missingPathIsAnError() {
        let result = Linter.lint(paths: ["/no/such/place"])
        #expect(result.diagnostics.map(\.code) == ["path_not_found"])
        #expect(result.fails(strict: false))
    }
}

/// A policy linted beside its rule set, when that rule set has errors: only the rule set's own errors, no
/// claim that the rule set "was not found", and no check against the bundled copy instead.
@Suite struct LintBrokenRuleSetTests {
    @Test func aPolicyOfABrokenRuleSetIsNotCheckedAgainstAnotherCopy() throws {
        let root = try Fixtures.temporaryDirectory()
        let dir = root + "/mga"
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/mga"), toPath: dir)
        // The edited copy gains an objective the bundled Rules/mga lacks, and the policy weighs it.
        try Fixtures.write(try String(contentsOfFile: dir + "/ruleset.yaml", encoding: .utf8) + """
              - id: nuevo
                name: {es: Nuevo, en: New}
                source: {ref: metrica_2017, section: "Resumen Ejecutivo, Anexo 1"}

            """, to: dir + "/ruleset.yaml")
        try Fixtures.write(try Fixtures.edited("Policies/mga-2017.yaml", [("  indicator: ga\n", "  indicator: ga\n  objective_weights: {nuevo: 1}\n")]),
                           to: root + "/mga-2017.yaml")
        // And an error: line 14 of rules.yaml is `        target: 0.6`, the quoted value starts at column 17.
        try Fixtures.write(try Fixtures.edited("Rules/mga/rules.yaml", [("        target: 0.6\n", "        target: '0.6'\n")]), to: dir + "/rules.yaml")
        let result = Linter.lint(paths: [dir, root + "/mga-2017.yaml"])
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == ["type_mismatch"], "\(errors.map { $0.rendered(.en) })")
        #expect(errors.first?.range?.start == SourceLocation(file: dir + "/rules.yaml", line: 14, column: 17))
        #expect(result.checked.count == 2)
    }

    /// The mini policy's rule set `mini` is neither linted in the run nor bundled: reported where the policy
    /// names it (`rule_set: mini` on line 5, the value at column 11).
    @Test func aPolicyWhoseRuleSetIsNowhereIsStillReported() {
        let file = Fixtures.path("Tests/Fixtures/mini/policy.yaml")
        let result = Linter.lint(paths: [file])
        #expect(result.diagnostics.map(\.code) == ["unknown_rule_set"])
        #expect(result.diagnostics.first?.range?.start == SourceLocation(file: file, line: 5, column: 11))
    }
}
