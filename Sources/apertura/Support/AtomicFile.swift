import Foundation

/// Writes a file so that it is either complete or absent: into a temporary file beside it, then renamed.
enum AtomicFile {
    /// The output could not be written: said plainly, with the path and the system's reason.
    struct WriteFailure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "no se pudo escribir «\(path)» (cannot write): \(reason)" }
    }

    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw WriteFailure(path: path, reason: error.localizedDescription)
        }
    }
}
