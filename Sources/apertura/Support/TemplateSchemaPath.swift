import AperturaEngine
import AperturaSource
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the template's editor-schema line points by default: the installed schema of the rule set (or, for a
/// rule set without one, the schema of any rule set), from the folder the template is written to, so that the
/// editor finds it. That folder is the one of the file standard output goes to (`apertura template > a.yaml`),
/// else the current one. A fixed `../schemas/...` only held for files one level inside the repository.
enum TemplateSchemaPath {
    static func path(ruleSetID: String) -> String? {
        let candidates = ["schemas/\(ruleSetID).self-assessment.schema.json", "schemas/self-assessment.schema.json"]
        guard let schema = candidates.lazy.compactMap({ SystemPath.realPath(Workspace.bundled($0)) }).first,
              let folder = outputFolder() else { return nil }
        return relative(from: folder, to: schema)
    }

    /// The folder of the file standard output was redirected to, else the current folder (a terminal, a pipe).
    static func outputFolder() -> String? {
        var info = stat()
        if fstat(STDOUT_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let file = SystemPath.realPath("/proc/self/fd/1") {
            return (file as NSString).deletingLastPathComponent
        }
        return SystemPath.realPath(".")
    }

    /// `file` as a path from `folder` (both absolute); the absolute path itself when they share nothing but the
    /// root, where a path climbing to `/` and back would only be harder to read.
    static func relative(from folder: String, to file: String) -> String {
        let base = folder.split(separator: "/"), target = file.split(separator: "/")
        var common = 0
        while common < base.count, common < target.count - 1, base[common] == target[common] { common += 1 }
        guard common > 0 else { return file }
        return (Array(repeating: "..", count: base.count - common) + target[common...].map(String.init)).joined(separator: "/")
    }
}
