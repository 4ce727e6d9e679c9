import Testing

/// A rule file given as `--policy` gave 25 schema errors (`falta la clave obligatoria «rule_set»`, `clave
/// desconocida «instrument»`...), and a self-assessment the same; a policy among `--rules` gave "«policy» no es
/// un valor permitido". Each is now one error that says what the file is.
@Suite struct WrongFileKindTests {
    private func errors(_ stderr: String) -> [String] { stderr.split(separator: "\n").map(String.init).filter { $0.contains("error[") } }

    @Test func aRuleSetFileAsThePolicyIsOneError() throws {
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--rules", "Rules/pai", "--policy", "Rules/pai/ruleset.yaml", "--as-of", "2026-06-30"])
        #expect(r.status == 65)
        // `kind: ruleset` is on line 4 of Rules/pai/ruleset.yaml, its value at column 7.
        #expect(errors(r.stderr) == [
            "Rules/pai/ruleset.yaml:4:7: error[not_a_policy]: «Rules/pai/ruleset.yaml» es `kind: ruleset` (un conjunto de reglas), no una política (`kind: policy`)",
        ])
    }

    @Test func aRulesFileAsThePolicyIsOneError() throws {
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--policy", "Rules/pai/rules/datos_abiertos.yaml", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(r.status == 65)
        #expect(errors(r.stderr).count == 1)
        #expect(r.stderr.contains("error[not_a_policy]: 'Rules/pai/rules/datos_abiertos.yaml' is `kind: rules` (a rules file), not a policy (`kind: policy`)"))
    }

    @Test func aSelfAssessmentAsThePolicyIsOneError() throws {
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--policy", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"])
        #expect(r.status == 65)
        #expect(errors(r.stderr).count == 1)
        #expect(r.stderr.contains("error[not_a_policy]: «Examples/municipio-zapopan.yaml» es una autoevaluación, no una política (`kind: policy`)"))
    }

    @Test func thePoliciesFolderAsTheRulesSaysEachIsAPolicy() throws {
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--rules", "Policies", "--as-of", "2026-06-30"])
        #expect(r.status == 65)
        #expect(!r.stderr.contains("no es un valor permitido"))
        // No kind: ruleset file (said once), and each of the two policies said to be one, at its `kind` value.
        #expect(errors(r.stderr) == [
            "error[missing_ruleset]: ningún archivo declara kind: ruleset en «Policies»",
            "Policies/mga-2017.yaml:2:7: error[not_a_rule_file]: «Policies/mga-2017.yaml» es una política (`kind: policy`), no un archivo de reglas",
            "Policies/pai-inicio.yaml:5:7: error[not_a_rule_file]: «Policies/pai-inicio.yaml» es una política (`kind: policy`), no un archivo de reglas",
        ])
    }
}
