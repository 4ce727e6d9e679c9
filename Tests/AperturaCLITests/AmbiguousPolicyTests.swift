import Foundation
import TestSupport
import Testing

/// Without `--policy`, the policy comes from `Policies/` of the current folder and of the bundle. A draft of another
/// id in the current folder used to replace the bundled policy unseen (the first by name, the current folder first):
/// Tlalnelhuayocan, `Insuficiente` everywhere else, came out `Avanzado` in such a folder. Policies of different ids
/// are now refused (`ambiguous_policy`, exit 64, the candidates listed); the same id twice is one policy.
@Suite struct AmbiguousPolicyTests {
    static let example = SharedData.packageRoot.appendingPathComponent("Examples/municipio-tlalnelhuayocan.yaml").path

    /// A scratch folder whose `Policies/` holds the PAI policy under `name`, edited by `edits`.
    func folder(_ name: String, _ edits: [(String, String)]) throws -> URL {
        let dir = Scratch.url.appendingPathComponent("apertura-ambiguous-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Policies"), withIntermediateDirectories: true)
        var text = try CLI.read("Policies/pai-inicio.yaml")
        for (old, new) in edits {
            #expect(text.components(separatedBy: old).count == 2, "\(old) once")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: dir.appendingPathComponent("Policies/\(name)"), atomically: true, encoding: .utf8)
        return dir
    }

    /// The tester's draft: another id, and `avanzado` from above 0.05 instead of 0.8 (the thresholds below it lowered
    /// too, so that they still fall: 0.04 and 0.03).
    func draftFolder() throws -> URL {
        try folder("borrador.yaml", [("\nid: pai_inicio\n", "\nid: borrador_prueba\n"), ("above: 0.8\n", "above: 0.05\n"),
                                     ("at_least: 0.6\n", "at_least: 0.04\n"), ("at_least: 0.3\n", "at_least: 0.03\n")])
    }

    func run(_ arguments: [String], in dir: URL) throws -> Subprocess.Result {
        try Subprocess.run(CLI.binary, arguments, environment: ["APERTURA_HOME": nil], directory: dir)
    }

    @Test(arguments: [
        ["evaluate", example, "--as-of", "2026-06-30"],
        ["explain", example, "--rule", "cumplimiento_portal", "--as-of", "2026-06-30"],
        ["batch", example, "--output", "salida", "--as-of", "2026-06-30"],
    ])
    func aDraftOfAnotherIdIsAChoiceNotAReplacement(arguments: [String]) throws {
        let r = try run(arguments, in: try draftFolder())
        #expect(r.status == 64, "\(r.stdout.prefix(300)) \(r.stderr)")
        #expect(r.stdout.isEmpty)
        // At the draft's `id:` value (line 6, `id: ` is four columns), both candidates by path and id.
        let bundled = SharedData.packageRoot.appendingPathComponent("Policies/pai-inicio.yaml").path
        #expect(r.stderr.hasPrefix("Policies/borrador.yaml:6:5: error[ambiguous_policy]: hay más de una política para el conjunto de reglas «pai», "
            + "y no se indicó cuál usar: Policies/borrador.yaml (id: borrador_prueba), \(bundled) (id: pai_inicio)\n"), "\(r.stderr)")
        #expect(r.stderr.contains("= ayuda: elija una con --policy, p. ej. --policy Policies/borrador.yaml"), "\(r.stderr)")
    }

    /// The tester's draft exactly (`above: 0.09` over `at_least: 0.6`: thresholds that rise, a load error): it is
    /// still a candidate, read from its YAML, not passed over unseen, so the choice is still the user's.
    @Test func aDraftWithErrorsIsACandidateToo() throws {
        let dir = try folder("borrador.yaml", [("\nid: pai_inicio\n", "\nid: borrador_prueba\n"), ("above: 0.8\n", "above: 0.09\n")])
        let r = try run(["evaluate", Self.example, "--as-of", "2026-06-30"], in: dir)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("Policies/borrador.yaml:6:5: error[ambiguous_policy]:"), "\(r.stderr)")
    }

    @Test func theDraftChosenWithPolicyIsUsedAndNamedInTheReport() throws {
        let r = try run(["evaluate", Self.example, "--as-of", "2026-06-30", "--policy", "Policies/borrador.yaml"], in: try draftFolder())
        #expect(r.status == 0, "\(r.stderr)")
        // Score 0.2 / 3 = 0.0666 (Examples/expected/municipio-tlalnelhuayocan.outcomes.yaml), shown 0.06, above the
        // draft's 0.05 for avanzado (0.8 in the bundled policy); its levels say no status: proposed.
        #expect(r.stdout.contains("Puntaje: 0.06 · Nivel: Avanzado (umbrales propuestos)\n"), "\(r.stdout.prefix(900))")
        #expect(r.stdout.contains("· Política: Evaluación de la Política de Apertura Institucional, calendario 2025-2035 (borrador_prueba 2025.1) · Evalúa:"),
                "\(r.stdout.prefix(900))")
    }

    /// A checkout's `Policies/` beside the installed bundle: the same policy twice, not a choice to make.
    @Test func theSamePolicyTwiceIsNotAmbiguous() throws {
        let r = try run(["evaluate", Self.example, "--as-of", "2026-06-30"], in: try folder("copia.yaml", []))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.contains("Puntaje: 0.06 · Nivel: Insuficiente (umbrales propuestos)\n"), "\(r.stdout.prefix(900))")
        #expect(r.stdout.contains("(pai_inicio 2025.1) · Evalúa:"))
    }

    @Test func diffRefusesTooWhenItEvaluates() throws {
        let rules = SharedData.packageRoot.appendingPathComponent("Rules/pai").path
        let r = try run(["diff", "--from", rules, "--to", rules, Self.example, "--as-of", "2026-06-30"], in: try draftFolder())
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("error[ambiguous_policy]"), "\(r.stderr)")
    }
}
