import AperturaSource

/// ArgumentParser writes its own words (usage errors, help headings) in English only. On a Spanish command line
/// they are put into Spanish here, in one place; the commands' own texts (help, `ValidationError`s) are
/// Spanish already and pass through. Each pattern is one of ArgumentParser's fixed sentences: one that is not
/// recognised (a new library version) stays in English rather than being garbled.
enum UsageText {
    static func localized(_ text: String, _ language: Language) -> String {
        guard language == .es else { return english(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { spanish(String($0)) }.joined(separator: "\n")
    }

    /// Help headings and annotations, then the first line of an error.
    private static func spanish(_ line: String) -> String {
        var line = line
        for (english, spanish) in headings where line.hasPrefix(english) {
            line = spanish + line.dropFirst(english.count)
        }
        for (english, spanish) in phrases {
            line = line.replacingOccurrences(of: english, with: spanish)
        }
        guard line.hasPrefix("Error: ") else { return line }
        return "Error: " + error(String(line.dropFirst("Error: ".count)))
    }

    private static let headings = [
        ("OVERVIEW:", "RESUMEN:"), ("USAGE:", "USO:"), ("ARGUMENTS:", "ARGUMENTOS:"), ("OPTIONS:", "OPCIONES:"),
        ("SUBCOMMANDS:", "SUBCOMANDOS:"), ("Usage:", "Uso:"), ("Help:", "Ayuda:"),
        ("  See 'apertura help <subcommand>' for detailed help.", "  Vea 'apertura help <subcomando>' para la ayuda de cada uno."),
    ]

    /// Annotations ArgumentParser adds inside lines; none of these English words occurs in the Spanish help texts.
    /// Help is wrapped before it is translated, so an annotation may end its line ("(default:" with the value on
    /// the next): the patterns do not include the space after the colon.
    private static let phrases = [
        ("Show help information.", "Muestra esta ayuda."), ("Show the version.", "Muestra la versión."), ("(values:", "(valores:"), ("default:", "por omisión:"),
        ("' for more information.", "' para más información."), ("  See 'apertura ", "  Vea 'apertura "),
    ]

    /// ArgumentParser's error sentences (MessageInfo and UsageGenerator), with the values they quote.
    private static func error(_ message: String) -> String {
        if let match = message.wholeMatch(of: /The value '(.*)' is invalid for '(.*)'\. Please provide one of (.*)\./) {
            return "el valor «\(match.1)» no es válido para «\(match.2)»: use \(choices(String(match.3)))"
        }
        if let match = message.wholeMatch(of: /The value '(.*)' is invalid for '(.*)'(.*)/) {
            // A long list of values follows on lines of their own ("  - x").
            let rest = match.3 == ". Please provide one of the following:" ? ": use uno de estos:" : match.3
            return "el valor «\(match.1)» no es válido para «\(match.2)»\(rest)"
        }
        if let match = message.wholeMatch(of: /Unknown option '(.*)'\. Did you mean '(.*)'\?/) {
            return "opción desconocida «\(match.1)»; ¿quiso decir «\(match.2)»?"
        }
        let simple: [(Regex<(Substring, Substring)>, String)] = [
            (/Unknown option '(.*)'/, "opción desconocida «%»"),
            (/Missing value for '(.*)'/, "falta el valor de «%»"),
            (/Missing expected argument '(.*)'/, "falta el argumento «%»"),
            (/Unexpected argument '(.*)'/, "argumento inesperado «%»"),
            (/Invalid option: (.*)/, "opción no válida: %"),
            (/Missing one of: (.*)/, "falta uno de: %"),
        ]
        for (pattern, spanish) in simple {
            if let match = message.wholeMatch(of: pattern) { return spanish.replacingOccurrences(of: "%", with: String(match.1)) }
        }
        if let match = message.wholeMatch(of: /(\d+) unexpected arguments: (.*)/) {
            return "\(match.1) argumentos inesperados: \(match.2)"
        }
        return message
    }

    /// "'a', 'b' or 'c'" as "uno de 'a', 'b' o 'c'"; ArgumentParser joins two values with "and" ("'es' and 'en'").
    private static func choices(_ list: String) -> String {
        guard let or = list.range(of: " or ", options: .backwards) ?? list.range(of: "' and '") else { return "uno de " + list }
        return "uno de " + list.replacingCharacters(in: or, with: list[or] == " or " ? " o " : "' o '")
    }

    /// ArgumentParser's English as it is, but for two choices, which it joins with "and": "Please provide one of
    /// 'es' and 'en'" reads "one of 'es' or 'en'", as it does for three.
    private static func english(_ text: String) -> String {
        text.replacing(/(Please provide one of '[^']*')( and )('[^']*'\.)/) { "\($0.1) or \($0.3)" }
    }
}
