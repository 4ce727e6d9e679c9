import AperturaSource
import Foundation

/// Expands the paths given on the command line into input files, in a stable order: each argument in
/// the order given, a directory's files recursively in byte order of their paths.
public enum InputDiscovery {
    /// Extensions taken from directories; other files there (README, images) are not inputs.
    public static let yamlExtensions: Set<String> = ["yaml", "yml"]
    public static let csvExtensions: Set<String> = ["csv"]

    /// The files, and one `file_unreadable` error for each path that does not exist.
    public static func expand(_ paths: [String]) -> (files: [BatchInputFile], failures: [BatchFailure]) {
        var files: [BatchInputFile] = []
        var failures: [BatchFailure] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(BatchFailure(file: path, line: nil, diagnostics: [
                    .error("file_unreadable", LocalizedText(es: "no existe el archivo o la carpeta «\(path)»",
                                                            en: "no such file or folder '\(path)'"),
                           at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1))),
                ]))
                continue
            }
            if isDirectory.boolValue {
                files += directoryFiles(path)
            } else {
                files.append(BatchInputFile(path: path, kind: kind(of: path, fromDirectory: false) ?? .yaml))
            }
        }
        return (files, failures)
    }

    static func kind(of path: String, fromDirectory: Bool) -> BatchInputFile.Kind? {
        let ext = (path as NSString).pathExtension.lowercased()
        if csvExtensions.contains(ext) { return .csv }
        if yamlExtensions.contains(ext) { return .yaml }
        return fromDirectory ? nil : .yaml
    }

    static func directoryFiles(_ directory: String) -> [BatchInputFile] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            // Hidden files (editor backups, our own temporary outputs) are not inputs.
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            found.append(full)
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .compactMap { path in kind(of: path, fromDirectory: true).map { BatchInputFile(path: path, kind: $0) } }
    }
}
