import AperturaReports
import AperturaSource
import Foundation
import Rainbow

/// Where the command line writes: reports to stdout (or a file), diagnostics to stderr.
/// Colour only on a terminal and never when NO_COLOR is set (Rainbow honours NO_COLOR).
enum Console {
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) != 0
    static let stderrIsTerminal = isatty(STDERR_FILENO) != 0

    static func painter(enabled: Bool) -> Painter {
        guard enabled, ProcessInfo.processInfo.environment["NO_COLOR"].map({ $0.isEmpty }) ?? true else { return plainPainter }
        return { text, tone in
            switch tone {
            case .plain: text
            case .good: text.green
            case .bad: text.red
            case .warning: text.yellow
            case .muted: text.dim
            case .heading: text.bold
            case .error: text.magenta.bold
            }
        }
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func print(_ diagnostics: [Diagnostic], language: Language) {
        let paint = painter(enabled: stderrIsTerminal)
        for diagnostic in diagnostics {
            let tone: Tone = diagnostic.severity == .error ? .bad : diagnostic.severity == .warning ? .warning : .muted
            let lines = diagnostic.rendered(language).split(separator: "\n", omittingEmptySubsequences: false)
            err(paint(String(lines[0]), tone) + "\n")
            for line in lines.dropFirst() { err(String(line) + "\n") }
        }
    }
}
