import AperturaModel
import AperturaSource
import ArgumentParser

/// `--lang es|en`: Spanish by default.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Idioma de mensajes y reportes: es | en.")
    var lang: Language = .es
}

extension Language: ExpressibleByArgument {}

/// `--rules DIR` and `--policy FILE`; by default the bundled ones for the file's rule set.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: "Carpeta del conjunto de reglas (por omisión, Rules/<rule_set> del paquete).")
    var rules: String?

    @Option(name: .long, help: "Archivo de política de evaluación (por omisión, la de Policies/ para ese conjunto de reglas).")
    var policy: String?
}

/// `--as-of YYYY-MM-DD`.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Fecha de corte AAAA-MM-DD; elige la fase (por omisión, hoy).")
    var asOf: String?

    func day(_ language: Language = .es) throws -> Day {
        guard let asOf else { return Today.day() }
        guard let day = Day(asOf) else {
            throw ValidationError(language == .es ? "--as-of: «\(asOf)» no es una fecha AAAA-MM-DD" : "--as-of: '\(asOf)' is not a YYYY-MM-DD date")
        }
        return day
    }
}
