import ArgumentParser

@main
struct Apertura: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apertura",
        abstract: "Evalúa autoevaluaciones de apertura institucional contra la Política de Apertura Institucional (PAI).",
        discussion: """
            Códigos de salida: 0 éxito; 1 incumplimiento en o por debajo de --fail-on; 64 uso incorrecto;
            65 entrada inválida; 70 error interno.
            """,
        subcommands: [ValidateCommand.self, EvaluateCommand.self, TemplateCommand.self, LintCommand.self, TestCommand.self, ExplainCommand.self, DiffCommand.self, SchemasCommand.self, BatchCommand.self, GenerateCommand.self]
    )
}
