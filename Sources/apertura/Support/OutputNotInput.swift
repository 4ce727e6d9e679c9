import AperturaSource
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output option (`--output`, `--junit`) naming one of the files the command reads would replace that file
/// (a rule file, a policy, a test file) with the result: refused before anything is written, as `evaluate`
/// refuses to write its report over the self-assessment.
enum OutputNotInput {
    /// `inputs` is only worked out when `output` is an existing regular file: a new file cannot be one that is
    /// read, and a device (`--output /dev/stdout` while reading `/dev/stdin`, both the terminal) is written in place.
    static func check(_ output: String?, option: String, inputs: () -> [String], language: Language) throws {
        guard let output, let info = SystemPath.status(output), info.st_mode & S_IFMT == S_IFREG,
              let input = inputs().first(where: { SameFile.check(output, $0) }) else { return }
        // The file read is named only when it is spelt otherwise (a link, `./`).
        let (es, en) = input == output ? ("es un archivo", "is a file") : ("es «\(input)», un archivo", "is '\(input)', a file")
        throw ValidationError(language == .es
            ? "\(option): «\(output)» \(es) que este comando lee, y el resultado lo reemplazaría: elija otro archivo"
            : "\(option): '\(output)' \(en) that this command reads, and the result would replace it: choose another file")
    }
}
