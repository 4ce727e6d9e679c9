import Foundation
import Testing
import TestSupport

/// `docs/GUIA-SUJETOS.md`, the guide for obligated subjects, shows real commands with their output; this suite runs
/// every one of them so that the guide cannot drift from the tool.
///
/// The guide's convention (also written in an HTML comment at its top):
/// - a fenced block opened with ```` ```sh ```` is run; one whose fence is preceded by the line
///   `<!-- guia: sin-ejecutar -->` is not (commands on the reader's own `mi-autoevaluacion.yaml`, or that write files);
/// - in a run block, a line `$ apertura ARGS...` is a command, run from the package root (no shell: no quotes, pipes
///   or redirections); `# salida: N` after it is the exit status it must give (0 when absent); other lines starting
///   with `#` are comments; a line that is only `…` abridges; every other line is output that must appear in what the
///   command prints (stdout and stderr), as a whole line, or, when it holds `…`, as a line holding its pieces in order
///   (a piece before the first `…` starts the line, one after the last ends it).
@Suite struct SubjectsGuideTests {
    static let guidePath = "docs/GUIA-SUJETOS.md"
    static let skipMarker = "<!-- guia: sin-ejecutar -->"
    static let ellipsis = "…"

    struct Command {
        var line: Int                    // 1-based line of the `$ apertura` line in the guide
        var arguments: [String]
        var status: Int32? = nil
        var shown: [(line: Int, text: String)] = []
    }

    struct Parsed {
        var commands: [Command] = []
        var skipped = 0                  // commands in blocks marked not to run
        var problems: [String] = []
    }

