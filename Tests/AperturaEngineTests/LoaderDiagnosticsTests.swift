import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Testing

/// Diagnostics for bad self-assessments and rule files: stable code, exact place, useful help.
@Suite struct LoaderDiagnosticsTests {
    func assessmentDiagnostics(_ yaml: String, strict: Bool = false) throws -> [Diagnostic] { try Fixtures.assessmentDiagnostics(yaml, strict: strict) }

    func brief(_ diagnostics: [Diagnostic]) -> [String] { Fixtures.brief(diagnostics) }

    static let header = """
        apertura: 1
        rule_set: mini
        institution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}

        """

    @Test func unknownFieldSuggestsTheRightOne() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  a:\n    flagg: true\n")
        #expect(brief(d) == ["6:5 unknown_key"])
        #expect(d[0].help?.es == "¿quiso decir «flag»?")
        #expect(d[0].help?.en == "did you mean 'flag'?")
    }

    @Test func yesIsNotABoolean() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  a:\n    flag: yes\n")
        #expect(brief(d) == ["6:11 type_mismatch"])
    }

    @Test func quotedNumberIsAString() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  a:\n    n: \"3\"\n")
        #expect(brief(d) == ["6:8 type_mismatch"])
    }

    /// A type tag would make the schema read a value as something its author said it is not (`!!str 3` as the
    /// number 3, `!!int true` as a boolean): an error at the tag, not obeyed and not ignored.
    @Test func typeTagsAreErrors() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  a:\n    n: !!str 3\n    flag: !!int true\n")
        #expect(brief(d) == ["6:8 unsupported_tag", "7:11 unsupported_tag"])
        #expect(d[0].message.es.contains("«!!str»"))
        let local = try assessmentDiagnostics(Self.header.replacingOccurrences(of: "name: X", with: "name: !nombre X"))
        #expect(brief(local) == ["3:28 unsupported_tag"])
    }

    @Test func ratioOutOfRangeExplainsTheScale() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  b:\n    r: 75\n")
        #expect(brief(d) == ["6:8 out_of_range"])
        #expect(d[0].help?.es.contains("0.75") == true)
    }

    @Test func negativeIntegerBelowMinimum() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  a:\n    n: -1\n")
        #expect(brief(d) == ["6:8 out_of_range"])
    }

    @Test func missingIdentityAndBadEnumerations() throws {
        let d = try assessmentDiagnostics("""
            apertura: 1
            rule_set: mini
            institution: {id: X, name: X, kind: municipo, order: municipal, state: jaliscoo}
            """)
        #expect(brief(d) == ["3:37 invalid_value", "3:72 invalid_value"])
        #expect(d[0].help?.es == "¿quiso decir «municipio»?")
        #expect(d[1].help?.es == "¿quiso decir «jalisco»?")
        let missing = try assessmentDiagnostics("apertura: 1\nrule_set: mini\ninstitution: {id: X, name: X, order: federal}\n")
        #expect(brief(missing) == ["3:14 missing_key"])
    }

    /// The template leaves `state:` empty: the error is said there, not at the institution's first key.
    @Test func anEmptyStateIsNamedAtItsKey() throws {
        let empty = try assessmentDiagnostics("apertura: 1\nrule_set: mini\ninstitution:\n  id: X\n  name: X\n  kind: municipio\n  order: municipal\n  state:\n")
        #expect(brief(empty) == ["8:3 missing_key"])
        let absent = try assessmentDiagnostics("apertura: 1\nrule_set: mini\ninstitution:\n  id: X\n  name: X\n  kind: municipio\n  order: municipal\n")
        #expect(brief(absent) == ["4:3 missing_key"])
        // So is any required key the template leaves empty.
        let order = try assessmentDiagnostics("apertura: 1\nrule_set: mini\ninstitution:\n  id: X\n  name: X\n  kind: partido\n  order:\n")
        #expect(brief(order) == ["7:3 missing_key"])
        #expect(order[0].message.es == "la clave obligatoria «order» está vacía")
    }

    /// A section or field with no near name (answers written for another rule set's form, or a field put
    /// in the wrong section) lists what is allowed there.
    @Test func anUnknownNameWithNothingCloseListsWhatIsAllowed() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  comite:\n    instalado: true\n  a:\n    recibidas: 3\n")
        #expect(brief(d) == ["5:3 unknown_key", "8:5 unknown_key"])
        #expect(d[0].help?.es == "se admiten: a, b")
        #expect(d[1].help?.en == "allowed here: flag, acta, n, items")
    }

    /// A field written straight under `answers:` (its section's line forgotten or its indentation lost), or
    /// in another section: the help names the section it belongs to.
    @Test func aFieldOutOfItsSectionIsSentHome() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  flag: true\n  b:\n    n: 2\n")
        #expect(brief(d) == ["5:3 unknown_key", "7:5 unknown_key"])
        #expect(d[0].help?.es == "«flag» es un campo de la sección «a»: escríbalo dentro de ella, con la sangría de sus campos")
        #expect(d[1].help?.en == "'n' is a field of section 'a': write it inside it, indented as its fields")
    }

    /// `population` slipped under `period` (the line above it), or a period date under `institution`: the
    /// help names the mapping it belongs to (it said "did you mean «state»?" for `population`).
    @Test func aHeaderKeyInTheOtherMappingIsSentHome() throws {
        let d = try assessmentDiagnostics("""
            apertura: 1
            rule_set: mini
            institution:
              id: X
              name: X
              kind: municipio
              order: municipal
              state: jalisco
              start: 2025-01-01
            period:
              start: 2025-01-01
              end: 2025-12-31
              population: 5000
            answers: {a: {flag: true}}

            """)
        #expect(brief(d) == ["9:3 unknown_key", "13:3 unknown_key"])
        #expect(d[0].help?.es == "«start» es una clave de «period»: escríbala dentro de ella, con la sangría de sus claves")
        #expect(d[1].help?.es == "«population» es una clave de «institution»: escríbala dentro de ella, con la sangría de sus claves")
        #expect(d[1].help?.en == "'population' is a key of 'institution': write it inside it, indented as its keys")
    }

    @Test func wrongRuleSetIsNamedOnce() throws {
        // Answers written for another rule set's form are not read against this one: one error, not a cascade.
        let yaml = Self.header.replacingOccurrences(of: "rule_set: mini", with: "rule_set: pai") + "answers:\n  comite:\n    instalado: true\n"
        let d = try assessmentDiagnostics(yaml)
        #expect(brief(d) == ["2:11 rule_set_mismatch"])
    }

    @Test func missingAnswersAreErrorsOnlyWhenValidating() throws {
        let yaml = Self.header + "answers:\n  a:\n    flag: true\n    acta: []\n    n: 1\n    items:\n      - {}\n"
        #expect(try assessmentDiagnostics(yaml).isEmpty)
        let strict = try assessmentDiagnostics(yaml, strict: true)
        // The item lacks `ok`; section b is absent (reported at `answers:`).
        #expect(Set(strict.map(\.message.en)) == [
            "missing answer 'a.items[0].ok': OK?", "missing answer 'b.r': Ratio",
        ])
        #expect(strict.allSatisfy { $0.code == "missing_answer" && $0.isError })
    }

    /// The template leaves every field as `key:` with no value: each missing answer is said at its own key
    /// (in a list item too), not at the start of its section; an absent section at `answers:`.
    @Test func missingAnswersAreNamedAtTheirEmptyKeys() throws {
        let yaml = Self.header + "answers:\n  a:\n    flag:\n    acta: []\n    n: 1\n    items:\n      - ok:\n  b:\n    r:\n"
        #expect(brief(try assessmentDiagnostics(yaml, strict: true)) == ["6:5 missing_answer", "10:9 missing_answer", "12:5 missing_answer"])
        let absent = Self.header + "answers:\n  a:\n    acta: []\n    n: 1\n    items: []\n"
        #expect(brief(try assessmentDiagnostics(absent, strict: true)) == ["6:5 missing_answer", "4:1 missing_answer"])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let d = try assessmentDiagnostics(Self.header + "answers:\n  a:\n    flag: si\n    n: x\n  c: {}\n  b:\n    r: 2\n")
        #expect(brief(d) == ["6:11 type_mismatch", "7:8 type_mismatch", "8:3 unknown_key", "10:8 out_of_range"])
    }

    // MARK: rule files

    func ruleDiagnostics(replacing file: String, with text: String) throws -> [Diagnostic] {
        let dir = try Fixtures.miniRules(replacing: file, with: text)
        return Workspace.load(rules: dir, policy: "\(Fixtures.mini)/policy.yaml").1.filter(\.isError)
    }

    /// An extra indicator in a file of its own, so the rest of the rule set stays intact.
    static let indicatorHeader = """
        kind: indicators
        indicators:
          - id: extra
            objective: o1
            name: Extra
            unit: boolean
            class: management
            periodicity: annual
            source: {ref: s1, section: "Uno"}

        """

    @Test func anErrorAfterTheCapFilledWithWarningsStillFailsTheLoad() throws {
        // 200 empty rule files fill the list of diagnostics with warnings (empty_rule_file); the error of
        // the file read after them used to be dropped, and the rule set loaded as if it were valid.
        let dir = try Fixtures.miniRules(replacing: "zz.yaml", with: Self.indicatorHeader + "    value: a.flag\n    bogus: 1\n")
        for i in 0..<DiagnosticList.defaultCap { try Fixtures.write("", to: "\(dir)/a\(1000 + i).yaml") }
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: dir)
        #expect(ruleSet == nil)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.errorCount == 1)
        let errors = diagnostics.items.filter(\.isError)
        #expect(brief(errors) == ["11:5 unknown_key"])
        #expect(errors.first?.range?.file.hasSuffix("/zz.yaml") == true)
        #expect(diagnostics.items.count == DiagnosticList.defaultCap)
        #expect(diagnostics.dropped == 1)
    }

    @Test func aValueOfTheWrongTypeSaysWhatToWrite() throws {
        // A boolean indicator whose value is a count.
        let d = try ruleDiagnostics(replacing: "extra.yaml", with: Self.indicatorHeader + "    value: a.n\n")
        #expect(d.map(\.code) == ["expr_type_mismatch"])
        #expect(d.first?.message.es == "la expresión da int, se esperaba bool")
        #expect(d.first?.help?.es.contains("compare el valor") == true)
    }

    @Test func expressionErrorInAPlainScalarPointsIntoTheYAML() throws {
        let d = try ruleDiagnostics(replacing: "extra.yaml", with: Self.indicatorHeader + "    value: a.flag && a.flagg\n")
        // The value starts at column 12 of line 10; the unknown field `flagg` at column 24 (at its name, not
        // at its dot as cel-go reports it: the name is what to correct).
        #expect(d.map(\.code) == ["expr_unknown_field"])
        #expect(d.first?.range?.start == SourceLocation(file: d.first!.range!.file, line: 10, column: 24))
    }

    @Test func expressionErrorInAQuotedScalarPointsIntoTheYAML() throws {
        let d = try ruleDiagnostics(replacing: "extra.yaml", with: Self.indicatorHeader + "    value: \"a.flag && zz\"\n")
        // The quote is at column 12, so the expression starts at 13 and `zz` at 23.
        #expect(d.map(\.code) == ["expr_undeclared_reference"])
        #expect(d.first.map { "\($0.range!.start.line):\($0.range!.start.column)" } == "10:23")
    }

    @Test func expressionErrorInABlockScalarPointsIntoTheYAML() throws {
        let d = try ruleDiagnostics(replacing: "extra.yaml", with: Self.indicatorHeader + "    value: |\n      a.flag &&\n        nope(a.flag)\n")
        // Line 12 of the file, `nope` after eight spaces.
        #expect(d.map(\.code) == ["expr_unknown_function"])
        #expect(d.first.map { "\($0.range!.start.line):\($0.range!.start.column)" } == "12:9")
    }

    @Test func expressionOfTheWrongTypeForItsUnit() throws {
        let d = try ruleDiagnostics(replacing: "extra.yaml", with: Self.indicatorHeader + "    value: a.n\n")
        #expect(d.map(\.code) == ["expr_type_mismatch"])
    }

    @Test func brokenReferencesAndDuplicates() throws {
        let rules = """
            kind: rules
            rules:
              - id: r1
                indicator: flagg
                name: R
                goals: [{phase: p3, target: true, source: {ref: s2, section: x}}]
                remediation: R
                source: {ref: s1, section: x}
              - id: r1
                objective: o9
                name: R
                check: "true"
                remediation: R
                source: {ref: s1, section: x}
            """
        let d = try ruleDiagnostics(replacing: "rules.yaml", with: rules)
        #expect(Set(d.map(\.code)) == ["unknown_reference", "duplicate_id"])
        // Indicator flagg, objective o9, and the first rule's goal: phase p3 and source s2 (the mini rule set has
        // phases p1 and p2 and source s1), checked even though its indicator does not exist.
        #expect(d.count(where: { $0.code == "unknown_reference" }) == 4)
        #expect(d.contains { $0.message.en == "phase 'p3' does not exist" } && d.contains { $0.message.en == "source 's2' does not exist" })
        #expect(d.contains { $0.help?.es == "¿quiso decir «flag»?" })
        // "Regla" is feminine: the Spanish message agrees with it.
        #expect(d.first { $0.code == "duplicate_id" }?.message.es.hasPrefix("regla «r1» repetida (ya definida en ") == true,
                "\(d.map(\.message.es))")
    }

    /// An indicator that fails to load hides neither the goals of the rule that judges it (a misspelt phase,
    /// an unknown source) nor that rule's evidence fields.
    @Test func aRuleOfAnIndicatorThatFailedToLoadStillHasItsGoalsChecked() throws {
        let file = """
            kind: indicators
            indicators:
              - id: extra
                objective: o1
                name: Extra
                unit: bool
                class: management
                periodicity: annual
                value: a.flag
                source: {ref: s1, section: "Uno"}
            ---
            kind: rules
            rules:
              - id: r_extra
                indicator: extra
                name: R
                goals: [{phase: p9, target: true, source: {ref: s7, section: x}}]
                evidence: [a.nada]
                remediation: R
                source: {ref: s1, section: x}
            """
        let d = try ruleDiagnostics(replacing: "zz.yaml", with: file)
        // The unit, then the rule's phase, source and evidence field: not "indicator 'extra' does not exist".
        #expect(d.map(\.code).sorted() == ["invalid_value", "unknown_reference", "unknown_reference", "unknown_reference"], "\(d.map { $0.rendered(.en) })")
        #expect(d.contains { $0.message.en == "phase 'p9' does not exist" }, "\(d.map { $0.rendered(.en) })")
        #expect(d.contains { $0.message.en == "source 's7' does not exist" })
        #expect(d.contains { $0.message.en == "field 'a.nada' does not exist" })
        #expect(!d.contains { $0.message.en?.contains("indicator 'extra'") == true })
    }

    /// A rule set folder that cannot be one is one error that says why, not also "no file declares kind: ruleset".
    @Test func aMissingRuleSetFolderIsOneError() throws {
        let empty = try Fixtures.temporaryDirectory()
        let cases = [
            (empty + "/nope", "rule set folder '\(empty)/nope' does not exist"),
            (Fixtures.mini + "/rules/ruleset.yaml", "'\(Fixtures.mini)/rules/ruleset.yaml' is a file: give the rule set's folder"),
            (empty, "no rule .yaml files in '\(empty)'"),
        ]
        for (path, message) in cases {
            let (ruleSet, diagnostics) = RuleSetLoader.load(directory: path)
            #expect(ruleSet == nil)
            #expect(diagnostics.items.map(\.code) == ["rules_not_found"], "\(diagnostics.items.map { $0.rendered(.en) })")
            #expect(diagnostics.items.first?.message.en == message)
        }
    }

    /// A rule with both an indicator and a check is one mistake, said once.
    @Test func aRuleWithIndicatorAndCheckIsOneError() throws {
        let rules = """
            kind: rules
            rules:
              - id: r_both
                indicator: flag
                check: "true"
                name: R
                goals: [{phase: p1, target: true, source: {ref: s1, section: x}}]
                remediation: R
                source: {ref: s1, section: x}
            """
        let d = try ruleDiagnostics(replacing: "zz.yaml", with: rules)
        #expect(d.map(\.code) == ["invalid_rule"], "\(d.map { $0.rendered(.en) })")
    }

    @Test func goalRulesNeedHonestProvenance() throws {
        let rules = """
            kind: rules
            rules:
              - id: r1
                indicator: flag
                name: R
                goals:
                  - {phase: p1, target: true}
                  - {phase: p2, target: true, status: proposed}
                remediation: R
                source: {ref: s1, section: x}
            """
        let d = try ruleDiagnostics(replacing: "rules.yaml", with: rules)
        #expect(d.map(\.code) == ["missing_source", "missing_rationale"])
        #expect(d.map { $0.range!.start.line } == [7, 8])
    }

    @Test func indicatorCyclesAreFound() throws {
        let text = """
            kind: indicators
            indicators:
              - {id: x, objective: o1, name: X, unit: ratio, class: effect, periodicity: annual, value: "indicators.y", source: {ref: s1, section: a}}
              - {id: y, objective: o1, name: Y, unit: ratio, class: effect, periodicity: annual, value: "indicators.x", source: {ref: s1, section: a}}
            """
        let dir = try Fixtures.temporaryDirectory()
        for name in ["ruleset.yaml", "form.yaml"] {
            try Fixtures.write(try String(contentsOfFile: "\(Fixtures.mini)/rules/\(name)", encoding: .utf8), to: "\(dir)/\(name)")
        }
        try Fixtures.write(text, to: "\(dir)/indicators.yaml")
        let (ruleSet, _) = RuleSetLoader.load(directory: dir)
        let (compiled, diagnostics) = RuleSetCompiler.compile(try #require(ruleSet))
        #expect(compiled == nil)
        #expect(diagnostics.map(\.code) == ["indicator_cycle"])
        // The message names the chain: x reads y, which reads x.
        #expect(diagnostics.first?.message.es == "el indicador «x» depende de sí mismo: x → y → x")
        #expect(diagnostics.first?.help != nil)
    }

    @Test func policyLevelsMustFallAndEndWithTheRest() throws {
        let dir = try Fixtures.temporaryDirectory()
        let policy = try String(contentsOfFile: "\(Fixtures.mini)/policy.yaml", encoding: .utf8)
            .replacingOccurrences(of: "at_least: 0.5", with: "at_least: 0.9")
            .replacingOccurrences(of: "end: 2027-12-31", with: "end: 2028-06-30")
        try Fixtures.write(policy, to: "\(dir)/p.yaml")
        let (loaded, diagnostics) = PolicyLoader.load(file: "\(dir)/p.yaml")
        #expect(loaded == nil)
        #expect(diagnostics.sorted.map(\.code) == ["invalid_value", "invalid_value"])
        #expect(diagnostics.sorted.map(\.message.en) == [
            "phases 'p1' (ends 2028-06-30) and 'p2' (starts 2028-01-01) overlap: an as-of date between those dates would fall in both",
            "the threshold of 'medio' (at_least: 0.9) must be lower than that of the level before, 'alto' (above: 0.8): thresholds go from highest to lowest",
        ])
        // The help names the start that ends the overlap: the day after p1's end.
        #expect(diagnostics.sorted.first?.help?.es == "haga empezar «p2» el 2028-07-01, el día siguiente al fin de «p1»")
    }

    @Test func policyCitationsNameTheRuleSetsSources() throws {
        let dir = try Fixtures.temporaryDirectory()
        let policy = try String(contentsOfFile: "\(Fixtures.mini)/policy.yaml", encoding: .utf8)
            .replacingOccurrences(of: "rationale: {es: Sólo para pruebas, en: Tests only}", with: "source: {ref: s9, section: x}")
        try Fixtures.write(policy, to: "\(dir)/p.yaml")
        let (evaluator, diagnostics) = Workspace.load(rules: "\(Fixtures.mini)/rules", policy: "\(dir)/p.yaml")
        #expect(evaluator == nil)
        #expect(diagnostics.filter(\.isError).map(\.code) == ["unknown_reference"])
        #expect(diagnostics.first?.help?.es == "¿quiso decir «s1»?")
    }
}
