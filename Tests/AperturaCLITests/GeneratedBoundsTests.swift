import Foundation
import Testing

/// `apertura generate` writes values a rule set's form accepts whatever its bounds: a negative number kept its
/// sign only on the whole part (`-32.0-48`, refused by the loader), and an integer bound past Int.max trapped.
@Suite struct GeneratedBoundsTests {
    /// The PAI rules with `obligaciones.indice_portal` from -100 and `solicitudes.recibidas` up to 10^20.
    func rules() throws -> (rules: String, dir: String) {
        let (dir, rules) = try PAIRulesCopy.make("generated-bounds")
        let form = rules + "/form.yaml"
        let original = try String(contentsOfFile: form, encoding: .utf8)
        let edited = original
            .replacingOccurrences(of: "      - id: indice_portal\n        type: number\n        min: 0\n",
                                  with: "      - id: indice_portal\n        type: number\n        min: -100\n")
            .replacingOccurrences(of: "      - id: recibidas\n        type: integer\n        min: 0\n",
                                  with: "      - id: recibidas\n        type: integer\n        min: 0\n        max: 100000000000000000000\n")
        #expect(edited.components(separatedBy: "min: -100\n").count == 2)
        #expect(edited.components(separatedBy: "max: 100000000000000000000\n").count == 2)
        try edited.write(toFile: form, atomically: true, encoding: .utf8)
        return (rules, dir)
    }

    @Test func everyGeneratedFileIsValidAgainstItsBounds() throws {
        let w = try rules()
        let population = w.dir + "/poblacion"
        let generate = try CLI.run(["generate", "--count", "40", "--seed", "1", "--rules", w.rules, "--output", population])
        #expect(generate.status == 0, "\(generate.stderr.prefix(300))")
        // Seed 1 gives the second institution a negative index, written with its sign in front.
        let second = try String(contentsOfFile: population + "/SIN-000002.yaml", encoding: .utf8)
        #expect(second.contains("    indice_portal: -32.48\n"), "\(second)")
        let batch = try CLI.run(["batch", population, "--rules", w.rules, "--as-of", "2026-06-30", "--output", w.dir + "/salida"])
        #expect(batch.status == 0, "\(batch.stderr.prefix(300))")
        #expect(batch.stderr.contains("40 evaluadas, 0 inválidas (de 40 entradas)"), "\(batch.stderr)")
    }
}
