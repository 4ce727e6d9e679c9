import Foundation
import TestSupport
import Testing

/// `--rules` for one rule set and an input (self-assessment or mapping) for another: the error is the input's,
/// at its `rule_set`. The default policy used to follow the input's rule set, so the run stopped at a policy the
/// user never named ("Policies/pai-inicio.yaml: the policy evaluates rule set 'pai', not 'mga'").
@Suite struct RulesOptionMismatchTests {
    @Test func evaluateAndValidateBlameTheSelfAssessment() throws {
        // Examples/municipio-zapopan.yaml says `rule_set: pai` on line 6, the value from column 11.
        let evaluated = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--rules", "Rules/mga", "--as-of", "2017-02-01", "--lang", "en"])
        #expect(evaluated.status == 65)
        #expect(evaluated.stderr.hasPrefix("Examples/municipio-zapopan.yaml:6:11: error[rule_set_mismatch]: the self-assessment answers rule set 'pai', not 'mga'"),
                "\(evaluated.stderr)")
        #expect(!evaluated.stderr.contains("Policies/"))
        // Examples/mga/municipio-medido.yaml says `rule_set: mga` on line 5.
        let validated = try CLI.run(["validate", "Examples/mga/municipio-medido.yaml", "--rules", "Rules/pai", "--lang", "en"])
        #expect(validated.status == 65)
        #expect(validated.stderr.hasPrefix("Examples/mga/municipio-medido.yaml:5:11: error[rule_set_mismatch]: the self-assessment answers rule set 'mga', not 'pai'"),
                "\(validated.stderr)")
    }

    @Test func batchBlamesTheMappingOrEachInput() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-rules-mismatch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let table = dir + "/t.csv"
        try "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\nASF,Federal,Federal,Legislativo,0.5,0.3,0.6,0.5,0.8,0.4,0.2\n"
            .write(toFile: table, atomically: true, encoding: .utf8)
        // Mappings/mga2017.yaml says `rule_set: mga` on line 8.
        let mapped = try CLI.run(["batch", table, "--mapping", "Mappings/mga2017.yaml", "--rules", "Rules/pai", "--as-of", "2026-06-30",
                                  "--output", dir + "/out-csv", "--lang", "en"])
        #expect(mapped.status == 65)
        #expect(mapped.stderr.hasPrefix("Mappings/mga2017.yaml:8:11: error[rule_set_mismatch]: the mapping is for rule set 'mga', not 'pai'"), "\(mapped.stderr)")
        // Each self-assessment for another rule set is one invalid input; the run itself goes on.
        let out = dir + "/out-yaml"
        let files = try CLI.run(["batch", "Examples/mga", "--rules", "Rules/pai", "--as-of", "2026-06-30", "--output", out, "--lang", "en"])
        #expect(files.status == 65)
        let errors = try String(contentsOfFile: out + "/errors.csv", encoding: .utf8)
        #expect(errors.split(whereSeparator: \.isNewline).filter { $0.contains(",rule_set_mismatch,") }.map { $0.prefix(while: { $0 != "," }) }
                == ["Examples/mga/municipio-medido.yaml", "Examples/mga/universidad-componentes.yaml"])
    }
}
