public import AperturaModel
public import AperturaSource
import Foundation

/// A citation must say where in the document: an empty `section` cites nothing. For rule sets and
/// policies alike.
public enum CitationSectionCheck {
    public static func run(_ citations: [Citation]) -> [Diagnostic] {
        citations.filter { $0.section.trimmingCharacters(in: .whitespaces).isEmpty }.map { citation in
            .error("missing_citation", LocalizedText(es: "la cita de «\(citation.ref)» no indica la sección del documento",
                                                     en: "the citation of '\(citation.ref)' names no section of the document"),
                   at: citation.sectionRange ?? citation.range,
                   help: LocalizedText(es: "escriba en section dónde lo dice el documento, p. ej. section: \"Artículo 84\"",
                                       en: "write in section where the document says it, e.g. section: \"Art. 84\""))
        }
    }
}
