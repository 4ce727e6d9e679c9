import Foundation
import TestSupport
import Testing

/// A self-assessment naming a rule set that is not bundled (and no `--rules`): one error at its
/// `rule_set` value, with a stable code, in `validate` and `evaluate` alike.
@Suite struct UnknownRuleSetTests {
    func write(_ text: String) throws -> String {
        let dir = Scratch.url.appendingPathComponent("apertura-ruleset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("a.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func anUnbundledRuleSetIsAnErrorAtItsLine() throws {
        let file = try write("apertura: 1\nrule_set: desconocido\ninstitution: {id: X, name: X, kind: sindicato, order: federal}\n")
        let validated = try CLI.run(["validate", file])
        #expect(validated.status == 65)
        #expect(validated.stderr.contains("\(file):2:11: error[unknown_rule_set]: no hay un conjunto de reglas «desconocido»"), "\(validated.stderr)")
        #expect(validated.stderr.contains("\(file): 1 error\n"))
        #expect(!validated.stderr.contains("rules_not_found"))
        let evaluated = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--lang", "en"])
        #expect(evaluated.status == 65)
        #expect(evaluated.stderr.contains("\(file):2:11: error[unknown_rule_set]: there is no rule set 'desconocido'"), "\(evaluated.stderr)")
        #expect(!evaluated.stderr.contains("rules_not_found"))
    }

    /// `--rules` for a rule set no bundled policy evaluates, without `--policy`: a usage error that says to give
    /// one, not the PAI policy loaded and reported as a mismatch inside `Policies/pai-inicio.yaml`.
    @Test func aRuleSetWithoutABundledPolicyAsksForOne() throws {
        let root = SharedData.packageRoot.path
        let file = try write(try String(contentsOfFile: root + "/Tests/Fixtures/mini/municipio.yaml", encoding: .utf8))
        for command in [["evaluate", file], ["explain", file, "--rule", "r_flag"]] {
            let r = try CLI.run(command + ["--rules", root + "/Tests/Fixtures/mini/rules", "--as-of", "2026-06-30"])
            #expect(r.status == 64, "\(r.stderr)")
            #expect(r.stderr.hasPrefix("Error: --policy: ninguna política de «"), "\(r.stderr)")
            #expect(r.stderr.contains("» evalúa el conjunto de reglas «mini»: indique una\nUso: apertura \(command[0]) "), "\(r.stderr)")
            #expect(!r.stderr.contains("rule_set_mismatch"))
            let given = try CLI.run(command + ["--rules", root + "/Tests/Fixtures/mini/rules", "--policy", root + "/Tests/Fixtures/mini/policy.yaml",
                                               "--as-of", "2026-06-30"])
            #expect(given.status == 0 || given.status == 1, "\(given.stderr)")
        }
    }
}
