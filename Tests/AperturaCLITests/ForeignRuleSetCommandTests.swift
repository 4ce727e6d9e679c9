import Foundation
import Testing
import TestSupport

/// `validate` and `evaluate` know the bundled rule sets: a PAI self-assessment that names `rule_set: mga` is told
/// that its sections are the PAI's, and asked whether it meant `rule_set: pai`, in one error at that value.
@Suite struct ForeignRuleSetCommandTests {
    func file(_ example: String, _ old: String, _ new: String) throws -> String {
        let text = try CLI.read(example)
        #expect(text.contains(old))
        let dir = Scratch.url.appendingPathComponent("foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("a.yaml").path
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func paiAnswersNamingTheMetricaAreAskedForPai() throws {
        let path = try file("Examples/ejecutivo-estatal-nuevo-leon.yaml", "rule_set: pai", "rule_set: mga")
        let expected = """
            \(path):11:11: error[rule_set_mismatch]: las secciones de answers (comite, agenda, participacion, transparencia_proactiva, …) son del conjunto de reglas «pai», no de «mga», cuyas secciones son tg, tc, pg, pc
              = ayuda: ¿quiso decir rule_set: pai?
            \(path): 1 error

            """
        let r = try CLI.run(["validate", path])
        #expect(r.status == 65)
        #expect(r.stderr == expected)
        let evaluated = try CLI.run(["evaluate", path, "--as-of", "2026-06-30"])
        #expect(evaluated.status == 65)
        #expect(evaluated.stderr.hasPrefix(expected.split(separator: "\n").prefix(2).joined(separator: "\n")), "\(evaluated.stderr)")
        let english = try CLI.run(["validate", path, "--lang", "en"])
        #expect(english.stderr.contains("the sections under answers (comite, agenda, participacion, transparencia_proactiva, …) are those of rule set 'pai', not of 'mga', whose sections are tg, tc, pg, pc\n  = help: did you mean rule_set: pai?"))
    }

    /// And the other way: the Métrica's four sections under `rule_set: pai`.
    @Test func metricaAnswersNamingPaiAreAskedForMga() throws {
        let path = try file("Examples/mga/municipio-medido.yaml", "rule_set: mga", "rule_set: pai")
        let r = try CLI.run(["validate", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(path):5:11: error[rule_set_mismatch]: las secciones de answers (tg, tc, pg, pc) son del conjunto de reglas «mga», no de «pai»"))
        #expect(r.stderr.contains("  = ayuda: ¿quiso decir rule_set: mga?\n\(path): 1 error\n"))
    }
}
