import AperturaBatch
import AperturaSource

/// A one-line progress bar on stderr, redrawn in place; used only when stderr is a terminal.
final class ProgressBar: Sendable {
    let language: Language
    let width = 30

    init(language: Language) { self.language = language }

    func show(_ progress: BatchProgress) {
        let total = max(progress.filesTotal, 1)
        let filled = min(width, progress.filesDone * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let label = language == .es ? "archivos" : "files"
        let tail = language == .es ? "evaluadas" : "evaluated"
        Console.err("\r[\(bar)] \(progress.filesDone)/\(progress.filesTotal) \(label), \(progress.evaluated) \(tail)")
    }

    func finish() { Console.err("\r\u{1B}[K") }
}
