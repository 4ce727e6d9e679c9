import AperturaSource
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output option (`--output`, `--junit`) naming one of the files the command reads would replace that file
/// (a rule file, a policy, a test file) with the result: refused before anything is written, as `evaluate`
/// refuses to write its report over the self-assessment.
enum OutputNotInput {
    /// The stable code a refusal ends with, as `batch` says its own (an input that is its output folder).
    static let code = "output_is_input"

    /// `inputs` is only worked out when `output` is an existing regular file: a new file cannot be one that is
    /// read, and a device (`--output /dev/stdout` while reading `/dev/stdin`, both the terminal) is written in place.
    /// `folders` are searched for YAML files at any depth: a new YAML file written in one of them would be read
    /// as a rule file, a policy, a test file or a self-assessment the next time (and break the rule set it lands in).
    static func check(_ output: String?, option: String, inputs: () -> [String], folders: () -> [String] = { [] }, language: Language) throws {
        guard let output else { return }
        // An empty name (`--output "$SALIDA"` with the variable unset) names no file: a usage error, not a failed write.
        if output.isEmpty {
            throw ValidationError(language == .es ? "\(option): el nombre del archivo está vacío: escriba la ruta del archivo que se escribe [empty_output]"
                                                  : "\(option): the file name is empty: write the path of the file to write [empty_output]")
        }
        if SystemPath.status(output) == nil, let folder = folderReading(output, among: folders) {
            throw ValidationError(language == .es
                ? "\(option): «\(output)» quedaría en «\(folder)», cuyos archivos YAML lee este comando: la próxima vez se leería como uno de ellos; elija otro nombre o carpeta"
                : "\(option): '\(output)' would be in '\(folder)', whose YAML files this command reads: next time it would be read as one of them; choose another name or folder")
        }
        guard let info = SystemPath.status(output), info.st_mode & S_IFMT == S_IFREG,
              let input = inputs().first(where: { SameFile.check(output, $0) }) else { return }
        // The file read is named only when it is spelt otherwise (a link, `./`); `-` is standard input redirected from it.
        if input == "-" {
            throw ValidationError(language == .es
                ? "\(option): «\(output)» es el archivo que este comando lee por la entrada estándar, y el resultado lo reemplazaría: elija otro archivo [\(code)]"
                : "\(option): '\(output)' is the file this command reads on standard input, and the result would replace it: choose another file [\(code)]")
        }
        let (es, en) = input == output ? ("es un archivo", "is a file") : ("es «\(input)», un archivo", "is '\(input)', a file")
        throw ValidationError(language == .es
            ? "\(option): «\(output)» \(es) que este comando lee, y el resultado lo reemplazaría: elija otro archivo [\(code)]"
            : "\(option): '\(output)' \(en) that this command reads, and the result would replace it: choose another file [\(code)]")
    }

    /// A pipe's origin cannot be known (`cat a.yaml | apertura evaluate - --output a.yaml`), but what came through it
    /// can: an existing regular file whose content is exactly `read` (the bytes of standard input) is, most likely,
    /// the file piped, and the result would replace it. Sizes are compared first, so that no other file is read.
    static func checkNotStandardInput(_ output: String?, read: [UInt8]?, option: String, language: Language) throws {
        guard let output, let read, let info = SystemPath.status(output), info.st_mode & S_IFMT == S_IFREG,
              Int(info.st_size) == read.count, let data = FileManager.default.contents(atPath: output), [UInt8](data) == read else { return }
        throw ValidationError(language == .es
            ? "\(option): «\(output)» tiene exactamente lo que se leyó de la entrada estándar (la autoevaluación misma, muy probablemente enviada desde ese archivo por una tubería), y el resultado lo reemplazaría: elija otro archivo [\(code)]"
            : "\(option): '\(output)' holds exactly what was read from standard input (the self-assessment itself, most likely piped from that file), and the result would replace it: choose another file [\(code)]")
    }

    /// The folder of `folders` that holds the YAML-named `output` at some depth, compared by real path (the
    /// output's own folder exists, the file does not yet).
    private static func folderReading(_ output: String, among folders: () -> [String]) -> String? {
        guard output.hasSuffix(".yaml") || output.hasSuffix(".yml"),
              let parent = SystemPath.realPath(PathText.directory(of: output).isEmpty ? "." : PathText.directory(of: output)) else { return nil }
        return folders().first { folder in
            guard let real = SystemPath.realPath(folder) else { return false }
            return parent == real || parent.hasPrefix(real == "/" ? "/" : real + "/")
        }
    }
}
