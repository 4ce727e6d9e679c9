#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe, socket or device met while searching a folder: reading it would block the command or never end
/// (a FIFO with a writer holding it open, a link to `/dev/zero`). Every command that searches folders
/// (`batch`, `validate`, `diff`, `lint`, `test`) reports it with this one error and does not read it.
public enum SpecialFile {
    /// Whether `path` (its link followed) exists and is neither a regular file nor a folder.
    public static func isSpecial(_ path: String) -> Bool {
        guard let info = SystemPath.status(path) else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// The `file_unreadable` error for such a file, at its path.
    public static func diagnostic(_ path: String) -> Diagnostic {
        .error("file_unreadable", LocalizedText(es: "«\(path)» no es un archivo regular (es una tubería, un socket o un dispositivo)",
                                                en: "'\(path)' is not a regular file (it is a pipe, a socket or a device)"),
               at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1)))
    }
}
