import AperturaAuthoring
import AperturaEngine
import AperturaLoader
import AperturaModel
import Foundation
import Testing

@Suite struct SchemaTests {
    /// Every key a loader accepts is described, and nothing else is.
    @Test func vocabularyMatchesTheLoaders() {
        #expect(SchemaGenerator.mismatches().isEmpty, "\(SchemaGenerator.mismatches())")
    }

    /// `apertura schemas --output schemas --guide docs/GUIA-AUTORES.md` leaves the repository unchanged.
    @Test func checkedInSchemasAndGuideAreUpToDate() throws {
        let ruleSets = try ["Rules/mga", "Rules/pai"].map { try #require(RuleSetLoader.load(directory: Fixtures.path($0)).0) }
        let notAsked = Dictionary(uniqueKeysWithValues: ruleSets.map { ($0.info.id, Workspace.sectionsNotAsked(ruleSet: $0)) })
        for file in try SchemaGenerator.files(ruleSets: ruleSets, notAsked: notAsked) {
            let checkedIn = try Fixtures.golden("schemas/\(file.name)", actual: file.text)
            #expect(checkedIn == file.text, "schemas/\(file.name) is out of date: run apertura schemas --output schemas")
        }
        let guide = try String(contentsOfFile: Fixtures.path("docs/GUIA-AUTORES.md"), encoding: .utf8)
        #expect(AuthorGuide.update(guide) == guide, "run apertura schemas --guide docs/GUIA-AUTORES.md")
    }

    /// A section that only some kinds of institution answer requires nothing in a rule set's schema (what applies
    /// depends on the institution): it may be left out or written empty. The sections for everyone stay required.
    @Test func aSectionForSomeKindsRequiresNothing() throws {
        var ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.path("Rules/pai")).0)
        #expect(ruleSet.form[0].id.rawValue == "comite")
        ruleSet.form[0].appliesTo = Applicability(kinds: [.municipio])
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(SchemaGenerator.selfAssessment(for: ruleSet).text.utf8)) as? [String: Any])
        let answers = try #require((schema["properties"] as? [String: Any])?["answers"] as? [String: Any])
        let required = try #require(answers["required"] as? [String])
        #expect(!required.contains("comite"))
        #expect(required.contains("agenda"))
        let comite = try #require((answers["properties"] as? [String: Any])?["comite"] as? [String: Any])
        let branches = try #require(comite["anyOf"] as? [[String: Any]], "comite may be written with no value")
        #expect(branches.count == 2)
        #expect(branches[0]["required"] == nil)
        #expect(branches[1]["type"] as? String == "null")
    }

    @Test func generatedTypesComeFromTheModel() throws {
        let text = try SchemaGenerator.ruleFile().text
        for unit in Indicator.Unit.allCases { #expect(text.contains("\"\(unit.rawValue)\"")) }
        for type in FieldType.allCases { #expect(text.contains("\"\(type.rawValue)\"")) }
    }

    /// Every example, rule file, policy and test file against the schemas, with python-jsonschema.
    @Test func filesValidateWithAnIndependentValidator() throws {
        guard Python.available else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("python3 with jsonschema and PyYAML is required under CI: pip install jsonschema pyyaml")
            } else {
                print("skipped: python3 with jsonschema and PyYAML not found (pip install jsonschema pyyaml)")
            }
            return
        }
        let fm = FileManager.default
        func yaml(under folder: String, tests: Bool) -> [String] {
            let enumerator = fm.enumerator(atPath: Fixtures.path(folder))
            var files: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".yaml"), relative.hasSuffix(".tests.yaml") == tests { files.append(Fixtures.path("\(folder)/\(relative)")) }
            }
            return files.sorted()
        }
        // Examples/broken holds files that are invalid on purpose; Examples/expected holds expected outputs.
        let examples = yaml(under: "Examples", tests: false).filter { !$0.contains("/Examples/broken/") && !$0.contains("/Examples/expected/") }
        #expect(!examples.isEmpty)
        // A rule set's schema requires the answers `apertura validate` requires: the example left incomplete on
        // purpose (partido-local-puebla) is checked apart, below. b-municipio-pequeno, which answers no open data,
        // is complete: a municipio of 18,600 inhabitants is asked for none (no open-data rule applies below 70,000),
        // and its schema says so through `institution.population`.
        let pai = try complete(examples.filter { Workspace.ruleSetID(of: $0) == "pai" } + yaml(under: "Tests/Fixtures/diff/population", tests: false), "Rules/pai")
        let mga = try complete(examples.filter { Workspace.ruleSetID(of: $0) == "mga" }, "Rules/mga")
        #expect(pai.incomplete.map { Fixtures.relative($0) } == ["Examples/partido-local-puebla.yaml"])
        #expect(mga.incomplete.isEmpty)
        let checks: [(String, [String])] = [
            ("rule-file.schema.json", yaml(under: "Rules", tests: false)),
            ("policy.schema.json", yaml(under: "Policies", tests: false)),
            ("rule-tests.schema.json", yaml(under: "Rules", tests: true)),
            ("self-assessment.schema.json", examples),
            ("pai.self-assessment.schema.json", pai.complete),
            ("mga.self-assessment.schema.json", mga.complete),
        ]
        for (schema, files) in checks where !files.isEmpty {
            let (status, output) = try Python.run([Fixtures.path("Tests/Fixtures/schemas/validate.py"), Fixtures.path("schemas/\(schema)")] + files)
            #expect(status == 0, "\(schema): \(Fixtures.relative(output))")
        }
        // The incomplete ones: nothing but their missing answers (their header comments list them).
        for file in pai.incomplete {
            let (status, output) = try Python.run([Fixtures.path("Tests/Fixtures/schemas/validate.py"), Fixtures.path("schemas/pai.self-assessment.schema.json"), file])
            let lines = output.split(separator: "\n")
            #expect(status == 1 && !lines.isEmpty && lines.allSatisfy { $0.hasSuffix("is a required property") }, "\(Fixtures.relative(output))")
        }
    }

    /// `files` split by the verdict of `apertura validate` with the rule set in `rules`.
    func complete(_ files: [String], _ rules: String) throws -> (complete: [String], incomplete: [String]) {
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.path(rules)).0)
        // With the bundled policy, as `apertura validate` reads them: open data is not asked of a union.
        let policy = try #require(try Workspace.defaultPolicy(forRuleSet: ruleSet.info.id))
        let evaluator = try #require(Workspace.load(ruleSet: ruleSet, policy: policy).0)
        let valid = files.filter { Workspace.validation(of: $0, ruleSet: ruleSet, evaluator: evaluator).errors == 0 }
        return (valid, files.filter { !valid.contains($0) })
    }

    /// The validator does reject what the loader rejects: a YAML 1.1 boolean and an unknown key.
    /// The loaders read any scalar as text, so the editor accepts what `lint` accepts: an unquoted version
    /// (`2025.1`), a policy's name written as a number. The schemas used to require a JSON string there.
    @Test func unquotedScalarTextsAreAcceptedAsTheLoadersAcceptThem() throws {
        let folder = try Fixtures.temporaryDirectory() + "/pai"
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai"), toPath: folder)
        var ruleSet = try String(contentsOfFile: folder + "/ruleset.yaml", encoding: .utf8)
        #expect(ruleSet.contains("version: \"2025.1\"\n"))
        ruleSet = ruleSet.replacingOccurrences(of: "version: \"2025.1\"\n", with: "version: 2025.1\n")
        try Fixtures.write(ruleSet, to: folder + "/ruleset.yaml")
        let (loaded, diagnostics) = RuleSetLoader.load(directory: folder)
        #expect(loaded?.info.version == "2025.1", "\(diagnostics.sorted.map { $0.rendered(.en) })")
        guard Python.available else { return }
        let (status, output) = try Python.run([Fixtures.path("Tests/Fixtures/schemas/validate.py"), Fixtures.path("schemas/rule-file.schema.json"), folder + "/ruleset.yaml"])
        #expect(status == 0, "\(output)")
    }

    @Test func validatorRejectsInvalidFiles() throws {
        guard Python.available else { return }
        let (status, output) = try Python.run([Fixtures.path("Tests/Fixtures/schemas/validate.py"), Fixtures.path("schemas/pai.self-assessment.schema.json"),
                                               Fixtures.path("Tests/Fixtures/schemas/invalid-assessment.yaml")])
        #expect(status == 1)
        #expect(output.contains("'yes' is not of type 'boolean'"))
        #expect(output.contains("'instaldo' was unexpected"))
    }
}