    /// Reads the guide's run blocks into commands; a line the convention does not allow is a problem.
    static func parse(_ text: String) -> Parsed {
        var parsed = Parsed()
        let lines = text.components(separatedBy: "\n")
        var inBlock = false, shell = false, run = false
        var previous = ""
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw.replacingOccurrences(of: "\r", with: "")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if inBlock {
                    inBlock = false
                } else {
                    inBlock = true
                    let info = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                    shell = info == "sh"
                    run = shell && previous != skipMarker
                }
                previous = trimmed
                continue
            }
            if !trimmed.isEmpty { previous = trimmed }
            guard inBlock else { continue }
            if !run {
                if shell && trimmed.hasPrefix("$ apertura") { parsed.skipped += 1 }
                continue
            }
            if trimmed.isEmpty || trimmed == ellipsis { continue }
            if line.hasPrefix("$") {
                guard line.hasPrefix("$ apertura ") else {
                    parsed.problems.append("\(guidePath):\(number): a command must be written `$ apertura ...`")
                    continue
                }
                let words = line.dropFirst(2).split(separator: " ").map(String.init)
                if let bad = words.first(where: { $0.contains(where: { "\"'|<>;&`$\\".contains($0) }) }) {
                    parsed.problems.append("\(guidePath):\(number): `\(bad)`: a command run by the test takes no quotes, pipes or redirections (mark its block \(skipMarker))")
                    continue
                }
                parsed.commands.append(Command(line: number, arguments: Array(words.dropFirst())))
            } else if line.hasPrefix("#") {
                let directive = "# salida:"
                guard line.hasPrefix(directive) else { continue }
                let value = line.dropFirst(directive.count).trimmingCharacters(in: .whitespaces)
                if parsed.commands.isEmpty || parsed.commands[parsed.commands.count - 1].status != nil {
                    parsed.problems.append("\(guidePath):\(number): `# salida:` must follow a command, once")
                } else if let status = Int32(value) {
                    parsed.commands[parsed.commands.count - 1].status = status
                } else {
                    parsed.problems.append("\(guidePath):\(number): `\(value)` is not an exit status")
                }
            } else if parsed.commands.isEmpty {
                parsed.problems.append("\(guidePath):\(number): output shown before any command")
            } else {
                parsed.commands[parsed.commands.count - 1].shown.append((number, line))
            }
        }
        if inBlock { parsed.problems.append("\(guidePath): a code block is not closed") }
        return parsed
    }

    /// Whether `actual` (one output line) is what the guide shows as `shown`.
    static func matches(_ shown: String, _ actual: String) -> Bool {
        let shown = trimmedEnd(shown), actual = trimmedEnd(actual)
        guard shown.contains(ellipsis) else { return shown == actual }
        let pieces = shown.components(separatedBy: ellipsis)
        var rest = Substring(actual)
        for (index, piece) in pieces.enumerated() where !piece.isEmpty {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 {
                return rest.hasSuffix(piece) && rest.count >= piece.count
            } else {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
        }
        return true
    }

    static func trimmedEnd(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }

    /// Runs one command and lists how it differs from what the guide says of it.
    static func check(_ command: Command) throws -> [String] {
        let result = try CLI.run(command.arguments)
        let place = "\(guidePath):\(command.line): apertura \(command.arguments.joined(separator: " "))"
        var problems: [String] = []
        let expected = command.status ?? 0
        if result.status != expected {
            problems.append("\(place): exit status \(result.status), the guide says \(expected)\n\(result.stderr)")
        }
        let output = (result.stdout + "\n" + result.stderr).components(separatedBy: "\n")
        for (line, text) in command.shown where !output.contains(where: { matches(text, $0) }) {
            problems.append("\(guidePath):\(line): not in the output of `apertura \(command.arguments.joined(separator: " "))`: \(text)")
        }
        return problems
    }

    static func guide() throws -> String { try CLI.read(guidePath) }

    @Test func everyCommandGivesTheStatusAndOutputTheGuideShows() throws {
        let parsed = Self.parse(try Self.guide())
        #expect(parsed.problems.isEmpty, "\(parsed.problems.joined(separator: "\n"))")
        // The guide walks through every command a subject uses; far fewer would mean the blocks were not found.
        #expect(parsed.commands.count >= 12, "\(parsed.commands.count) commands found")
        #expect(parsed.commands.filter { !$0.shown.isEmpty }.count >= 10)
        #expect(parsed.commands.contains { $0.status != nil && $0.status != 0 })
        for command in parsed.commands {
            let problems = try Self.check(command)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    /// The commands shown on the reader's own file are only a few, and use the same file name throughout.
    @Test func commandsNotRunAreFew() throws {
        let parsed = Self.parse(try Self.guide())
        #expect(parsed.skipped >= 1 && parsed.skipped <= 8, "\(parsed.skipped) commands not run")
    }

    // MARK: The check can fail

    static let sample = """
        Intro.

        ```sh
        $ apertura validate Examples/broken/clave-desconocida.yaml
        # salida: 65
        Examples/broken/clave-desconocida.yaml:14:5: error[unknown_key]: campo desconocido «instalada»
        …
        ```

        \(skipMarker)
        ```sh
        $ apertura validate mi-autoevaluacion.yaml > fuera.txt
        ```

        ```yaml
        $ apertura not-run: not a shell block
        ```

        ```sh
        $ apertura evaluate Examples/municipio-zapopan.yaml --as-of 2026-06-30
        # a comment
        Puntaje: 0.70 · Nivel: En desarrollo (umbrales propuestos)
        Razón simple: 13/17 reglas cumplidas (…)
        ```
        """

    @Test func theConventionIsRead() {
        let parsed = Self.parse(Self.sample)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.skipped == 1)
        #expect(parsed.commands.map(\.arguments.first) == ["validate", "evaluate"])
        #expect(parsed.commands.map(\.status) == [65, nil])
        #expect(parsed.commands.map(\.shown.count) == [1, 2])
        let bad = Self.parse("```sh\nsome output\n$ swift run apertura x\n$ apertura a | b\n# salida: x\n```\n```sh\n")
        #expect(bad.problems.count == 5, "\(bad.problems)")
    }

    @Test func abridgedLinesMatchTheirPiecesInOrder() {
        #expect(Self.matches("Razón simple: 13/17 reglas cumplidas (…)", "Razón simple: 13/17 reglas cumplidas (0.76)"))
        #expect(Self.matches("  Condición: … = true", "  Condición: solicitudes.recibidas > 0 (x:1:1) = true"))
        #expect(Self.matches("a … b … c", "a 1 b 2 c"))
        #expect(!Self.matches("a … c … b", "a 1 b 2 c"))
        #expect(!Self.matches("x: … = true", "  x: 1 = true"))      // the first piece starts the line
        #expect(!Self.matches("… = true", "x = true (ok)"))        // the last piece ends it
        #expect(!Self.matches("Puntaje: 0.70", "Puntaje: 0.70 · Nivel"))
        #expect(Self.matches("order: ", "order:"))
    }

    /// Changing a shown output line, a command or a stated status makes the check fail.
    @Test func aChangedGuideFails() throws {
        let parsed = Self.parse(Self.sample)
        let evaluate = parsed.commands[1], validate = parsed.commands[0]
        #expect(try Self.check(evaluate).isEmpty)
        #expect(try Self.check(validate).isEmpty)

        var line = evaluate
        line.shown[0].text = "Puntaje: 0.71 · Nivel: En desarrollo"
        #expect(try Self.check(line).count == 1)

        var command = evaluate
        command.arguments = ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2029-06-30"]
        #expect(try !Self.check(command).isEmpty)

        var option = validate
        option.arguments.append("--no-such-option")
        #expect(try !Self.check(option).isEmpty)

        var status = validate
        status.status = 0
        #expect(try Self.check(status).count == 1)
    }

    /// The same holds of the guide itself: its first command with output, run in English, shows none of it.
    @Test func theGuideItselfCanFail() throws {
        let parsed = Self.parse(try Self.guide())
        guard var first = parsed.commands.first(where: { !$0.shown.isEmpty }) else {
            Issue.record("no command with output in the guide")
            return
        }
        first.arguments += ["--lang", "en"]
        #expect(try Self.check(first).count >= 1)
    }
}
