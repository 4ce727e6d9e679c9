import Testing

/// ArgumentParser's own words (usage errors, help headings) are in the user's language: Spanish by default,
/// English, as the library writes them, with `--lang en`.
@Suite struct SpanishUsageTextTests {
    @Test func anInvalidChoiceIsSaidInSpanish() throws {
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--format", "pdf"])
        #expect(r.status == 64)
        #expect(r.stderr == """
            Error: el valor «pdf» no es válido para «--format <format>»: use uno de 'text', 'json', 'markdown' o 'html'
            Ayuda:  --format <format>  Formato: text | json | markdown | html.
            Uso: apertura evaluate <file> [--rules <rules>] [--policy <policy>] [--as-of <as-of>] [--format <format>] [--view <view>] [--lang <lang>] [--output <output>] [--fail-on <fail-on>]
              Vea 'apertura evaluate --help' para más información.

            """, "\(r.stderr)")
        let english = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--format", "pdf", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.stderr.hasPrefix("Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'markdown' or 'html'.\nHelp:"),
                "\(english.stderr)")
    }

    @Test(arguments: [
        (["evaluate"], "Error: falta el argumento «<file>»\n"),
        (["evaluate", "x.yaml", "--formt", "json"], "Error: opción desconocida «--formt»; ¿quiso decir «--format»?\n"),
        (["evaluate", "x.yaml", "--bogus"], "Error: opción desconocida «--bogus»\n"),
        (["batch", "Examples", "--output"], "Error: falta el valor de «--output <output>»\n"),
        (["evaluate", "a.yaml", "b.yaml"], "Error: argumento inesperado «b.yaml»\n"),
        (["evaluate", "a.yaml", "b.yaml", "c.yaml"], "Error: 2 argumentos inesperados: 'b.yaml', 'c.yaml'\n"),
        (["evaluate", "a.yaml", "--view", "todo"], "Error: el valor «todo» no es válido para «--view <view>»: use uno de 'all', 'compliance' o 'gaps'\n"),
    ])
    func usageErrorsAreSaidInSpanish(_ arguments: [String], _ firstLine: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix(firstLine), "\(r.stderr)")
        #expect(r.stderr.contains("\nUso: apertura "), "\(r.stderr)")
        #expect(!r.stderr.contains("Usage:") && !r.stderr.contains("for more information"), "\(r.stderr)")
    }

    @Test func helpHeadingsAreInSpanish() throws {
        let r = try CLI.run(["evaluate", "--help"])
        #expect(r.status == 0)
        for heading in ["USO: apertura evaluate", "ARGUMENTOS:", "OPCIONES:", "(valores:\n                          text, json, markdown, html; por omisión: text)",
                        "-h, --help              Muestra esta ayuda."] {
            #expect(r.stdout.contains(heading), "\(heading) in \(r.stdout)")
        }
        for english in ["USAGE:", "OPTIONS:", "values:", "default:", "Show help information."] {
            #expect(!r.stdout.contains(english), "\(english) in \(r.stdout)")
        }
        let top = try CLI.run(["--help"])
        #expect(top.stdout.hasPrefix("RESUMEN: "), "\(top.stdout)")
        #expect(top.stdout.contains("SUBCOMANDOS:"))
        #expect(top.stdout.contains("\n  Vea 'apertura help <subcomando>' para la ayuda de cada uno.\n"), "\(top.stdout.suffix(120))")
        let english = try CLI.run(["evaluate", "--help", "--lang", "en"])
        #expect(english.stdout.contains("USAGE: apertura evaluate") && english.stdout.contains("Show help information."))
    }

    /// ArgumentParser wraps its help before it is put into Spanish, so an annotation can be cut at the end of a
    /// line: `schemas --help` had "(default:" at a line's end and " schemas)" on the next, left in English.
    @Test(arguments: ["validate", "evaluate", "template", "lint", "test", "explain", "diff", "schemas", "batch", "generate"])
    func noSubcommandHelpKeepsEnglishAnnotations(_ command: String) throws {
        let r = try CLI.run([command, "--help"])
        #expect(r.status == 0)
        for english in ["default:", "values:"] {
            #expect(!r.stdout.contains(english), "\(english) in \(r.stdout)")
        }
    }

    @Test func schemasHelpGivesItsDefaultFolderInSpanish() throws {
        let r = try CLI.run(["schemas", "--help"])
        #expect(r.stdout.contains("(por omisión:\n                          schemas)"), "\(r.stdout)")
    }

    /// The commands' own help texts are in the user's language too.
    @Test func helpTextsAreInTheUsersLanguage() throws {
        let spanish = try CLI.run(["evaluate", "--help"])
        #expect(spanish.stdout.hasPrefix("RESUMEN: Evalúa una autoevaluación: reporte de cumplimiento y de brechas.\n"), "\(spanish.stdout)")
        #expect(spanish.stdout.contains("  <file>                  La autoevaluación (YAML); - para leerla de la entrada\n                          estándar.\n"))
        #expect(spanish.stdout.contains("--format <format>       Formato: text | json | markdown | html."))
        let english = try CLI.run(["evaluate", "--help", "--lang", "en"])
        #expect(english.stdout.hasPrefix("OVERVIEW: Evaluates a self-assessment: compliance and gap report.\n"), "\(english.stdout)")
        #expect(english.stdout.contains("  <file>                  The self-assessment (YAML); - to read it from\n                          standard input.\n"))
        #expect(english.stdout.contains("--format <format>       Format: text | json | markdown | html."))
        #expect(!english.stdout.contains("Formato") && !english.stdout.contains("autoevaluación"), "\(english.stdout)")
        let top = try CLI.run(["--help", "--lang=en"])
        #expect(top.stdout.contains("Exit codes: 0"), "\(top.stdout)")
        #expect(top.stdout.contains("  batch                   Evaluates many self-assessments"), "\(top.stdout)")
    }
}
