import AperturaAuthoring
import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// A rule added in the new version was listed as changing result for institutions it applies to in neither
/// version: the policy keeps partidos and sindicatos out of oe_datos_abiertos, so a new rule of that objective is
/// not applicable to them, as it was (absent) before. Such a rule is no change for them.
@Suite struct DiffNotApplicableTests {
    @Test func aNewRuleThatDoesNotApplyIsNoChange() throws {
        // A copy of the PAI rules with `datos_actualizados`: datos_publicados again under another id (objective
        // oe_datos_abiertos, through its indicator).
        let dir = try Fixtures.temporaryDirectory() + "/pai"
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai"), toPath: dir)
        let file = dir + "/rules/datos_abiertos.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let start = try #require(text.range(of: "  - id: datos_publicados\n"))
        let end = try #require(text.range(of: "  - id: datos_calidad\n"))
        let copy = String(text[start.lowerBound..<end.lowerBound]).replacingOccurrences(of: "  - id: datos_publicados\n", with: "  - id: datos_actualizados\n")
        try Fixtures.write(text + "\n" + copy, to: file)

        let policy = Fixtures.path("Policies/pai-inicio.yaml")
        let old = try #require(Workspace.load(rules: Fixtures.path("Rules/pai"), policy: policy).0)
        let new = try #require(Workspace.load(rules: dir, policy: policy).0)
        let files = ["partido-local-puebla", "sindicato-sonora", "municipio-zapopan"].map { Fixtures.path("Examples/\($0).yaml") }
        let (impact, problems) = ImpactAnalysis.run(old: old, new: new, files: files, asOf: Day("2026-06-30")!)
        #expect(problems.isEmpty)
        let rules = Dictionary(uniqueKeysWithValues: impact.map { (($0.file as NSString).lastPathComponent, $0.changedRules) })
        #expect(rules["partido-local-puebla.yaml"] == [])
        #expect(rules["sindicato-sonora.yaml"] == [])
        // Zapopan (municipio of 1.2 million inhabitants) is judged by the new rule: a change.
        #expect(rules["municipio-zapopan.yaml"] == ["datos_actualizados"])
    }
}
