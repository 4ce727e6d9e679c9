import AperturaReports
import AperturaSource
import ArgumentParser
import Foundation

@main
struct Apertura: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apertura",
        abstract: Bilingual.text("Evalúa autoevaluaciones de apertura institucional contra la Política de Apertura Institucional (PAI).", en: "Evaluates institutional-openness self-assessments against the Institutional Openness Policy (PAI)."),
        discussion: Bilingual.text("""
            Mensajes y reportes en español; en inglés con --lang en. Códigos de salida: 0 éxito; 1 nivel igual o \
            peor que --fail-on; 64 uso incorrecto; 65 entrada inválida; 70 error interno; 74 no se pudo escribir una \
            salida; 130 y 143 interrumpido (Ctrl-C, SIGTERM).
            """, en: """
            Messages and reports in Spanish; in English with --lang en. Exit codes: 0 success; 1 a level equal to or \
            worse than --fail-on; 64 wrong usage; 65 invalid input; 70 internal error; 74 an output could not be \
            written; 130 and 143 interrupted (Ctrl-C, SIGTERM).
            """),
        version: ToolVersion.current,
        subcommands: [ValidateCommand.self, EvaluateCommand.self, TemplateCommand.self, LintCommand.self, TestCommand.self, ExplainCommand.self, DiffCommand.self, SchemasCommand.self, BatchCommand.self, GenerateCommand.self]
    )

    /// Runs the command, keeping exit status 1 for non-compliance only: usage errors keep
    /// ArgumentParser's 64, an output that cannot be written is 74, and any other failure (a bug) is 70.
    static func main() {
        InterruptHandler.install()
        var parsed: ParsableCommand?
        do {
            var command = try parseAsRoot(HelpArguments.parsed(Array(CommandLine.arguments.dropFirst())))
            parsed = command
            try command.run()
        } catch let status as ExitCode {
            exit(withError: status)
        } catch let error as AtomicWriteError {
            Console.err("apertura: \(error.message(Console.argumentLanguage))\n")
            Foundation.exit(ExitStatus.cannotWrite.rawValue)
        } catch let error as StandardOutputError {
            Console.err("apertura: \(error.message(Console.argumentLanguage))\n")
            Foundation.exit(ExitStatus.cannotWrite.rawValue)
        } catch {
            if exitCode(for: error) == .failure {
                Console.err("apertura: \(error)\n")
                Foundation.exit(ExitStatus.internalError.rawValue)
            }
            // A usage error found while running (a rule that does not exist) is shown with the usage of the
            // command that ran, as one found while parsing is.
            if error is ValidationError, let parsed {
                let command = type(of: parsed)
                let name = command.configuration.commandName ?? ""
                // A usage error names files (`--output: 'x.yaml' is…`): a control character in a name is shown, not obeyed,
                // as in diagnostics.
                Console.err(HiddenCharacters.shown(UsageText.localized(
                    "Error: \(message(for: error))\nUsage: \(usageString(for: command))\n  See 'apertura \(name) --help' for more information.\n",
                    Console.argumentLanguage)))
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            exitLocalized(error)
        }
    }

    /// What `exit(withError:)` does (help on standard output, errors on standard error, the library's exit
    /// code), with ArgumentParser's own English words in the user's language.
    static func exitLocalized(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let text = UsageText.localized(fullMessage(for: error), Console.argumentLanguage)
        if !text.isEmpty {
            if code == .success { _ = try? Console.out(text + "\n") } else { Console.err(HiddenCharacters.shown(text) + "\n") }
        }
        Foundation.exit(code.rawValue)
    }
}
