/// `apertura help evaluate --lang en`: ArgumentParser's `help` subcommand takes no options and refused `--lang`,
/// so the English help that the top-level help points to ("See 'apertura help <subcommand>'") could not be had
/// that way. The language is read from the whole command line apart (`Console.argumentLanguage`); for `help`
/// the option is taken out before parsing.
enum HelpArguments {
    static func parsed(_ arguments: [String]) -> [String] {
        guard arguments.first == "help" else { return arguments }
        var kept: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex, ["es", "en"].contains(arguments[index + 1]) {
                index += 2
                continue
            }
            if argument == "--lang=es" || argument == "--lang=en" {
                index += 1
                continue
            }
            kept.append(argument)
            index += 1
        }
        return kept
    }
}
