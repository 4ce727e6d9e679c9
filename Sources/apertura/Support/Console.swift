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

    /// Throws when standard output cannot take the text (a full disk): `main` exits 74, not a crash.
    static func out(_ text: String) throws {
        if let code = write(text, to: STDOUT_FILENO) { throw StandardOutputError(reason: AtomicWriteError.reason(code)) }
    }

    /// Diagnostics that cannot be written are lost: there is nowhere left to say so.
    /// The `--lang` of the command line, for a message written after the command's own options are gone
    /// (an output that could not be written, caught at the top).
    static var argumentLanguage: Language {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" || (argument == "--lang" && index + 1 < arguments.count && arguments[index + 1] == "en") { return .en }
        }
        return .es
    }

    static func err(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` (FileHandle.write traps on a failed write); the `errno` of the write that failed.
    private static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
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

/// Standard output refused the report (a full disk, a closed descriptor): exit status 74, like a file. Said in
/// the user's language, as a file that cannot be written is.
struct StandardOutputError: Error, CustomStringConvertible {
    let reason: LocalizedText

    func message(_ language: Language) -> String {
        language == .es ? "no se pudo escribir la salida estándar: \(reason.es)" : "could not write to standard output: \(reason.text(.en))"
    }

    var description: String { message(.es) }
}
