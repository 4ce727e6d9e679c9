import AperturaEngine
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// "N/A", "pendiente" or "-" in an evidence list is no evidence: a goal reached with nothing else for
/// evidence is "missing evidence", not met (and `validate` warns of each such entry).
@Suite struct PlaceholderEvidenceTests {
    /// Zapopan's outcome for `agenda_publicada` (agenda published, evidence `agenda.documento`) with that list.
    func agendaOutcome(documents: String) throws -> Outcome {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let text = try String(contentsOfFile: Fixtures.path("Examples/municipio-zapopan.yaml"), encoding: .utf8)
        let original = "    documento: []                 # publicada, pero no se registró el enlace"
        #expect(text.contains(original))
        let file = try Fixtures.temporaryDirectory() + "/zapopan.yaml"
        try Fixtures.write(text.replacingOccurrences(of: original, with: "    documento: \(documents)"), to: file)
        let assessment = try #require(Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: false).0.first)
        let evaluation = try evaluator.evaluate(assessment, asOf: try #require(Day("2026-06-30")))
        return try #require(evaluation.outcomes.first { $0.rule.rawValue == "agenda_publicada" }).outcome
    }

    @Test func placeholdersAloneAreMissingEvidence() throws {
        #expect(try agendaOutcome(documents: "[]").code == "missing_evidence")
        #expect(try agendaOutcome(documents: "[\"N/A\"]").code == "missing_evidence")
        #expect(try agendaOutcome(documents: "[\"Pendiente.\", \"-\", \"no aplica\"]").code == "missing_evidence")
    }

    /// A line drawn by hand is no evidence either: dashes a word processor made of `-`, and dots.
    @Test(arguments: ["—", "–", "---", "...", "…", "___", " — "])
    func dashesAndDotsAreMissingEvidence(_ entry: String) throws {
        #expect(try agendaOutcome(documents: "[\"\(entry)\"]").code == "missing_evidence")
    }

    /// What offices write while the document is still to come or does not exist, accents and case aside.
    @Test(arguments: ["En trámite", "Próximamente", "por publicar", "Pendiente de publicar", "Sin liga", "sin información",
                      "No existe", "No se tiene", "No se cuenta con", "Ninguna evidencia", "0"])
    func wordsForADocumentToComeAreMissingEvidence(_ entry: String) throws {
        #expect(try agendaOutcome(documents: "[\"\(entry)\"]").code == "missing_evidence")
    }

    /// The longest word ("pendiente de publicar", 21 letters) with the dots after it that are ignored: 24 bytes.
    @Test func theLongestWordWithItsDotsIsMissingEvidence() throws {
        #expect(try agendaOutcome(documents: "[\"Pendiente de publicar...\"]").code == "missing_evidence")
    }

    /// The spaces and dots around a placeholder are not part of it, however many there are: they made it too
    /// long to be looked at, and "Pendiente de publicar ...." counted as evidence.
    /// (Also with a non-ASCII space around it, or only before it: entries over 24 bytes are let go at once only
    /// when neither end can be trimmed.)
    @Test(arguments: ["Pendiente de publicar ....", "N/A" + String(repeating: " ", count: 30), "  pendiente..........................",
                      "N/A" + String(repeating: "\u{00A0}", count: 20), String(repeating: " ", count: 30) + "pendiente"])
    func aPlaceholderWithMuchAroundItIsMissingEvidence(_ entry: String) throws {
        #expect(try agendaOutcome(documents: "[\"\(entry)\"]").code == "missing_evidence")
    }

    /// The form's own example link is no link: the `empty_evidence` help writes `["https://…"]` and the guide
    /// `"https://…/acta.pdf"`; a scheme alone, or a link with an ellipsis for what was left out, opens nothing.
    /// (Those over 24 bytes went by the quick "a long entry is a link" exit, which let every one of them count.)
    @Test(arguments: ["https://…", "https://...", "https://", "http://", "https://…/acta.pdf", "www", "www.", "HTTPS://…",
                      "  https://…  ", "https://www.", "https://.../acta.pdf", "https://transparencia.jalisco.gob.mx/…/acta.pdf",
                      "https://transparencia.jalisco.gob.mx/.../acta.pdf", "https://transparencia.jalisco.gob.mx/...",
                      "https://transparencia.jalisco.gob.mx/documentos/acta-de-instalacion...", "https://transparencia....gob.mx/acta.pdf"])
    func anExampleLinkIsMissingEvidence(_ entry: String) throws {
        #expect(try agendaOutcome(documents: "[\"\(entry)\"]").code == "missing_evidence")
    }

    /// A row of x's, as a hurried hand fills a field.
    @Test(arguments: ["xxx", "XX", "xxxx"])
    func aRowOfXsIsMissingEvidence(_ entry: String) throws {
        #expect(try agendaOutcome(documents: "[\"\(entry)\"]").code == "missing_evidence")
    }

    /// Real links stay evidence, three dots inside a file's name too: a file may be named so, and counting a real
    /// link as none would cost its rule (`ExampleLink`).
    @Test(arguments: ["https://transparencia.jalisco.gob.mx/acta.pdf", "www.zapopan.gob.mx/agenda.pdf", "http://x.mx",
                      "https://transparencia.jalisco.gob.mx/informe...final.pdf", "https://zapopan.gob.mx/agenda.pdf."])
    func aRealLinkIsEvidence(_ entry: String) throws {
        #expect(try agendaOutcome(documents: "[\"\(entry)\"]").code == "met")
    }

    @Test func aNameWithADashIsEvidence() throws {
        #expect(try agendaOutcome(documents: "[\"Agenda 2025 — versión pública.pdf\"]").code == "met")
    }

    @Test func aRealEntryBesideThemCounts() throws {
        #expect(try agendaOutcome(documents: "[\"N/A\", \"https://zapopan.gob.mx/agenda-2025.pdf\"]").code == "met")
        // A document's name that merely holds such a word is evidence.
        #expect(try agendaOutcome(documents: "[\"Agenda pendiente de firma.pdf\"]").code == "met")
    }
}
