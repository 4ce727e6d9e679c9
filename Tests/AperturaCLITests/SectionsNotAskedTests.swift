import Foundation
import TestSupport
import Testing

/// The PAI policy leaves the open-data objective out for parties and unions in the start phase (Policies/pai-inicio.yaml,
/// `applicability`): no rule that applies to them then reads `datos_abiertos`, so neither `validate` nor the template
/// asks them for it on a date of that phase (PhaseLimitedExemptionTests: from the consolidation phase on they are
/// asked). Every other kind is still asked.
@Suite struct SectionsNotAskedTests {
    @Test func aUnionWithoutOpenDataIsValid() throws {
        // Sonora's union, as bundled, answers no datos_abiertos at all.
        let r = try CLI.run(["validate", "Examples/sindicato-sonora.yaml", "--as-of", "2026-06-30"])
        #expect(!(try CLI.read("Examples/sindicato-sonora.yaml")).contains("datos_abiertos"))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("datos_abiertos"))
    }

    @Test func aMunicipioWithoutOpenDataIsStillAsked() throws {
        // Zapopan with its datos_abiertos section (from its key, line 117, to the next section's) cut out.
        let text = try CLI.read("Examples/municipio-zapopan.yaml")
        var lines = text.components(separatedBy: "\n")
        let next = try #require(lines.firstIndex(of: "  obligaciones:"))
        #expect(lines[116] == "  datos_abiertos:" && next > 116)
        lines.removeSubrange(116..<next)
        let file = try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [(text, lines.joined(separator: "\n"))])
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        #expect(r.stderr.contains("error[missing_answer]: falta la respuesta «datos_abiertos.conjuntos»"), "\(r.stderr)")
    }

    /// Zapopan without its datos_abiertos section, with `population` (line 13) set to `population` or left out.
    func zapopanWithoutOpenData(population: String?) throws -> String {
        let text = try CLI.read("Examples/municipio-zapopan.yaml")
        var lines = text.components(separatedBy: "\n")
        let next = try #require(lines.firstIndex(of: "  obligaciones:"))
        #expect(lines[116] == "  datos_abiertos:" && lines[12] == "  population: 1476491")
        lines.removeSubrange(116..<next)
        if let population { lines[12] = "  population: \(population)" } else { lines.remove(at: 12) }
        return try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [(text, lines.joined(separator: "\n"))])
    }

    /// The open-data rules apply to a municipio only from 70,000 inhabitants (`institution.population >= 70000`,
    /// Rules/pai/rules/datos_abiertos.yaml): one of 25,130 was asked for a section nothing would judge.
    @Test func aSmallMunicipioIsNotAskedForOpenData() throws {
        let file = try zapopanWithoutOpenData(population: "25130")
        let r = try CLI.run(["validate", file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("datos_abiertos"), "\(r.stderr)")
        // At 70,000 the rules apply, and the section is asked.
        let large = try CLI.run(["validate", try zapopanWithoutOpenData(population: "70000")])
        #expect(large.status == 65)
        #expect(large.stderr.contains("error[missing_answer]: falta la respuesta «datos_abiertos.conjuntos»"), "\(large.stderr)")
    }

    /// Leaving the population out exempts no one (`!has(institution.population)` keeps the rules in scope).
    @Test func aMunicipioThatGivesNoPopulationIsStillAsked() throws {
        let r = try CLI.run(["validate", try zapopanWithoutOpenData(population: nil)])
        #expect(r.status == 65)
        #expect(r.stderr.contains("error[missing_answer]: falta la respuesta «datos_abiertos.conjuntos»"), "\(r.stderr)")
    }

    @Test func aUnionStillGetsTheErrorsOfWhatItWrites() throws {
        // A union that does write datos_abiertos has it checked like any answer.
        let file = try CLI.copy("Examples/sindicato-sonora.yaml", replacing: [("  obligaciones:\n", "  datos_abiertos:\n    conjuntos: muchos\n  obligaciones:\n")])
        let r = try CLI.run(["validate", file, "--as-of", "2026-06-30"])
        #expect(r.status == 65)
        // "    conjuntos: muchos" is line 45 of the copy (Sonora's `obligaciones:` was line 44); its value at column 16.
        #expect(r.stderr.contains("\(file):45:16: error[type_mismatch]: se esperaba una lista"), "\(r.stderr)")
    }

    @Test func theTemplateLeavesItOutAndSaysSo() throws {
        for kind in ["sindicato", "partido"] {
            let r = try CLI.run(["template", "--kind", kind, "--schema", "none", "--as-of", "2026-06-30"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.contains("  datos_abiertos:\n"), "\(kind)")
            // Left out only in phase inicio (the policy's entry is limited to it): the note says so, and from when.
            #expect(r.stdout.hasSuffix("  # No se piden a este tipo de institución en la fase «Inicio» (exención temporal propuesta por la política; se piden desde el 2028-01-01): Datos abiertos (datos_abiertos)\n"), "\(kind)")
        }
        let english = try CLI.run(["template", "--kind", "sindicato", "--schema", "none", "--lang", "en", "--as-of", "2026-06-30"])
        #expect(english.stdout.hasSuffix("  # Not asked of this kind of institution in phase 'Start' (temporary exemption proposed by the policy; asked from 2028-01-01): Open data (datos_abiertos)\n"), "\(english.stdout.suffix(200))")
        for kind in ["municipio", "universidad", "fideicomiso"] {
            let r = try CLI.run(["template", "--kind", kind, "--schema", "none"])
            #expect(r.stdout.contains("  datos_abiertos:\n"), "\(kind)")
            #expect(!r.stdout.contains("No se piden"), "\(kind)")
        }
    }
}
