import Foundation
import Testing
import TestSupport

/// A gap's `location` is where it is closed: the evidence field for missing evidence, the list whose items
/// lack an answer for a gap not reported, and no place at all when the missing answer is not written (the
/// answer read before it is another question's line).
@Suite struct GapLocationTests {

    @Test func missingEvidenceIsAtTheEvidenceField() throws {
        // Zapopan's agenda is published (line 25) but `documento: []` (line 27, column 16) is empty.
        let zapopan = try CLI.gaps("Examples/municipio-zapopan.yaml")
        #expect(zapopan["agenda_publicada"]?["outcome"] as? String == "missing_evidence")
        #expect(zapopan["agenda_publicada"]?["location"] as? String == "Examples/municipio-zapopan.yaml:27:16")
    }

    /// Missing evidence is closed by recording the evidence: the rule's remediation, which tells how to reach a
    /// goal the answer already reaches ("Elabore … un diagnóstico" for a published agenda), is for the other gaps.
    @Test func missingEvidenceSaysWhichEvidenceToRecord() throws {
        let zapopan = try CLI.gaps("Examples/municipio-zapopan.yaml")
        #expect(zapopan["agenda_publicada"]?["remediation"] as? String
            == "Publique el documento que respalda su respuesta y registre su enlace o su nombre en `agenda.documento`.")
        let partido = try CLI.gaps("Examples/partido-local-puebla.yaml")
        // Not reported (`respondidas_completas` left out): the answer to give first, then the rule's remediation.
        #expect((partido["solicitudes_completas"]?["remediation"] as? String)?.hasPrefix(
            "Primero responda en la autoevaluación lo que falta: `solicitudes.respondidas_completas`. Analice las respuestas incompletas") == true)
    }

    @Test func anUnwrittenAnswerHasNoPlace() throws {
        // The party leaves out `solicitudes.respondidas_completas`; it used to be placed at `recibidas` (22:16).
        let partido = try CLI.gaps("Examples/partido-local-puebla.yaml")
        #expect(partido["solicitudes_completas"]?["outcome"] as? String == "not_reported")
        #expect(partido["solicitudes_completas"]?["location"] == nil)
        #expect(partido["solicitudes_completas"]?["detail"] as? String == "sin respuesta: solicitudes.respondidas_completas")
    }

    @Test func anItemLackingAnAnswerIsAtItsList() throws {
        // Zapopan's first commitment without `especifico`: the list starts at line 29, column 7.
        let original = try CLI.read("Examples/municipio-zapopan.yaml")
        let edited = original.replacingOccurrences(of: "Mapa de obra pública con avance físico y financiero por colonia\n        especifico: true\n",
                                                   with: "Mapa de obra pública con avance físico y financiero por colonia\n")
        #expect(edited != original)
        let path = Scratch.url.appendingPathComponent("gap-location-\(UUID().uuidString).yaml").path
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let gaps = try CLI.gaps(path)
        #expect(gaps["compromisos_calidad"]?["outcome"] as? String == "not_reported")
        #expect(gaps["compromisos_calidad"]?["location"] as? String == "\(path):29:7")
    }
}
