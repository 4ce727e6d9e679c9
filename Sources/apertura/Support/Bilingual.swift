import AperturaSource
import ArgumentParser

/// Help texts in the language of the command line (`--lang`, read before parsing): ArgumentParser reads them
/// when it builds a command, so each is chosen then. Spanish by default, as every other message.
enum Bilingual {
    static func help(_ es: String, en: String) -> ArgumentHelp { ArgumentHelp(text(es, en: en)) }

    static func text(_ es: String, en: String) -> String { Console.argumentLanguage == .es ? es : en }
}
