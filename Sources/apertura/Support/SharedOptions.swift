import AperturaAuthoring
import AperturaLoader
import AperturaModel
import AperturaSource
import ArgumentParser

/// `--lang es|en`: Spanish by default.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: Bilingual.help("Idioma de mensajes y reportes: es | en.", en: "Language of messages and reports: es | en."))
    var lang: Language = .es
}

extension Language: ExpressibleByArgument {}

/// `--format` of `lint` and `validate`.
extension DiagnosticFormat: ExpressibleByArgument {}

/// `--rules DIR` and `--policy FILE`; by default the bundled ones for the file's rule set.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: Bilingual.help("Carpeta del conjunto de reglas (por omisión, Rules/<rule_set> del paquete).", en: "Rule set folder (by default, the package's Rules/<rule_set>)."))
    var rules: String?

    @Option(name: .long, help: Bilingual.help("Archivo de política de evaluación (por omisión, la de Policies/ para ese conjunto de reglas).", en: "Evaluation policy file (by default, the one in Policies/ for that rule set)."))
    var policy: String?
}

/// `--as-of YYYY-MM-DD`.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: Bilingual.help("Fecha de corte AAAA-MM-DD; elige la fase (por omisión, hoy).", en: "Cut-off date YYYY-MM-DD; picks the phase (today by default)."))
    var asOf: String?

    /// Checked while the command line is parsed, so that the usage shown is the command's own.
    func validate() throws {
        if let asOf, Day(asOf) == nil { throw Self.notADate(asOf, Console.argumentLanguage) }
    }

    func day(_ language: Language) throws -> Day {
        guard let asOf else { return Today.day() }
        guard let day = Day(asOf) else {
            throw Self.notADate(asOf, language)
        }
        return day
    }

    static func notADate(_ text: String, _ language: Language) -> ValidationError {
        // Written as a date but no day of the calendar: the form is right, the day is not.
        if let nonexistent = NonexistentDate(text) { return ValidationError("--as-of: " + nonexistent.message(language)) }
        // Written day first (30/02/2026) and no day of the calendar either: the loader's advice for such a date in a file.
        if let advice = ValueAdvice.impossibleDay(text) {
            return ValidationError((language == .es ? "--as-of: la fecha «\(text)» no existe: " : "--as-of: the date '\(text)' does not exist: ") + advice.text(language))
        }
        // A date written as in Mexico (30/06/2026) gets the form to write, as in a self-assessment.
        let hint = ValueAdvice.intendedDay(text).map { language == .es ? ": ¿quiso decir \($0)?" : ": did you mean \($0)?" } ?? ""
        return ValidationError((language == .es ? "--as-of: «\(text)» no es una fecha AAAA-MM-DD" : "--as-of: '\(text)' is not a YYYY-MM-DD date") + hint)
    }
}
