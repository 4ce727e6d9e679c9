import Foundation
import Testing
import TestSupport

/// `validate` warns of an evidence field left empty in a section that reports something to back, so that
/// "válido" does not hide what `evaluate` will call "falta evidencia".
@Suite struct EmptyEvidenceTests {
    /// Every "missing evidence" outcome worked out by hand in `Examples/expected/*.outcomes.yaml` is announced by
    /// `validate`, at the evidence field, with the file still valid.
    @Test func everyExpectedMissingEvidenceIsWarnedOf() throws {
        let folder = SharedData.packageRoot.appendingPathComponent("Examples/expected").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".outcomes.yaml") }.sorted()
        var checked = 0
        for name in names {
            let outcomes = try CLI.read("Examples/expected/\(name)")
            let fields = outcomes.split(separator: "\n").compactMap { line -> [String]? in
                guard let start = line.range(of: "evidence_missing: [")?.upperBound, let end = line[start...].firstIndex(of: "]") else { return nil }
                return line[start..<end].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }.flatMap { $0 }
            guard !fields.isEmpty else { continue }
            let example = "Examples/" + name.dropLast(".outcomes.yaml".count) + ".yaml"
            let r = try CLI.run(["validate", example])
            #expect(r.status == 0, "\(example): \(r.stderr)")
            for field in fields {
                #expect(r.stderr.contains("advertencia[empty_evidence]: la evidencia «\(field)» está vacía"), "\(example): \(field)\n\(r.stderr)")
                checked += 1
            }
        }
        // fideicomiso-manglares, judicial-oaxaca, municipio-tlalnelhuayocan (participacion.minutas for two rules:
        // mecanismos_operando and the mecanismos_con_minuta check), municipio-zapopan, universidad-queretaro.
        #expect(checked == 6)
    }

    @Test func aSectionThatReportsNothingHasNothingToBack() throws {
        // Tlalnelhuayocan: no Comité (instalado: false, all counts 0), no agenda, no practices, no data sets; but a
        // mechanism in operation whose minutes are not published (participacion.minutas: [] at 35:14). Its
        // follow-up reports (informes: [] at 36:15) are not asked for: the mechanism published none
        // (informe_seguimiento: false), so mecanismos_seguimiento is 0, short of every phase's goal (outcomes file).
        let r = try CLI.run(["validate", "Examples/municipio-tlalnelhuayocan.yaml"])
        let warned = r.stderr.split(separator: "\n").filter { $0.contains("[empty_evidence]") }.map { $0.split(separator: " ")[0] }
        #expect(warned == ["Examples/municipio-tlalnelhuayocan.yaml:35:14:"], "\(r.stderr)")
        #expect(r.stderr.hasSuffix("Examples/municipio-tlalnelhuayocan.yaml: válido, con 1 advertencia\n"))
        #expect(r.status == 0)
    }

    @Test func aValidFileSaysItsWarnings() throws {
        // Zapopan published its agenda without recording the document: one warning, and still valid.
        let es = try CLI.run(["validate", "Examples/municipio-zapopan.yaml"])
        #expect(es.stderr.hasSuffix("Examples/municipio-zapopan.yaml: válido, con 1 advertencia\n"))
        let en = try CLI.run(["validate", "Examples/municipio-zapopan.yaml", "Examples/ejecutivo-federal-semarnat.yaml", "--lang", "en"])
        #expect(en.stderr.contains("Examples/municipio-zapopan.yaml: valid, with 1 warning\nExamples/ejecutivo-federal-semarnat.yaml: valid\n"))
        #expect(en.status == 0)
    }

    @Test func anEmptyKeyIsPointedAtAndEveryRuleNamed() throws {
        // Zapopan with the acta left as the template leaves it: `acta:` on line 23, column 5. Two rules ask for it.
        let text = try CLI.read("Examples/municipio-zapopan.yaml")
            .replacingOccurrences(of: "    acta: [\"https://www.zapopan.gob.mx/transparencia/comite-apertura/acta-instalacion.pdf\"]\n", with: "    acta:\n")
        let path = Scratch.url.appendingPathComponent("empty-evidence-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let es = try CLI.run(["validate", path])
        #expect(es.stderr.contains("\(path):23:5: advertencia[empty_evidence]: la evidencia «comite.acta» está vacía: la piden las reglas «Comité de Apertura instalado», «Comité de Apertura con integración plural»; sin ella, esas reglas cuentan como «falta evidencia», no como cumplida, aunque la respuesta alcance la meta\n"), "\(es.stderr)")
        let en = try CLI.run(["validate", path, "--lang", "en"])
        #expect(en.stderr.contains("\(path):23:5: warning[empty_evidence]: the evidence 'comite.acta' is empty: rules "), "\(en.stderr)")
        #expect(en.stderr.contains(" require it; without it, those rules count as 'missing evidence', not met, even when the answer reaches the goal\n"))
        #expect(en.status == 0)
    }
}
