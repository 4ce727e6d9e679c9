import AperturaEngine
import AperturaModel
public import AperturaSource

/// One input that could not be evaluated (a file, a document of a stream, a CSV row) and why.
public struct BatchFailure: Sendable, Hashable, Error {
    /// The file it came from.
    public var file: String
    /// The line where the input starts (a document, a row); nil for a whole file.
    public var line: Int?
    /// The errors found, sorted; never empty.
    public var diagnostics: [Diagnostic]
    /// The institution id, when it could be read all the same: the input is then that institution's first
    /// appearance, and a later self-assessment of it a repeat.
    public var institutionID: String?
    /// The line of that id, where a repeat's message says the institution first appeared.
    public var institutionIDLine: Int?
    /// For the error that ended a table (a quote left open, a record over 1 MiB): the lines with text of the rest of
    /// it, which were not read (`counts.unread_lines`).
    public var unreadLines = 0

    public init(file: String, line: Int?, diagnostics: [Diagnostic], institutionID: String? = nil, institutionIDLine: Int? = nil,
                unreadLines: Int = 0) {
        self.file = file
        self.line = line
        self.diagnostics = diagnostics
        self.institutionID = institutionID
        self.institutionIDLine = institutionIDLine
        self.unreadLines = unreadLines
    }
}

extension BatchFailure {
    /// A file with no self-assessment in it.
    public static func emptyFile(_ path: String) -> BatchFailure {
        BatchFailure(file: path, line: 1, diagnostics: [
            .error("empty_document", LocalizedText(es: "el archivo no contiene ninguna autoevaluación", en: "the file holds no self-assessment"),
                   at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1))),
        ])
    }

    /// An institution that already appeared earlier in the run (at `first`): counted once, the first time. When that
    /// first input could not be evaluated, the message says so: the institution is then in errors.csv only. An id
    /// written otherwise than the first (`so-jal-01120 ` for `SO-JAL-01120`) is said with the first's, and how ids
    /// are compared. A repeat that leaves fewer rules not reported than the first (`unreported` against the first's,
    /// as a cut copy that sorts first and a whole one) is told so: it may be the copy to keep.
    static func duplicateInstitution(_ id: String, at place: SourceLocation, first: FirstEvaluations.First, unreported: Int) -> BatchFailure {
        let es = "la institución «\(id)»", en = "institution '\(id)'"
        // The first's id as written, when this one writes it otherwise: "…, escrita «SO-JAL-01120»".
        let (writtenES, writtenEN) = !first.writtenOtherwise ? ("", "")
            : first.writtenAs.map { (", escrita «\($0)»", ", written '\($0)'") } ?? (", escrita de otro modo", ", written otherwise")
        let message = first.invalid
            ? LocalizedText(es: "\(es) ya apareció en \(HiddenCharacters.shownName(first.file)):\(first.line)\(writtenES), una entrada inválida que no se pudo evaluar (sus errores están en errors.csv); cuenta una sola vez",
                            en: "\(en) already appeared at \(HiddenCharacters.shownName(first.file)):\(first.line)\(writtenEN), an invalid input that could not be evaluated (its errors are in errors.csv); it counts once")
            : LocalizedText(es: "\(es) ya se evaluó en \(HiddenCharacters.shownName(first.file)):\(first.line)\(writtenES); cuenta una sola vez",
                            en: "\(en) was already evaluated at \(HiddenCharacters.shownName(first.file)):\(first.line)\(writtenEN); it counts once")
        var help = first.invalid
            ? LocalizedText(es: "corrija la primera autoevaluación y deje una sola por institución", en: "correct the first self-assessment and keep one per institution")
            : LocalizedText(es: "deje una sola autoevaluación por institución, o corrija su clave", en: "keep one self-assessment per institution, or correct its id")
        if !first.invalid, unreported < first.unreported {
            help = LocalizedText(
                es: "esta copia deja \(CountText.of(unreported, "regla", "reglas")) sin reportar, la primera \(first.unreported): si esta es la buena, quite la primera o corrija su clave",
                en: "this copy leaves \(CountText.of(unreported, "rule", "rules")) not reported, the first \(first.unreported): if this is the right one, remove the first or correct its id")
        }
        if first.writtenOtherwise {
            help = LocalizedText(es: "las claves se comparan sin los espacios de los extremos, sin distinguir mayúsculas de minúsculas y con todo guion como «-»: " + help.es,
                                 en: "ids are compared without the spaces at their ends, regardless of case, and with every dash as '-': " + help.text(.en))
        }
        return BatchFailure(file: place.file, line: place.line, diagnostics: [
            .error("duplicate_institution", message, at: SourceRange(at: place), help: help),
        ])
    }

    /// The as-of date falls in no phase of the policy.
    public static func noPhase(_ failure: Evaluator.Failure) -> Diagnostic {
        .error(Evaluator.Failure.code, failure.message, at: nil)
    }
}
